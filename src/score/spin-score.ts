import type { Candidate } from '../types.js'

/** How spun a document looks, from the swaps found in it. */
export interface SpinAssessment {
  /** 0 = no sign of spinning, 1 = certainly spun. */
  readonly score: number
  readonly verdict: 'spun' | 'clean' | 'uncertain'
  /** Expected number of swaps: the sum of the candidates' confidences. */
  readonly evidence: number
  /** Word tokens in the document. */
  readonly words: number
}

// Tuning (bench/quality.ts spin table, news-dev spun copies against their originals and Brown
// press/learned, 2026-11-27): see SPIN_SCALE and the verdict bounds below.
/** Expected swaps per 100 words at which the score reaches 1 - 1/e (0.63). */
export const SPIN_SCALE = 1.5
export const SPUN_FROM = 0.6
export const CLEAN_BELOW = 0.25
// Short texts would swing on one candidate: density is taken over at least this many words.
const MIN_WORDS = 50

/** Score a document from every candidate found in it (applied or not) and its word count. */
export function assessSpin(candidates: readonly Candidate[], words: number): SpinAssessment {
  const evidence = candidates.reduce((sum, c) => sum + c.confidence, 0)
  const density = (100 * evidence) / Math.max(words, MIN_WORDS)
  const score = Math.round((1 - Math.exp(-density / SPIN_SCALE)) * 1000) / 1000
  const verdict = score >= SPUN_FROM ? 'spun' : score < CLEAN_BELOW ? 'clean' : 'uncertain'
  return { score, verdict, evidence: Math.round(evidence * 1000) / 1000, words }
}
