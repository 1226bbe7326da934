import type { Candidate, SkippedCandidate } from '../types.js'
import type { SpanCandidate } from '../candidates/build-candidates.js'

/**
 * Choose which candidates to apply: those at or above `threshold`, longest span first (a phrase
 * entry beats the word entries inside it), then the most confident, then the earliest. Returns
 * both lists in input order.
 */
export function selectCandidates(spans: readonly SpanCandidate[], threshold: number): { chosen: Candidate[]; skipped: SkippedCandidate[] } {
  const skipped: SkippedCandidate[] = []
  const eligible: SpanCandidate[] = []
  for (const span of spans) {
    if (span.candidate.confidence >= threshold) eligible.push(span)
    else skipped.push({ ...span.candidate, reason: 'below-threshold' })
  }
  eligible.sort(
    (a, b) =>
      b.last - b.first - (a.last - a.first) ||
      b.candidate.confidence - a.candidate.confidence ||
      a.first - b.first ||
      a.last - b.last,
  )
  const taken = new Set<number>()
  const chosen: Candidate[] = []
  for (const span of eligible) {
    let free = true
    for (let i = span.first; i <= span.last && free; i++) free = !taken.has(i)
    if (!free) {
      skipped.push({ ...span.candidate, reason: 'overlap' })
      continue
    }
    for (let i = span.first; i <= span.last; i++) taken.add(i)
    chosen.push(span.candidate)
  }
  return { chosen: chosen.sort(byPosition), skipped: skipped.sort(byPosition) }
}

/** Input order of candidates and marks: by start, then by end. */
export function byPosition(a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }): number {
  return a.start - b.start || a.end - b.end
}
