/**
 * The evidence interface: every source of evidence about a span's options (beyond the dictionary
 * prior and the language model) is one `EvidenceSource`, listed in `sources.ts`. The decoder adds
 * what each enabled source says, in log-odds, to an option's channel score; a source that has nothing
 * to say returns 0. Adding a source means writing its file and adding it to the list: its stage switch
 * (`stages.<name>`) and its place in decoding follow from the list.
 */
import type { PosWindowScorer } from '../pos/window-score.js'
import type { Token } from '../tokenize/tokenize.js'

/** What a source may read about the document being restored. */
export interface EvidenceDocument {
  /** The document's word tokens (`findMatches(...).words`). */
  readonly words: readonly Token[]
  /** The part-of-speech tag-window scorer, when a POS model is loaded. */
  readonly pos?: PosWindowScorer
  /**
   * How often each word form and lemma occurs in the whole document, when `words` are one window of
   * it (a windowed restore counts them in a first pass); absent, `words` are the whole document.
   */
  readonly vocabulary?: { count(word: string): number }
}

/** A candidate span as sources see it. */
export interface EvidenceSpan {
  /** Word tokens `[first, last]` of the span in `EvidenceDocument.words`. */
  readonly first: number
  readonly last: number
  /** The span as written, in the model's word view (`lmWords`). */
  readonly spunWords: readonly string[]
}

/** Log-odds for (positive) or against (negative) an option, given its words in the model's word view. */
export type OptionEvidence = (optionWords: readonly string[]) => number

/** One source of evidence. `stage` names its switch in `StageOptions` (on unless set to false). */
export interface EvidenceSource<Stage extends string = string> {
  readonly stage: Stage
  /** Whether the source needs a POS model (the restorer loads one only when an enabled source does). */
  readonly needsPos?: boolean
  /** Prepare for one document; `undefined` when the source has nothing to say about it. */
  forDocument(document: EvidenceDocument): ((span: EvidenceSpan) => OptionEvidence | undefined) | undefined
}
