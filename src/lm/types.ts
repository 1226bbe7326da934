/**
 * The language model as the decoder sees it: log P(word | previous words) over word ids, fast and
 * allocation-free, plus string conveniences. Two implementations share one backoff query
 * (`query.ts`): the shipped binary model (`loadLanguageModel`) and a small exact in-memory model for
 * tests (`createLanguageModelFromCounts`).
 */

/** Marks an absent context word in the id-based calls (sentence start without `<s>`, or unused slots). */
export const NO_WORD = -1

/** Smoothing used to estimate the model. */
export type SmoothingMethod = 'kneser-ney' | 'stupid-backoff'

/** Facts about a model: what it was built from and how big it is. */
export interface LanguageModelInfo {
  /** Highest n-gram order (3 = trigram). */
  readonly order: number
  readonly method: SmoothingMethod
  /** Vocabulary size, including `<s>`, `</s>`, `<unk>`. */
  readonly vocabularySize: number
  /** Stored n-grams per order, index 0 = unigrams. */
  readonly ngramCounts: readonly number[]
  /** Size of the serialized model in bytes (0 for an in-memory model). */
  readonly bytes: number
  /** Free-form build metadata (sources, pruning, tokenization), as stored in the file. */
  readonly meta: Readonly<Record<string, unknown>>
}

/** Options for {@link LanguageModel.scoreSequence}. */
export interface ScoreOptions {
  /** Condition the first word on the sentence start `<s>` (default true). */
  readonly bos?: boolean
  /** Add log P(`</s>` | last words) at the end (default true). */
  readonly eos?: boolean
}

/**
 * An n-gram language model over lowercase word tokens as `normalizeToken` (src/tokenize) produces
 * them; numbers (`7,554`, `20.88`, `+4`) are one class `<num>`. All log-probabilities are natural
 * logarithms. Methods never throw on odd input: an empty or unknown token is the unknown word.
 *
 * Hot path for the decoder: map each token to an id once with `wordId`, then call `logProbId` /
 * `matchedOrder` with ids. Those calls allocate nothing.
 */
export interface LanguageModel {
  readonly info: LanguageModelInfo
  /** Highest n-gram order; contexts longer than `order - 1` words are ignored. */
  readonly order: number
  /** Id of the sentence start `<s>` (use as context, never predicted). */
  readonly bosId: number
  /** Id of the sentence end `</s>`. */
  readonly eosId: number
  /** Id every unknown word maps to. */
  readonly unknownId: number
  /**
   * Vocabulary id of a token: numbers map to `<num>`, ASCII capitals are folded, anything not in
   * the vocabulary gives `unknownId`.
   */
  wordId(token: string): number
  /** True when the token is in the vocabulary (after the number mapping and ASCII case folding). */
  isKnown(token: string): boolean
  /**
   * ln P(word | prev2 prev1): `prev1` is the word just before, `prev2` the one before it, `prev3`
   * before that (used by 4-gram models only). Pass `NO_WORD` for absent context. An unknown word
   * gets P(`<unk>` | context) divided by the number of rare word types `<unk>` stood for in
   * training, so it is never likelier than a known rare word.
   */
  logProbId(word: number, prev1?: number, prev2?: number, prev3?: number): number
  /**
   * Length of the longest stored n-gram ending in `word` with this context: `order` when the full
   * n-gram was seen (often enough to survive pruning), 1 when only the word itself is known, 0 for
   * an unknown word. Use it to lower confidence where evidence is thin.
   */
  matchedOrder(word: number, prev1?: number, prev2?: number, prev3?: number): number
  /** ln P(word | context), context oldest first (only its last `order - 1` tokens count). */
  logProb(context: readonly string[], word: string): number
  /** Sum of ln P over `words` (plus `</s>` unless `eos: false`), starting from `<s>` unless `bos: false`. */
  scoreSequence(words: readonly string[], options?: ScoreOptions): number
}
