/**
 * Decide spans sentence by sentence with the language model (or, without one, by prior alone) and hand
 * the proposals to `selectChanges`, where threshold and overlap are settled.
 */
import { levelOf, roundConfidence } from '../confidence.js'
import type { Span } from '../pipeline.js'
import type { Alternative, Candidate, SkippedCandidate } from '../types.js'
import { calibratedConfidence } from './calibration.js'
import { decodePrepared, type SpanDecision } from './decode-sentence.js'
import { forwardBonus, type SwapRates } from './estimate-swap-rate.js'
import { channelKind, isDatabaseChannel } from '../dictionary/read-forward.js'
import { forwardConfidence, forwardJudgeProbe, type ForwardFeatures } from './forward-judge.js'
import type { ContextModel } from './context-model.js'
import type { ContextLattices } from './score-lattices.js'
import { lmWords } from '../tokenize/lm-words.js'
import { candidateOf, priorCandidate, selectChanges, type Proposal } from './select-changes.js'

/** Posterior (before calibration) from which a chosen change counts as a confident swap. */
export const CONFIDENT = 0.9

/** What `chooseInContext` or `chooseByPrior` decided. */
export interface ContextChoice {
  readonly chosen: Candidate[]
  readonly skipped: SkippedCandidate[]
  /**
   * Changes picked with a raw posterior (or, by prior alone, a prior) of at least `CONFIDENT`: the
   * spin score's evidence. Counted before calibration and the threshold, so that the spin score moves
   * neither when the calibration map is refitted nor with the caller's threshold.
   */
  readonly confident: number
  /** Of `confident`, the changes read forward from a spinner database (they count only where its swap rate lets them apply). */
  readonly confidentForward: number
  /** Of `confident`, the changes read forward from a fallback thesaurus (likewise, at its own rate). */
  readonly confidentFallback: number
  /** The confident picks, as `changeKey` gives them. */
  readonly confidentKeys: ReadonlySet<string>
}

/** Identifies a change: its span and the text it writes. */
export function changeKey(change: { readonly start: number; readonly end: number; readonly restored: string }): string {
  return `${change.start}:${change.end}:${change.restored}`
}

/**
 * Choose candidates sentence by sentence with the language model: every option of every span is
 * scored in the context of the others, and a change's confidence is its posterior against keeping
 * the spun text and against the other options, calibrated. Options read forward are decoded at the
 * document's swap `rates`; `spunBonus` is log-odds added to the other changes, in a document found
 * spun (`forwardBonus`). A spinner database's options get their confidence from the forward judge
 * (forward-judge.ts), which may also restore one the best path kept.
 */
export function chooseInContext(lattices: ContextLattices, rates: SwapRates = {}, spunBonus = 0): ContextChoice {
  const { channelWeight, threshold, calibrate, model } = lattices.settings
  const bonus = forwardBonus(rates, spunBonus)
  // The forward judge reads spinner databases' options only: without one loaded (the default), no span needs it.
  const judging = calibrate && rates.primary !== undefined && [...(lattices.settings.spinners ?? [])].some(isDatabaseChannel) ? { rate: rates.primary } : undefined
  const proposals: Proposal[] = []
  let confident = 0
  let confidentForward = 0
  let confidentFallback = 0
  const confidentKeys = new Set<string>()
  const confidenceOf = (posterior: number) => roundConfidence(calibrate ? calibratedConfidence(posterior) : posterior)
  for (const { cluster, sentence } of lattices.clusters) {
    const { members } = cluster
    const decisions = decodePrepared(sentence, { channel: channelWeight }, cluster, bonus)
    members.forEach((span, s) => {
      const decision = decisions[s]!
      const judged = judging && judgeForward(span, decision, model, judging.rate)
      const rescored = span.options
        .map(({ restored, entryId, source }, k): Alternative => {
          const confidence = roundConfidence(judged?.[k] ?? confidenceOf(decision.posteriors[k + 1]!))
          return { restored, confidence, level: levelOf(confidence), entryId, source }
        })
        .sort((a, b) => b.confidence - a.confidence)
      const pick = decision.chosen >= 0 ? rescored.find((o) => o.restored === span.options[decision.chosen]!.restored)! : rescored[0]!
      // Where the best path kept the span, the judge may still restore its most confident option, if that
      // is a database option it judged (any other keeps the decoder's verdict).
      const judgedPick = judged !== undefined && decision.chosen < 0 && pick.confidence >= threshold && span.options.some((o, k) => judged[k] !== undefined && o.restored === pick.restored && o.entryId === pick.entryId)
      const candidate = candidateOf(span, pick, rescored.filter((o) => o !== pick))
      if (decision.chosen >= 0 && decision.posteriors[decision.chosen + 1]! >= CONFIDENT) {
        confident++
        confidentKeys.add(changeKey(candidate))
        const channel = span.options[decision.chosen]!.forward?.channel
        const kind = channel && channelKind(channel)
        if (kind === 'fallback') confidentFallback++
        else if (kind === 'database') confidentForward++
      }
      const kept = decision.chosen >= 0 ? undefined : overlapsChosen(span, members, decisions) ? 'overlap' : judgedPick ? undefined : 'below-threshold'
      proposals.push(kept ? { span, candidate, kept } : { span, candidate })
    })
  }
  return { ...selectChanges(proposals, threshold, 'input-order'), confident, confidentForward, confidentFallback, confidentKeys }
}

