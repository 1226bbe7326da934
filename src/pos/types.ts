/** The POS model's data, as trained and as loaded (scripts/pos/train.ts, src/pos/read-model.ts). */

/** One possible tag of a word and its probability P(tag | word), most probable first. */
export interface TagProbability {
  readonly tag: number
  readonly p: number
}

/** Everything the POS model holds. Probabilities are plain (not log). */
export interface PosModelData {
  /** Tag names, in index order (src/pos/tags.ts). */
  readonly tags: readonly string[]
  /** P(tag) over all training tokens. Stored for inspection; window scoring does not use it (src/pos/window-score.ts says why). */
  readonly tagPrior: Float64Array
  /** Dense P(outcome | context2, context1), laid out as `transitionIndex` says. */
  readonly transitions: Float64Array
  /** P(tag | word) for words seen often enough, lowercase. */
  readonly lexicon: ReadonlyMap<string, readonly TagProbability[]>
  /** P(tag | suffix) for unknown words, longest stored suffix wins; the empty suffix is the fallback. */
  readonly suffixes: ReadonlyMap<string, readonly TagProbability[]>
  /** Longest suffix stored. */
  readonly maxSuffix: number
  /** Build facts: sources, licence, counts. */
  readonly meta: Readonly<Record<string, unknown>>
}
