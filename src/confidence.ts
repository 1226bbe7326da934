import type { Level } from './types.js'

/**
 * Confidence arithmetic shared by every layer: how a prior is shared among an entry's originals, the
 * public `Level` bands, and rounding for output. A reported confidence is the option's prior without
 * a language model and the decoder's calibrated posterior with one (`src/pipeline.ts`).
 */

/** Share of the prior given to the original at `rank` (0 = first listed) among `count` originals. */
export function rankShare(rank: number, count: number): number {
  // Originals listed first are the more likely ones: weights 1, 1/2, 1/3 ... normalized.
  let total = 0
  for (let i = 1; i <= count; i++) total += 1 / i
  return 1 / (rank + 1) / total
}

/** Bands of `Level`: `high` from 0.8, `medium` from 0.5. */
export function levelOf(confidence: number): Level {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low'
}

/** Round for output so results print and compare stably. */
export function roundConfidence(value: number): number {
  return Math.round(value * 1000) / 1000
}
