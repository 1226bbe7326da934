import type { SpanCandidate } from '../candidates/build-candidates.js'
import type { Token } from '../tokenize/tokenize.js'
import type { Alternative, Candidate, SkippedCandidate } from '../types.js'
import { byPosition } from './select-changes.js'
import { levelOf, roundConfidence } from '../confidence.js'
import { calibratedConfidence } from './calibration.js'
import { CONFIDENT } from '../document/spin-score.js'
import { ACRONYM_WEIGHT, acronymAfter, spellsAcronym } from '../evidence/acronym-evidence.js'
import { DOCUMENT_EVIDENCE_WEIGHT, usedElsewhere, type DocumentVocabulary } from '../evidence/document-evidence.js'
import { lmWords } from '../tokenize/lm-words.js'
import { contextWindow } from '../tokenize/context-window.js'
import { posEvidenceFor } from '../evidence/pos-evidence.js'
import type { PosWindowScorer } from '../pos/window-score.js'
import { decodePrepared, prepareSentence, type LatticeSpan, type PreparedSentence, type TrigramScorer } from './decode-sentence.js'

/** A language model as the decoder sees it: trigram scores over its own spelling of words. */
export interface ContextModel extends TrigramScorer {
  /** The model's spelling of a token (e.g. lowercase; numbers as a class). */
  wordOf(norm: string): string
  /** ln P(words) as a phrase on its own, without sentence boundaries: how common the phrase is. */
  phraseLogProb(words: readonly string[]): number
}

export interface ContextSettings {
  readonly model: ContextModel
  /** Weight of the channel (dictionary prior) against the language model. */
  readonly channelWeight: number
  readonly threshold: number
  /** Report calibrated confidences (`calibratedConfidence`); false: the decoder's raw posteriors. */
  readonly calibrate: boolean
  /** The document's words, for document evidence (`usedElsewhere`); absent: no such evidence. */
  readonly vocabulary?: DocumentVocabulary
  /** Scorer of tag windows, for POS evidence (`posEvidenceFor`); absent: no such evidence. */
  readonly pos?: PosWindowScorer
}

/** A document's clusters of candidate spans with their scored lattices, ready to decode. */
export interface ContextLattices {
  readonly clusters: readonly ScoredCluster[]
  readonly settings: ContextSettings
}

interface ScoredCluster {
  readonly cluster: SpanCluster
  /** Options of each member span, best prior first. */
  readonly options: readonly Alternative[][]
  /** The sentence window as the language model spells it, with its lattice; decoded by each pass. */
  readonly sentence: PreparedSentence
}

// A prior of 1 would make keeping the spun text impossible whatever the context says.
const MAX_SWAP_PROBABILITY = 0.98

/**
 * Score every option of every span once: channel log-odds from the prior, corrected for frequency,
 * plus document, acronym and POS evidence. Deciding (`chooseInContext`) may then run more than once on
 * the same lattices, as the spun-document pass does.
 */
export function scoreLattices(words: readonly Token[], spans: readonly SpanCandidate[], settings: ContextSettings): ContextLattices {
  const { model, vocabulary, pos } = settings
  const clustersScored = clusters(words, spans).map((cluster): ScoredCluster => {
    const sentenceWords = words.slice(cluster.sentenceStart, cluster.sentenceEnd + 1).map((t) => model.wordOf(t.norm))
    const options = cluster.members.map((span) => optionsOf(span.candidate))
    const lattice = cluster.members.map((span, s): LatticeSpan => {
      const spunPlain = lmWords(span.candidate.found)
      const spunLogProb = model.phraseLogProb(spunPlain.map(model.wordOf))
      const spanTokens = words.slice(span.first, span.last + 1)
      const acronym = acronymAfter(words, span.last)
      const spunSpellsAcronym = acronym !== undefined && spellsAcronym(spunPlain, acronym)
      const syntax = pos && posEvidenceFor(pos, words, span.first, span.last)
      return {
        first: span.first - cluster.sentenceStart,
        last: span.last - cluster.sentenceStart,
        options: options[s]!.map((o) => {
          const plain = lmWords(o.restored)
          const optionWords = plain.map(model.wordOf)
          const evidence = vocabulary && usedElsewhere(vocabulary, spanTokens, plain) ? DOCUMENT_EVIDENCE_WEIGHT : 0
          const defined = acronym === undefined ? 0 : spellsAcronym(plain, acronym) ? ACRONYM_WEIGHT : spunSpellsAcronym ? -ACRONYM_WEIGHT : 0
          const fit = syntax ? syntax(plain) : 0
          return { words: optionWords, channel: channelLogOdds(o.confidence, options[s]!) + frequencyCorrection(model, spunLogProb, optionWords) + evidence + defined + fit }
        }),
      }
    })
    return { cluster, options, sentence: prepareSentence(sentenceWords, lattice, model) }
  })
  return { clusters: clustersScored, settings }
}

