/**
 * Lattices for the decoder: spans grouped into clusters that interact, each with its sentence window,
 * and every option of every span scored once: channel log-odds from its prior, corrected for
 * frequency, plus what each enabled evidence source says (`src/evidence/sources.ts`). Deciding
 * (`chooseInContext`) may then run more than once on the same lattices, as the spun-document pass does.
 */
import type { EvidenceSpan, OptionEvidence } from '../evidence/evidence.js'
import { channelKind } from '../dictionary/read-forward.js'
import type { SpinnerChannel } from '../dictionary/types.js'
import type { Span, SpanOption } from '../pipeline.js'
import { contextWindow } from '../tokenize/context-window.js'
import { lmWords } from '../tokenize/lm-words.js'
import type { Token } from '../tokenize/tokenize.js'
import type { ContextModel } from './context-model.js'
import { prepareSentence, type LatticeOption, type LatticeSpan, type PreparedSentence } from './decode-sentence.js'

export interface ContextSettings {
  readonly model: ContextModel
  /** Weight of the channel (dictionary prior) against the language model. */
  readonly channelWeight: number
  readonly threshold: number
  /** Report calibrated confidences (`calibratedConfidence`); false: the decoder's raw posteriors. */
  readonly calibrate: boolean
  /** The enabled evidence sources, prepared for this document, in list order. */
  readonly evidence: readonly ((span: EvidenceSpan) => OptionEvidence | undefined)[]
  /** Spinner channels in use: an option is read forward only when its channel is one of them. */
  readonly spinners?: ReadonlySet<SpinnerChannel>
}

/** A document's clusters of candidate spans with their scored lattices, ready to decode. */
export interface ContextLattices {
  readonly clusters: readonly ScoredCluster[]
  readonly settings: ContextSettings
}

export interface ScoredCluster {
  readonly cluster: SpanCluster
  /** The sentence window as the language model spells it, with its lattice; decoded by each pass. */
  readonly sentence: PreparedSentence
}

// A prior of 1 would make keeping the spun text impossible whatever the context says.
const MAX_SWAP_PROBABILITY = 0.98

/** Score every option of every span once (see the file comment). */
export function scoreLattices(words: readonly Token[], spans: readonly Span[], settings: ContextSettings): ContextLattices {
  return { clusters: scoreClusters(words, clusterSpans(words, spans), settings), settings }
}

/** Score the lattices of `clusters` only (`clusterSpans`): a windowed restore reads a few of them for the swap rate. */
export function scoreClusters(words: readonly Token[], clusters: readonly SpanCluster[], settings: ContextSettings): ScoredCluster[] {
  const { model, evidence, spinners } = settings
  return clusters.map((cluster): ScoredCluster => {
    const sentenceWords = words.slice(cluster.sentenceStart, cluster.sentenceEnd + 1).map((t) => model.wordOf(t.norm))
    const lattice = cluster.members.map((span): LatticeSpan => {
      const spunWords = lmWords(span.found)
      const spunLogProb = model.phraseLogProb(spunWords.map(model.wordOf))
      const view: EvidenceSpan = { first: span.first, last: span.last, spunWords }
      const sayers = evidence.map((source) => source(view)).filter((say): say is OptionEvidence => say !== undefined)
      return {
        first: span.first - cluster.sentenceStart,
        last: span.last - cluster.sentenceStart,
        options: span.options.map((o): LatticeOption => {
          const plain = lmWords(o.restored)
          const optionWords = plain.map(model.wordOf)
          // Read forward, the channel is P(spun | original) itself: the language model weighs the two
          // words' frequencies, and the document's swap rate is added when decoding.
          const forward = o.forward && spinners?.has(o.forward.channel) ? o.forward : undefined
          const kind = forward && channelKind(forward.channel)
          const decodesForward = forward !== undefined && kind !== 'learned'
          let channel = decodesForward ? Math.log(forward.emission) : channelLogOdds(o.prior, span.options) + frequencyCorrection(model, spunLogProb, optionWords)
          let evidence = 0
          for (const say of sayers) evidence += say(plain)
          channel += evidence
          if (!forward) return { words: optionWords, channel }
          const { spunIsHeadword } = forward
          const fallback = kind === 'fallback'
          return { words: optionWords, channel, forward: decodesForward ? { spunIsHeadword, ...(fallback ? { fallback } : {}) } : { spunIsHeadword, verdictChannel: Math.log(forward.emission) + evidence } }
        }),
      }
    })
    return { cluster, sentence: prepareSentence(sentenceWords, lattice, model) }
  })
}

