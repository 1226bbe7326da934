import type { Level } from './types.js'

/**
 * A candidate's confidence before context scoring: its entry's prior, scaled down for the ways a match
 * can be weaker than the entry's own wording. It is the final confidence only without a language model
 * (`languageModel: null`); with one, the decoder's posterior replaces it (decode/choose-in-context.ts).
 * The factors are judgement, not fitted: see README "Limitations".
 */

// A match through the lemma ("burdens" for an entry written "burdened") depends on re-inflection
// being right as well as on the swap.
export const INFLECTED_MATCH_FACTOR = 0.9

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
