/**
 * Internal types passed between the pipeline stages (candidates -> evidence -> decode -> document ->
 * apply). Public result types live in `types.ts`; these never leave the library.
 *
 * The two numbers a change carries are kept apart on purpose: a span's options carry the dictionary
 * `prior` (before context), and a decision carries the decoder's `posterior` (after context). Only
 * when a change is reported does one of them become the public `confidence`.
 */

import type { SpinnerChannel } from './dictionary/types.js'

/** One way to restore a span, as the dictionaries propose it. */
export interface SpanOption {
  /** Candidate original, with the input's casing (and any agreeing article) carried over. */
  readonly restored: string
  /** P(original | spun form) from the entry: its prior, shared among its originals, lowered for inflected matches. */
  readonly prior: number
  readonly entryId: string
  readonly source: string
  /** For an option from a spinner database: P(spun form | this original) under its spinner, read forward. */
  readonly forward?: ForwardEmission
}

/** A spinner database's forward channel for one option (see `SpinnerChannel`). */
export interface ForwardEmission {
  readonly channel: SpinnerChannel
  /** P(spun form | original). */
  readonly emission: number
  /** The spun form heads a line itself (kept as written, it survived the document's swap rate). */
  readonly spunIsHeadword: boolean
  /**
   * Matched through the lemma: the database lists another inflection ("climb"), not the form in the
   * text ("climbed"). A spinner that replaces its database's strings could not have written it from
   * this line, unless its own database differs from the one loaded (the forward judge weighs which).
   */
  readonly inflected?: boolean
}

/** A span of word tokens `[first, last]` that some dictionary entry matches, with its options best prior first. */
export interface Span {
  readonly first: number
  readonly last: number
  /** Offsets of the span in the input, `[start, end)`. */
  readonly start: number
  readonly end: number
  /** The input text of the span: the spun form. */
  readonly found: string
  /** At least one option; best prior first. */
  readonly options: readonly SpanOption[]
}

/** Input order of spans, candidates and marks: by start, then by end. */
export function byPosition(a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }): number {
  return a.start - b.start || a.end - b.end
}
