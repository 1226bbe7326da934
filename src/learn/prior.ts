/**
 * Prior of a mined entry: how likely its spun form is a swap when it appears in text suspected of
 * spinning. Without context scoring it is the confidence of every candidate the entry makes; with it,
 * the channel probability weighed against the language model. Either way it must be low for forms that
 * are ordinary English.
 *
 *   prior = min(CAP, swaps / (swaps + nonSwaps + SMOOTHING))
 *   nonSwaps = max(spunUses - swaps, cleanWeight * max(cleanUses, expectedCleanUses))
 *
 * - `swaps`: times the form was seen replacing an original (aligned, filtered substitutions).
 * - `spunUses`: times the form occurs in the mined spun sentences (by spelling or lemma, as the matcher
 *   finds it); `spunUses - swaps` are the uses the spinner did not produce (or that alignment did not
 *   show as swaps).
 * - `cleanUses`: times the form occurs, unchanged, in the original texts: use in clean writing.
 * - `expectedCleanUses`: the form's rate in a reference corpus of clean text, times the number of
 *   tokens mined, so a form common in English ("information", "might") is judged by more than the few
 *   thousand words of the pairs. The maximum, not the sum: they count overlapping evidence.
 * - `cleanWeight` K (default 10): how much more clean text than spun text the restorer is expected to
 *   read. Without a document gate every use of a listed form in clean text risks a false change, so a
 *   form is judged against K times its clean uses. With K = 1, "within" (seen about 30 times for "in",
 *   but 5 times per 10,000 words of clean English) got 0.8 and made 124 of the false changes on the
 *   benchmark's clean text. Measured leave-one-pair-out on news-dev by prior alone (no context model),
 *   ERR / false changes per 1,000 words of news originals: K=1 0.185 / 6.0; K=3 0.129 / 2.7;
 *   K=10 0.074 / 0.46; K=30 0.063 / 0.27. Of those, K = 10 is the least that keeps under 1.
 * - SMOOTHING = 1.5 keeps a form seen once at 0.4 (less likely a swap than not), twice at 0.57,
 *   three times at 0.67; CAP = 0.85 because a mined entry is never checked by hand.
 */

export const PRIOR_SMOOTHING = 1.5
export const PRIOR_CAP = 0.85
export const DEFAULT_CLEAN_WEIGHT = 10

/** The counts the prior is computed from (see the module comment). */
export interface PriorCounts {
  readonly swaps: number
  readonly spunUses: number
  readonly cleanUses: number
  readonly expectedCleanUses: number
  /** Weight of clean uses (default `DEFAULT_CLEAN_WEIGHT`). */
  readonly cleanWeight?: number
}

/** Prior of a mined entry from its counts, rounded to 3 decimals, in (0, PRIOR_CAP]. */
export function minedPrior(counts: PriorCounts): number {
  const clean = (counts.cleanWeight ?? DEFAULT_CLEAN_WEIGHT) * Math.max(counts.cleanUses, counts.expectedCleanUses)
  const nonSwaps = Math.max(counts.spunUses - counts.swaps, clean, 0)
  const prior = Math.min(PRIOR_CAP, counts.swaps / (counts.swaps + nonSwaps + PRIOR_SMOOTHING))
  return Math.max(0.001, Math.round(prior * 1000) / 1000)
}