/** Without a language model: candidates by prior alone; a prior of `CONFIDENT` counts as a confident swap. */
export function chooseByPrior(spans: readonly Span[], threshold: number): ContextChoice {
  const { chosen, skipped } = selectChanges(spans.map((span) => ({ span, candidate: priorCandidate(span) })), threshold, 'longest-first')
  const confidentKeys = new Set(chosen.filter((c) => c.confidence >= CONFIDENT).map(changeKey))
  return { chosen, skipped, confident: confidentKeys.size, confidentForward: 0, confidentFallback: 0, confidentKeys }
}

/**
 * The forward judge's confidence for each option of `span` read forward from a spinner database
 * (undefined for the others), or undefined when the span has none or the document has no swap rate.
 */
function judgeForward(span: Span, decision: SpanDecision, model: ContextModel, rate: number): (number | undefined)[] | undefined {
  const isDatabaseOption = (option: Span['options'][number]): boolean => isDatabaseChannel(option.forward?.channel)
  if (!span.options.some(isDatabaseOption)) return undefined
  const perWord = (words: readonly string[]) => (words.length === 0 ? 0 : model.phraseLogProb(words.map(model.wordOf)) / words.length)
  const spunLogProb = perWord(lmWords(span.found))
  let topEmission = 0
  let emissionTotal = 0
  let topPosterior = 0
  span.options.forEach((o, k) => {
    topPosterior = Math.max(topPosterior, decision.posteriors[k + 1]!)
    if (!isDatabaseOption(o)) return
    topEmission = Math.max(topEmission, o.forward!.emission)
    emissionTotal += o.forward!.emission
  })
  return span.options.map((o, k) => {
    if (!isDatabaseOption(o)) return undefined
    const features: ForwardFeatures = {
      posterior: decision.posteriors[k + 1]!,
      keep: decision.posteriors[0]!,
      emission: o.forward!.emission,
      topEmission: o.forward!.emission >= topEmission,
      emissionTotal,
      topPosterior: decision.posteriors[k + 1]! >= topPosterior,
      options: span.options.length,
      spunIsHeadword: o.forward!.spunIsHeadword,
      rate,
      spunLogProb,
      originalLogProb: perWord(lmWords(o.restored)),
      words: span.last - span.first + 1,
      chosen: decision.chosen === k,
      inflected: o.forward!.inflected === true,
    }
    forwardJudgeProbe.record?.(features, { start: span.start, end: span.end, restored: o.restored })
    return forwardConfidence(features)
  })
}

function overlapsChosen(span: Span, members: readonly Span[], decisions: readonly SpanDecision[]): boolean {
  return members.some((other, i) => other !== span && decisions[i]!.chosen >= 0 && other.first <= span.last && span.first <= other.last)
}
