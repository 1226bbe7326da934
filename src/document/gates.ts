/**
 * The gates between the decoder's choice and the output: which chosen changes a document's signs of
 * spinning and its swap rates let through. The rest are reported as skipped with reason `document-gate`.
 */
import { splitArticleChange } from '../candidates/article.js'
import type { SharedOriginals } from '../candidates/build-candidates.js'
import { STRONG_PRIOR } from '../candidates/prior.js'
import { changeKey } from '../decode/choose-in-context.js'
import { priorCandidate } from '../decode/select-changes.js'
import { channelKind } from '../dictionary/read-forward.js'
import { byPosition, type Span, type SpanOption } from '../pipeline.js'
import type { Candidate, SkippedCandidate, SpinAssessment } from '../types.js'
import { DATABASE_RATE_FROM, GATE_DENSITY, MIN_WORDS, RATE_CLEAN_BELOW } from './spin-score.js'

/** What the gates read about one document. */
export interface GateInput {
  readonly spans: readonly Span[]
  readonly spin: SpinAssessment
  /** The changes the decoder chose, at or above the threshold. */
  readonly chosen: readonly Candidate[]
  /** The chosen changes that were confident swaps (`ContextChoice.confidentKeys`). */
  readonly confidentKeys: ReadonlySet<string>
  /** The swap rate of a fallback thesaurus, when one is loaded. */
  readonly fallbackRate: number | undefined
  /** The learned tables' own swap rate, when a database is loaded (without one, `spin.swapRate` is theirs). */
  readonly learnedRate?: number | undefined
  /** `stages.documentGate` (with context scoring). */
  readonly documentGate: boolean
  /** A spinner database is loaded: its swap rate (`spin.swapRate`) opens the document gate at `DATABASE_RATE_FROM`. */
  readonly databaseLoaded: boolean
  /**
   * When `spans` and `chosen` are one window of a longer document: the document's chosen changes and
   * their extra signs (`countGateSigns` added up over its windows), which the document gate reads.
   */
  readonly document?: { readonly chosen: number; readonly extraSigns: number }
}

/**
 * The changes to apply and the candidates skipped, once the gates have read `input`: changes held back
 * are skipped as `document-gate`, spans whose condition failed (`unmet`) as `condition-not-met`, and an
 * article changed across markup becomes its own change, so no change covers markup. Unlisted suspects
 * (`candidates/suspect-phrases.ts`) are reported as skipped `unlisted`: never applied.
 */
export function gatedDecisions(
  input: GateInput & { readonly skipped: readonly SkippedCandidate[]; readonly unmet: readonly Span[]; readonly suspects?: readonly Span[] },
): { applied: Candidate[]; skipped: SkippedCandidate[] } {
  const passes = gateChanges(input)
  const heldBack: SkippedCandidate[] = input.chosen.filter((c) => !passes(c)).map((c) => ({ ...c, reason: 'document-gate' }))
  const unmetSkipped = input.unmet.map((span): SkippedCandidate => ({ ...priorCandidate(span), reason: 'condition-not-met' }))
  const suspects = (input.suspects ?? []).map((span): SkippedCandidate => ({ ...priorCandidate(span), reason: 'unlisted' }))
  return { applied: input.chosen.filter(passes).flatMap(splitArticleChange), skipped: [...input.skipped, ...unmetSkipped, ...heldBack, ...suspects].sort(byPosition) }
}

/**
 * Which chosen changes pass:
 * - the document gate, where it is closed, only changes whose option has a strong prior (a tortured
 *   phrase, "Supply hyperlink"; the prior of the option context picked, not of the span's best);
 * - a spinner database's own changes only at a swap rate of `DATABASE_RATE_FROM` or more, and a fallback
 *   thesaurus's only at such a rate of its own;
 * - a learned table's weak changes not where the learned tables find the text clean (`RATE_CLEAN_BELOW`),
 *   by their own rate when a database is loaded: text spun with a user's database may show nothing of
 *   the spinners the tables were learned from, and there their changes are mostly the author's words.
 */
