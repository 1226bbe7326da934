import type { SpinAssessment } from '../types.js'

// Tuning, 2026-11-27 (news-dev A-classic pairs leave-one-pair-out, their originals, and Brown press
// texts): confident swaps per 1,000 words were 0-52 (most 10-50) in spun copies, 0-4.4 in the
// originals and 0-2.5 in Brown. A density of 5 separates them; the score puts 5 at 0.46 (uncertain),
// 10 at 0.71 (spun) and 2 at 0.22 (clean).
export const GATE_DENSITY = 5
const SCALE = 8
export const SPUN_FROM = 0.6
export const CLEAN_BELOW = 0.25
export const MIN_WORDS = 200

/**
 * A loaded spinner database's candidates are applied only in a document whose estimated swap rate
 * (`decode/estimate-swap-rate.ts`) is at least this: the cut of the prototype in ../shared/DESIGN.md
 * section 7. In bench/sim.ts spun copies score 0.35-0.95 and the same texts unspun at most 0.2.
 */
export const DATABASE_RATE_FROM = 0.3
/**
 * Below this swap rate a document is clean whatever its density of confident swaps: no second pass,
 * and the document gate stays closed. Tuning, 2026-12-07, news-dev leave-one-pair-out with the tables
 * learned from the other pairs read forward: spun copies (A-classic) 0.20-0.75, the originals 0.005-0.10,
 * round-trip translations 0.005-0.02; false changes on the originals 0.66 -> 0.00 per 1,000 words.
 */
export const RATE_CLEAN_BELOW = 0.15

/** A decoding's confident changes, as `chooseInContext` and `chooseByPrior` count them. */
export interface ConfidentCounts {
  readonly confident: number
  readonly confidentForward: number
  readonly confidentFallback: number
}

/**
 * The document's assessment from its decoding: a spinner database's (or fallback thesaurus's) confident
 * changes are evidence of spinning only where its swap rate lets them apply (`DATABASE_RATE_FROM`).
 */
export function assessDecodedSpin(counts: ConfidentCounts, words: number, rates: { readonly primary?: number; readonly fallback?: number }, databaseLoaded: boolean): SpinAssessment {
  const held = (rate: number | undefined) => rate === undefined || rate < DATABASE_RATE_FROM
  const evidence = counts.confident - (held(rates.primary) ? counts.confidentForward : 0) - (held(rates.fallback) ? counts.confidentFallback : 0)
  return assessSpin(evidence, words, rates.primary, databaseLoaded)
}

/**
 * Score a document from the number of confident swaps the decoder would apply and its word count.
 * With a spinner database loaded (`rateDecides`), a swap rate of `DATABASE_RATE_FROM` or above finds the
 * text spun. A lower rate says only that this database's spinner did not spin it: another spinner may
 * have, so the other evidence decides, as without a database. (A low rate used to call the text clean:
 * with a broad test database that did not match news-dev's farms, that closed the gate on the built-in
 * tables' changes, and ERR fell from 0.49 for the built-ins alone to 0.12.) A
 * rate from learned tables alone does not decide the verdict: it is reported, and holds their weak
 * changes (document/gates.ts).
 */
export function assessSpin(evidence: number, words: number, swapRate?: number, rateDecides = true): SpinAssessment {
  const density = (1000 * evidence) / Math.max(words, MIN_WORDS)
  const score = Math.round((1 - Math.exp(-density / SCALE)) * 1000) / 1000
  const byRate = swapRate === undefined || !rateDecides ? undefined : swapRate >= DATABASE_RATE_FROM ? 'spun' : undefined
  const verdict = byRate ?? (score >= SPUN_FROM ? 'spun' : score < CLEAN_BELOW ? 'clean' : 'uncertain')
  const assessment = { score, verdict, evidence, density: Math.round(density * 100) / 100, words } as const
  return swapRate === undefined ? assessment : { ...assessment, swapRate }
}
