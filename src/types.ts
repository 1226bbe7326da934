/**
 * Public types of unspin. Offsets everywhere are half-open `[start, end)` ranges in UTF-16 code
 * units of the input string (what `String.prototype.slice` takes).
 */

/** How spun a document looks, from the confident swaps found in it. */
export interface SpinAssessment {
  /** 0 = no sign of spinning, 1 = certainly spun. */
  readonly score: number
  readonly verdict: 'spun' | 'clean' | 'uncertain'
  /** Confident swaps (confidence >= 0.9) found, applied or not. */
  readonly evidence: number
  /** Confident swaps per 1,000 words (over at least 200 words, so one sentence is not judged alone). */
  readonly density: number
  /** Word tokens in the document. */
  readonly words: number
  /**
   * With a spinner database loaded: the share of the database's headwords its spinner swapped in this
   * document, estimated from the text (0..1). A clean document scores near 0, a spun copy high.
   */
  readonly swapRate?: number
}

/** Coarse confidence band of a change: `high` >= 0.8, `medium` >= 0.5, `low` below. */
export type Level = 'high' | 'medium' | 'low'

/** Another candidate original for the same span, with its own confidence. */
export interface Alternative {
  /** Candidate original text, with the input's casing carried over. */
  readonly restored: string
  /** Confidence in `[0, 1]`. */
  readonly confidence: number
  /** `confidence` as a coarse band. */
  readonly level: Level
  /** Id of the dictionary entry that proposed it. */
  readonly entryId: string
  /** Name of the dictionary the entry came from. */
  readonly source: string
}

/** A candidate restoration of one span of the input. */
export interface Candidate {
  /** Start offset in the input (inclusive). */
  readonly start: number
  /** End offset in the input (exclusive). */
  readonly end: number
  /** The input text at `[start, end)`: the spun form. */
  readonly found: string
  /** The proposed original text, with the input's casing carried over. */
  readonly restored: string
  /** Confidence in `[0, 1]` that `restored` is what the text said before spinning. */
  readonly confidence: number
  /** `confidence` as a coarse band. */
  readonly level: Level
  /** Other candidates for the same span, best first. */
  readonly alternatives: readonly Alternative[]
  /** Name of the dictionary that proposed `restored`. */
  readonly source: string
  /** Stable id of the dictionary entry that proposed `restored`. */
  readonly entryId: string
}

/** An applied change. `outputStart`/`outputEnd` locate `restored` in `RestoreResult.text`. */
export interface Mark extends Candidate {
  /** Start offset of `restored` in the output text (inclusive). */
  readonly outputStart: number
  /** End offset of `restored` in the output text (exclusive). */
  readonly outputEnd: number
}

/**
 * Why a candidate was found but not applied. `unlisted`: a phrase no dictionary lists that looks like a
 * tortured phrase (a suspect, composed from the word pairs of the listed phrases), reported for review only.
 */
export type SkipReason = 'below-threshold' | 'overlap' | 'condition-not-met' | 'document-gate' | 'unlisted'

/** A candidate that was found but not applied. */
export interface SkippedCandidate extends Candidate {
  readonly reason: SkipReason
}

/** Something the caller should know that did not stop the run (shadowed entries, skipped bad entries). */
export interface RestoreWarning {
  /** Stable machine-readable code, e.g. `shadowed-entry`. */
  readonly code: string
  /** Human-readable explanation. */
  readonly message: string
  /** Dictionary name or file the warning is about, when there is one. */
  readonly source?: string
  /** Entry id the warning is about, when there is one. */
  readonly entryId?: string
}

/** What `restore` returns. */
export interface RestoreResult {
  /** The restored text. Identical to the input when `marks` is empty. */
  readonly text: string
  /** Applied changes, in input order; non-overlapping. */
  readonly marks: readonly Mark[]
  /** Candidates found but not applied, in input order. */
  readonly skipped: readonly SkippedCandidate[]
  /** Non-fatal problems met while building the restorer or restoring. */
  readonly warnings: readonly RestoreWarning[]
  /**
   * How spun the whole text looks (the same figure `detectSpin` gives). Always set by `restore`;
   * optional so results built by hand (tests, other tools) can be formatted.
   */
  readonly spin?: SpinAssessment
}