export function gateChanges(input: GateInput): (change: Candidate) => boolean {
  const { spin, chosen, documentGate, databaseLoaded } = input
  const optionOf = chosenOption(input.spans)
  const strong = (c: Candidate) => (optionOf(c)?.prior ?? 0) >= STRONG_PRIOR
  const kind = (c: Candidate) => {
    const forward = optionOf(c)?.forward
    return forward === undefined ? undefined : channelKind(forward.channel)
  }
  const signs = documentGate ? (input.document ?? { chosen: chosen.length, extraSigns: extraSigns(chosen, input.confidentKeys, strong) }) : undefined
  const gated = signs !== undefined && !passesDocumentGate(spin, signs.chosen, signs.extraSigns, databaseLoaded)
  const holdDatabase = spin.swapRate !== undefined && spin.swapRate < DATABASE_RATE_FROM
  const holdFallback = input.fallbackRate !== undefined && input.fallbackRate < DATABASE_RATE_FROM
  // The learned tables' rate: their own with a database loaded, else the document's (theirs alone).
  const learnedRate = databaseLoaded ? input.learnedRate : spin.swapRate
  const holdLearned = documentGate && learnedRate !== undefined && learnedRate < RATE_CLEAN_BELOW
  return (c) => {
    if (gated && !strong(c)) return false
    const k = kind(c)
    if (k === 'database') return !holdDatabase
    if (k === 'fallback') return !holdFallback
    if (k === 'learned') return !holdLearned || strong(c)
    return true
  }
}

/**
 * Whose option an original proposed by both a spinner database and another layer is
 * (`SharedOriginals`): the database's where its rate lets its changes apply, else the other layer's.
 */
export function sharedOriginalsGoTo(databaseLoaded: boolean, primaryRate: number | undefined): SharedOriginals {
  return !databaseLoaded || (primaryRate !== undefined && primaryRate >= DATABASE_RATE_FROM) ? 'database' : 'others'
}

/** The extra signs of spinning among `chosen` (see `extraSigns`), for a window of a document: its share of `GateInput.document`. */
export function countGateSigns(spans: readonly Span[], chosen: readonly Candidate[], confidentKeys: ReadonlySet<string>): number {
  const optionOf = chosenOption(spans)
  return extraSigns(chosen, confidentKeys, (c) => (optionOf(c)?.prior ?? 0) >= STRONG_PRIOR)
}

/**
 * The document gate: in text with too few signs of spinning, apply only candidates with a strong
 * prior (`STRONG_PRIOR`). Clean text still meets a few confident-looking candidates ("within" ->
 * "in"); spun text meets many. The signs are the confident swaps of `spin.evidence` plus `extraSigns`
 * among the chosen changes. Their density must reach `GATE_DENSITY` per 1,000 words (over at least 200),
 * and there must be two signs, or one and a second chosen change (`chosen` in all): in a short text one
 * ordinary-looking swap ("The lawyer instructed his client") is not enough to call it spun, while two
 * swaps in one sentence ("Peskov instructed TASS information company") are. With a spinner database
 * loaded (`rateDecides`), its swap rate opens the gate at `DATABASE_RATE_FROM` or above; below, the signs
 * decide as without one (another spinner may have spun the text: `assessSpin`). A learned table's rate
 * alone never opens it: estimated from the few forms a short text holds, it is too loose to call that
 * text spun ("The lawyer instructed his client").
 */
export function passesDocumentGate(spin: SpinAssessment, chosen = Infinity, extraSigns = 0, rateDecides = true): boolean {
  if (rateDecides && spin.swapRate !== undefined && spin.swapRate >= DATABASE_RATE_FROM) return true
  const signs = spin.evidence + extraSigns
  // Rounded as `SpinAssessment.density` is, so the gate opens where the reported density says it does.
  return Math.round((100_000 * signs) / Math.max(spin.words, MIN_WORDS)) / 100 >= GATE_DENSITY && (signs >= 2 || chosen >= 2)
}

/**
 * Signs of spinning among the chosen changes beyond the confident swaps already counted: a strong-prior
 * change that is not confident (a listed form like "information company" is a sign of its own), and a
 * second sign for a confident change of two or more words (a run of swapped words: "bosom malignancy").
 */
function extraSigns(chosen: readonly Candidate[], confident: ReadonlySet<string>, strong: (c: Candidate) => boolean): number {
  let signs = 0
  for (const change of chosen) {
    const isConfident = confident.has(changeKey(change))
    if (!isConfident && strong(change)) signs++
    else if (isConfident && /\S\s+\S/.test(change.found)) signs++
  }
  return signs
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
