import { STRONG_PRIOR } from '../candidates/prior.js'
import type { SpinnerChannel } from '../dictionary/types.js'
import type { Span, SpanOption } from '../pipeline.js'
import type { Candidate, SpinAssessment } from '../types.js'

// Tuning, 2026-11-27 (news-dev A-classic pairs leave-one-pair-out, their originals, and Brown press
// texts): confident swaps per 1,000 words were 0-52 (most 10-50) in spun copies, 0-4.4 in the
// originals and 0-2.5 in Brown. A density of 5 separates them; the score puts 5 at 0.46 (uncertain),
// 10 at 0.71 (spun) and 2 at 0.22 (clean).
const GATE_DENSITY = 5
const SCALE = 8
export const SPUN_FROM = 0.6
export const CLEAN_BELOW = 0.25
const MIN_WORDS = 200

/**
 * A loaded spinner database's candidates are applied only in a document whose estimated swap rate
 * (`decode/estimate-swap-rate.ts`) is at least this. Tuning: bench/sim.ts (text spun with a simulated
 * database, and the same text clean) and news-dev with a database loaded; see the figures there.
 */
export const DATABASE_RATE_FROM = 0.3
/**
 * Below this swap rate a document is clean whatever its density of confident swaps: no second pass,
 * and the document gate stays closed. Tuning, 2026-12-07, news-dev leave-one-pair-out with the tables
 * learned from the other pairs read forward: spun copies (A-classic) 0.20-0.75, the originals 0.005-0.10,
 * round-trip translations 0.005-0.02; false changes on the originals 0.66 -> 0.00 per 1,000 words.
 */
export const RATE_CLEAN_BELOW = 0.15

/**
 * Score a document from the number of confident swaps the decoder would apply and its word count.
 * With a spinner database loaded (`rateDecides`), the swap rate estimated for it decides the verdict:
 * spun at `DATABASE_RATE_FROM` or above, clean below `RATE_CLEAN_BELOW`. A rate from learned tables
 * alone does not (see `learnedTablesClean`): it is reported, not used for the verdict.
 */
export function assessSpin(evidence: number, words: number, swapRate?: number, rateDecides = true): SpinAssessment {
  const density = (1000 * evidence) / Math.max(words, MIN_WORDS)
  const score = Math.round((1 - Math.exp(-density / SCALE)) * 1000) / 1000
  const byRate = swapRate === undefined || !rateDecides ? undefined : swapRate >= DATABASE_RATE_FROM ? 'spun' : swapRate < RATE_CLEAN_BELOW ? 'clean' : undefined
  const verdict = byRate ?? (score >= SPUN_FROM ? 'spun' : score < CLEAN_BELOW ? 'clean' : 'uncertain')
  const assessment = { score, verdict, evidence, density: Math.round(density * 100) / 100, words } as const
  return swapRate === undefined ? assessment : { ...assessment, swapRate }
}

/**
 * The document gate: in text with too few signs of spinning, apply only candidates with a strong
 * prior (`STRONG_PRIOR`). Clean text still meets a few confident-looking candidates ("within" ->
 * "in"); spun text meets many. The signs are the confident swaps of `spin.evidence` plus `extraSigns`
 * among the chosen changes (restorer.ts: a strong-prior change, a confident change of several words). Their density must reach `GATE_DENSITY` per 1,000 words (over at least 200),
 * and there must be two signs, or one and a second chosen change (`chosen` in all): in a short text one
 * ordinary-looking swap ("The lawyer instructed his client") is not enough to call it spun, while two
 * swaps in one sentence ("Peskov instructed TASS information company") are. With a spinner database
 * loaded (`rateDecides`), its swap rate opens the gate at `DATABASE_RATE_FROM` or above and keeps it
 * closed below `RATE_CLEAN_BELOW`.
 */
export function passesDocumentGate(spin: SpinAssessment, chosen = Infinity, extraSigns = 0, rateDecides = true): boolean {
  if (rateDecides && spin.swapRate !== undefined && spin.swapRate >= DATABASE_RATE_FROM) return true
  if (rateDecides && spin.swapRate !== undefined && spin.swapRate < RATE_CLEAN_BELOW) return false
  const signs = spin.evidence + extraSigns
  // Rounded as `SpinAssessment.density` is, so the gate opens where the reported density says it does.
  return Math.round((100_000 * signs) / Math.max(spin.words, MIN_WORDS)) / 100 >= GATE_DENSITY && (signs >= 2 || chosen >= 2)
}

/**
 * Whether the learned tables find the document clean: a swap rate below `RATE_CLEAN_BELOW`. Their own
 * weak candidates are then held back; candidates of other dictionaries (tortured phrases: another kind
 * of spinner) follow the document gate. A learned table's rate is estimated from the few forms a short
 * text holds, too loosely to call it spun ("The lawyer instructed his client ..."), so it only clears.
 */
export function learnedTablesClean(spin: SpinAssessment): boolean {
  return spin.swapRate !== undefined && spin.swapRate < RATE_CLEAN_BELOW
}

/** Whether a change read forward from a spinner database may be applied: only where the swap rate says its spinner was at work. */
export function passesDatabaseGate(spin: SpinAssessment): boolean {
  return spin.swapRate !== undefined && spin.swapRate >= DATABASE_RATE_FROM
}

/**
 * Which chosen changes pass a closed document gate on their own: a listed form whose chosen
 * original has a strong prior (a tortured phrase, "Supply hyperlink") is evidence enough; weaker
 * swaps need the document to look spun. The prior is that of the option context picked, not of the
 * span's best option: an alternative with a weak prior does not ride on a strong one.
 */
export function strongPriorChoices(spans: readonly Span[]): (chosen: Candidate) => boolean {
  const optionOf = chosenOption(spans)
  return (chosen) => (optionOf(chosen)?.prior ?? 0) >= STRONG_PRIOR
}

/**
 * Which chosen changes are options read forward: a spinner database's own (`database`, held where its
 * swap rate is low), a learned table's (`learned`, held where the learned tables find the text clean) or
 * a fallback thesaurus's (`fallback`, held where its own rate is low).
 */
export function forwardChoices(spans: readonly Span[], kind: 'database' | 'learned' | 'fallback'): (chosen: Candidate) => boolean {
  const optionOf = chosenOption(spans)
  return (chosen) => {
    const forward = optionOf(chosen)?.forward
    return forward !== undefined && kindOf(forward.channel) === kind
  }
}

/**
 * The span option a chosen change applies, found by its span and text. Indexed by start offset on first
 * use: a document holds tens of thousands of options and only its chosen changes are asked about.
 */
function chosenOption(spans: readonly Span[]): (chosen: Candidate) => SpanOption | undefined {
  let byStart: Map<number, Span[]> | undefined
  return (chosen) => {
    if (!byStart) {
      byStart = new Map()
      for (const span of spans) {
        const list = byStart.get(span.start)
        if (list) list.push(span)
        else byStart.set(span.start, [span])
      }
    }
    const span = byStart.get(chosen.start)?.find((s) => s.end === chosen.end)
    return span?.options.find((o) => o.restored === chosen.restored)
  }
}

function kindOf(channel: SpinnerChannel): 'database' | 'learned' | 'fallback' {
  return channel.verdictOnly ? 'learned' : channel.fallback ? 'fallback' : 'database'
}
