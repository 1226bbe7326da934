import { levelOf } from '../confidence.js'
import { byPosition, type Span } from '../pipeline.js'
import type { Alternative, Candidate, SkippedCandidate } from '../types.js'

/**
 * The one place where threshold and overlap decide which changes are applied. Both ways of deciding
 * a span (by prior alone, or by the decoder in context) end here.
 */

/** A span with the change proposed for it. */
export interface Proposal {
  readonly span: Span
  readonly candidate: Candidate
  /** Set when the decoder kept the spun text: why (another chosen span took its words, or no option won). */
  readonly kept?: 'overlap' | 'below-threshold'
}

/**
 * Which overlapping change wins. `longest-first`, by prior alone: a phrase entry beats the word entries
 * inside it, then the most confident, then the earliest. `input-order`, after the decoder: it already
 * chose among overlapping spans of one cluster, so only spans of two clusters cut from one run can
 * still overlap, and the earlier one is kept.
 */
export type OverlapOrder = 'longest-first' | 'input-order'

/** Apply the threshold, then resolve overlaps in `order`; both lists come back in input order. */
export function selectChanges(proposals: readonly Proposal[], threshold: number, order: OverlapOrder): { chosen: Candidate[]; skipped: SkippedCandidate[] } {
  const skipped: SkippedCandidate[] = []
  const eligible: Proposal[] = []
  for (const proposal of proposals) {
    if (proposal.kept) skipped.push({ ...proposal.candidate, reason: proposal.kept })
    else if (proposal.candidate.confidence >= threshold) eligible.push(proposal)
    else skipped.push({ ...proposal.candidate, reason: 'below-threshold' })
  }
  eligible.sort(order === 'longest-first' ? longestFirst : (a, b) => byPosition(a.candidate, b.candidate))
  const taken = new Set<number>()
  const chosen: Candidate[] = []
  for (const { span, candidate } of eligible) {
    let free = true
    for (let i = span.first; i <= span.last && free; i++) free = !taken.has(i)
    if (!free) {
      skipped.push({ ...candidate, reason: 'overlap' })
      continue
    }
    for (let i = span.first; i <= span.last; i++) taken.add(i)
    chosen.push(candidate)
  }
  return { chosen: chosen.sort(byPosition), skipped: skipped.sort(byPosition) }
}

function longestFirst(a: Proposal, b: Proposal): number {
  return b.span.last - b.span.first - (a.span.last - a.span.first) || b.candidate.confidence - a.candidate.confidence || a.span.first - b.span.first || a.span.last - b.span.last
}

/** The public candidate for `span` with `pick` applied and the other options as alternatives (best first). */
export function candidateOf(span: Span, pick: Alternative, alternatives: readonly Alternative[]): Candidate {
  const { start, end, found } = span
  return { start, end, found, restored: pick.restored, confidence: pick.confidence, level: pick.level, alternatives, source: pick.source, entryId: pick.entryId }
}

/** A span's options with their priors as confidences, best first: the report without context scoring. */
export function priorAlternatives(span: Span): Alternative[] {
  return span.options.map(({ restored, prior, entryId, source }) => ({ restored, confidence: prior, level: levelOf(prior), entryId, source }))
}

/** The span decided by prior alone: its best option, the others as alternatives. */
export function priorCandidate(span: Span): Candidate {
  const [best, ...rest] = priorAlternatives(span)
  return candidateOf(span, best!, rest)
}