/** What `chooseInContext` decided. */
export interface ContextChoice {
  readonly chosen: Candidate[]
  readonly skipped: SkippedCandidate[]
  /**
   * Changes the decoder picks with a raw posterior of at least `CONFIDENT`: the spin score's
   * evidence. Counted before calibration and the threshold, so that the spin score moves neither
   * when the calibration map is refitted nor with the caller's threshold.
   */
  readonly confident: number
}

/**
 * Choose candidates sentence by sentence with the language model: every option of every span is
 * scored in the context of the others, and a change's confidence is its posterior against keeping
 * the spun text and against the other options, calibrated. `spunDocumentBonus` is log-odds added to
 * every change: the document's own swap rate, once it is known to be spun.
 */
export function chooseInContext(lattices: ContextLattices, spunDocumentBonus = 0): ContextChoice {
  const { channelWeight, threshold, calibrate } = lattices.settings
  const chosen: Candidate[] = []
  const skipped: SkippedCandidate[] = []
  let confident = 0
  const confidenceOf = (posterior: number) => roundConfidence(calibrate ? calibratedConfidence(posterior) : posterior)
  for (const { cluster, options, sentence } of lattices.clusters) {
    const { members } = cluster
    const decisions = decodePrepared(sentence, { channel: channelWeight }, cluster, spunDocumentBonus)
    members.forEach((span, s) => {
      const decision = decisions[s]!
      const rescored = options[s]!.map((o, k) => withConfidence(o, confidenceOf(decision.posteriors[k + 1]!))).sort((a, b) => b.confidence - a.confidence)
      const pick = decision.chosen >= 0 ? rescored.find((o) => o.restored === options[s]![decision.chosen]!.restored)! : rescored[0]!
      const candidate: Candidate = { ...span.candidate, restored: pick.restored, confidence: pick.confidence, level: pick.level, entryId: pick.entryId, source: pick.source, alternatives: rescored.filter((o) => o !== pick) }
      if (decision.chosen >= 0 && decision.posteriors[decision.chosen + 1]! >= CONFIDENT) confident++
      if (decision.chosen < 0) skipped.push({ ...candidate, reason: overlapsChosen(span, members, decisions) ? 'overlap' : 'below-threshold' })
      else if (candidate.confidence >= threshold) chosen.push(candidate)
      else skipped.push({ ...candidate, reason: 'below-threshold' })
    })
  }
  // Two clusters cut from one run of overlapping spans are decoded apart and may both take a word;
  // applying both would overlap. The later one is reported as skipped instead.
  const kept: Candidate[] = []
  for (const candidate of chosen.sort(byPosition)) {
    const previous = kept[kept.length - 1]
    if (previous && candidate.start < previous.end) skipped.push({ ...candidate, reason: 'overlap' })
    else kept.push(candidate)
  }
  return { chosen: kept, skipped: skipped.sort(byPosition), confident }
}

function optionsOf(candidate: Candidate): Alternative[] {
  const { restored, confidence, level, entryId, source } = candidate
  return [{ restored, confidence, level, entryId, source }, ...candidate.alternatives]
}

/** log(P(option) / P(keep)), where P(keep) is what the options leave over. */
function channelLogOdds(prior: number, all: readonly Alternative[]): number {
  const swap = Math.min(MAX_SWAP_PROBABILITY, all.reduce((sum, o) => sum + o.confidence, 0))
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

function withConfidence(option: Alternative, confidence: number): Alternative {
  return { ...option, confidence, level: levelOf(confidence) }
}

function overlapsChosen(span: SpanCandidate, members: readonly SpanCandidate[], decisions: readonly { chosen: number }[]): boolean {
  return members.some((other, i) => other !== span && decisions[i]!.chosen >= 0 && other.first <= span.last && span.first <= other.last)
}

interface SpanCluster {
  /** Word window decoded for the cluster: its spans plus two words of context on each side. */
  readonly sentenceStart: number
  readonly sentenceEnd: number
  readonly atStart: boolean
  readonly atEnd: boolean
  readonly members: SpanCandidate[]
}

// With a trigram model, spans separated by two or more fixed words cannot affect each other's
// best choice, so each cluster of closer spans is decoded on its own, over a small window.
const CONTEXT_WORDS = 2
// Posteriors force every option of every span in turn, so a cluster costs about spans^2 decodes: a
// run of thousands of adjacent candidates ("with out with out ...") is cut into clusters of at most
// this many spans, each decoded with its neighbours as fixed context.
const MAX_CLUSTER_SPANS = 8

/** Spans grouped into clusters that interact, each with its decoding window. */
function clusters(words: readonly Token[], spans: readonly SpanCandidate[]): SpanCluster[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first || a.last - b.last)
  const result: SpanCluster[] = []
  let current: SpanCandidate[] = []
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