/** log(P(option) / P(keep)), where P(keep) is what the options leave over. */
function channelLogOdds(prior: number, all: readonly SpanOption[]): number {
  const swap = Math.min(MAX_SWAP_PROBABILITY, all.reduce((sum, o) => sum + o.prior, 0))
  return Math.log(Math.max(prior, 1e-6) / (1 - swap))
}

/**
 * The prior is P(original | spun form); the language model already rewards a frequent original
 * everywhere, so combining the two counts the original's frequency twice ("within" -> "in" would win
 * in any context). Bayes turns the prior into the channel P(spun | original) by the ratio of the two
 * forms' own probabilities, so the model's context judgement is what is left to decide.
 */
function frequencyCorrection(model: ContextModel, spunLogProb: number, original: readonly string[]): number {
  return FREQUENCY_WEIGHT * (spunLogProb - model.phraseLogProb(original))
}

// 1 would be exact Bayes; the priors were not estimated independently of frequency either (hand
// priors and mined counts already discount common forms), so part of the correction is applied.
// Tuning: bench/quality.ts, news-dev A-classic leave-one-pair-out, 2026-11-28: weight 1 gave ERR 0.200,
// change precision 0.920, 0.49 false changes per 1,000 words of originals; 0.75 gave 0.233 / 0.922 / 0.97;
// 0.5 gave 0.257 / 0.909 / 1.84 (over the 1-per-1,000 target). Brown: 0, 0, 0.2 per 1,000.
const FREQUENCY_WEIGHT = 0.75

export interface SpanCluster {
  /** Word window decoded for the cluster: its spans plus two words of context on each side. */
  readonly sentenceStart: number
  readonly sentenceEnd: number
  readonly atStart: boolean
  readonly atEnd: boolean
  readonly members: Span[]
}

// With a trigram model, spans separated by two or more fixed words cannot affect each other's
// best choice, so each cluster of closer spans is decoded on its own, over a small window.
const CONTEXT_WORDS = 2
// Posteriors force every option of every span in turn, so a cluster costs about spans^2 decodes: a
// run of thousands of adjacent candidates ("with out with out ...") is cut into clusters of at most
// this many spans, each decoded with its neighbours as fixed context.
const MAX_CLUSTER_SPANS = 8

/** Spans grouped into clusters that interact, each with its decoding window; in document order. */
export function clusterSpans(words: readonly Token[], spans: readonly Span[]): SpanCluster[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first || a.last - b.last)
  const result: SpanCluster[] = []
  let current: Span[] = []
  let currentLast = -Infinity
  const flush = () => {
    if (current.length === 0) return
    const { start, end, atStart, atEnd } = contextWindow(words, current[0]!.first, currentLast, CONTEXT_WORDS)
    result.push({ sentenceStart: start, sentenceEnd: end, atStart, atEnd, members: current })
    current = []
  }
  for (const span of sorted) {
    const sameSentence = current.length > 0 && words[span.first]!.sentence === words[current[0]!.first]!.sentence
    // Cut a long run where the next span does not overlap the cluster, so that no two clusters can
    // both take one word; a run of overlapping spans only at four times the size (see the guard in
    // chooseInContext for what that can cost).
    const full = current.length >= MAX_CLUSTER_SPANS && (span.first > currentLast || current.length >= 4 * MAX_CLUSTER_SPANS)
    if (!sameSentence || span.first > currentLast + CONTEXT_WORDS || full) flush()
    current.push(span)
    currentLast = current.length === 1 ? span.last : Math.max(currentLast, span.last)
  }
  flush()
  return result
}
