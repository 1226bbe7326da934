/**
 * Decide spans sentence by sentence with the language model (or, without one, by prior alone) and hand
 * the proposals to `selectChanges`, where threshold and overlap are settled.
 */
import { levelOf, roundConfidence } from '../confidence.js'
import type { Span } from '../pipeline.js'
import type { Alternative, Candidate, SkippedCandidate } from '../types.js'
import { calibratedConfidence } from './calibration.js'
import { decodePrepared, type ChannelBonus, type SpanDecision } from './decode-sentence.js'
import type { ContextLattices } from './score-lattices.js'
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
 * the spun text and against the other options, calibrated. `bonus` is log-odds added to changes: the
 * document's own swap rate, once it is known to be spun or estimated (`forwardBonus`).
 */
export function chooseInContext(lattices: ContextLattices, bonus: ChannelBonus = 0): ContextChoice {
  const { channelWeight, threshold, calibrate } = lattices.settings
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
      const rescored = span.options
        .map(({ restored, entryId, source }, k): Alternative => {
          const confidence = confidenceOf(decision.posteriors[k + 1]!)
          return { restored, confidence, level: levelOf(confidence), entryId, source }
        })
        .sort((a, b) => b.confidence - a.confidence)
      const pick = decision.chosen >= 0 ? rescored.find((o) => o.restored === span.options[decision.chosen]!.restored)! : rescored[0]!
      const candidate = candidateOf(span, pick, rescored.filter((o) => o !== pick))
      if (decision.chosen >= 0 && decision.posteriors[decision.chosen + 1]! >= CONFIDENT) {
        confident++
        confidentKeys.add(changeKey(candidate))
        const channel = span.options[decision.chosen]!.forward?.channel
        if (channel?.fallback) confidentFallback++
        else if (channel && !channel.verdictOnly) confidentForward++
      }
      const kept = decision.chosen >= 0 ? undefined : overlapsChosen(span, members, decisions) ? 'overlap' : 'below-threshold'
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

function overlapsChosen(span: Span, members: readonly Span[], decisions: readonly SpanDecision[]): boolean {
  return members.some((other, i) => other !== span && decisions[i]!.chosen >= 0 && other.first <= span.last && span.first <= other.last)
}
