/**
 * Restoring a long text window by window, with memory bounded by the window instead of the text and
 * the same result as the whole-text call.
 *
 * Most of a restore is local: tokens, matches, candidates and lattices never reach past a sentence,
 * and a window made of whole tokenizer chunks (`tokenizerChunks`, each starting a sentence) tokenizes
 * as the whole text does. A few words on either side of a window (`EDGE_WORDS`) are read as context
 * where the whole-text call reads past a sentence (an acronym after a span, the word before a match,
 * a headword of several words). What is not local is the document's evidence, so the text is read in
 * passes, each window by window, keeping only counts and a few scores between windows:
 * 0. tokens: every window tokenized, in order, first (see `decideInWindows`), and kept compactly;
 * 1. survey: editable words, headword tokens, the document vocabulary, and which clusters of
 *    candidates have an option read forward (those the swap rate samples);
 * 2. rates: the sampled clusters' lattices scored and their likelihood at every rate the estimate may
 *    try, added up in document order as `estimateSwapRate` adds them, which gives the same rates;
 * 3. evidence: every lattice decoded at those rates (and, when the spun-document pass is on, at the
 *    spun-document bonus too), counting the confident swaps and the gate's signs;
 * 4. write: decoded again with the verdict known, gated, and handed out window by window
 * (`onProgress` numbers these passes 1 to 5; without a language model 2 and 3 are one prior-only pass).
 * The text is tokenized once, first, and its tokens kept in compact arrays (tokenize/token-store.ts);
 * matching and scoring run again in every pass that needs them: time is traded for memory.
 */
import { buildCandidates, type SharedOriginals } from './candidates/build-candidates.js'
import { suspectsOf } from './candidates/suspect-phrases.js'
import { findMatches } from './candidates/find-matches.js'
import { chooseByPrior, chooseInContext } from './decode/choose-in-context.js'
import type { ContextModel } from './decode/context-model.js'
import { clusterInRateGroup, clusterRateScores, rateFromScores, rateSampleStep, RATES_TRIED, type RateGroup, type RateSlot, type SwapRates } from './decode/estimate-swap-rate.js'
import { clusterSpans, scoreClusters, scoreLattices, type ContextSettings } from './decode/score-lattices.js'
import type { MatchIndex } from './dictionary/build-index.js'
import { createConditionDocument, type ConditionDocument } from './dictionary/condition/index.js'
import type { SpinnerChannel } from './dictionary/types.js'
import { countGateSigns, gatedDecisions, sharedOriginalsGoTo } from './document/gates.js'
import type { HeadwordCounter } from './document/known-headwords.js'
import { assessDecodedSpin } from './document/spin-score.js'
import { createVocabularyCounter } from './evidence/document-evidence.js'
import type { EvidenceSource } from './evidence/evidence.js'
import { findNonProseRanges, type InputFormat } from './markup/find-non-prose-ranges.js'
import type { Span } from './pipeline.js'
import type { PosWindowScorer } from './pos/window-score.js'
import { blankRanges } from './tokenize/protected-ranges.js'
import { TokenStore } from './tokenize/token-store.js'
import { findProtection, readDocument, tokenizerChunks, type Token } from './tokenize/tokenize.js'
import type { Candidate, SkippedCandidate, SpinAssessment } from './types.js'

/** What a restorer has loaded and switched on: the stages every decision reads. */
export interface PipelineStages {
  readonly index: MatchIndex
  readonly inflection: boolean
  readonly conditions: boolean
  readonly context: ContextModel | undefined
  /** The swap rates a document gets, one per kind of channel loaded (`rateSources` in restorer.ts). */
  readonly rateSources: readonly RateSource[]
  /** Their channels: options of other channels are not read forward. */
  readonly spinners: ReadonlySet<SpinnerChannel>
  /** A spinner database (not only learned tables) is loaded: its swap rate may find a document spun. */
  readonly databaseLoaded: boolean
  /** Evidence sources switched on (all of `EVIDENCE_SOURCES` unless a stage is set to false). */
  readonly evidence: readonly EvidenceSource[]
  readonly spunDocumentPrior: boolean
  readonly pos: PosWindowScorer | undefined
  readonly documentGate: boolean
  readonly calibration: boolean
}

/** One swap rate a document gets: its slot in `SwapRates`, the channels it is estimated over, and their headwords. */
export interface RateSource {
  readonly slot: RateSlot
  readonly group: RateGroup
  readonly headwords: HeadwordCounter
}

/** The stages, and the two weights of `restorer.ts` the decisions use. */
export interface WindowPipeline extends PipelineStages {
  readonly channelWeight: number
  readonly spunDocumentBonus: number
}

/** One window's decisions: changes to apply and candidates skipped, offsets into the whole text. */
export interface WindowDecisions {
  readonly start: number
  readonly end: number
  readonly applied: Candidate[]
  readonly skipped: SkippedCandidate[]
}

/** Where a windowed restore is: `pass` 1..`passes`, `done` of `total` characters of the text read in it. */
export interface WindowProgress {
  readonly pass: number
  readonly passes: number
  readonly done: number
  readonly total: number
}

/** Characters per window: whole tokenizer chunks (64 K) are added until a window holds at least this many. Smaller windows keep less alive and let a heap budget hold the heap closer (src/cli/heap-budget.ts). */
export const DEFAULT_WINDOW_CHARS = 128 * 1024

// Words of the neighbouring windows read as context: the word before a match (re-inflection, joined
// compounds), the three after a span (an acronym in brackets) and the rest of a headword of several
// words. More than any of them reads.
const EDGE_WORDS = 64

/** Start and end offsets of the windows of `text` (whole tokenizer chunks, at least `windowChars` each but the last). */
export function planWindows(text: string, windowChars: number = DEFAULT_WINDOW_CHARS): Array<ReadonlyArray<readonly [number, number]>> {
  const windows: Array<Array<readonly [number, number]>> = []
  let current: Array<readonly [number, number]> = []
  for (const chunk of tokenizerChunks(text)) {
    current.push(chunk)
    if (chunk[1] - current[0]![0] >= windowChars) {
      windows.push(current)
      current = []
    }
  }
  if (current.length > 0) windows.push(current)
  return windows
}

/** A window's words with their context: `words[from, to)` are its own, the rest its neighbours'. */
interface WindowWords {
  readonly start: number
  readonly end: number
  readonly found: ReturnType<typeof findMatches>
  readonly from: number
  readonly to: number
  readonly spans: Span[]
  readonly unmet: Span[]
  /** Unlisted suspects (`candidates/suspect-phrases.ts`), reported and never applied: found only by the pass that writes. */
  readonly suspects: () => Span[]
}

/**
 * Decide `text` window by window: the document's spin assessment (passes 1-3, run now) and its
 * windows' decisions (pass 4, run as they are iterated, once).
 */
export function decideInWindows(
  text: string,
  pipeline: WindowPipeline,
  call: { readonly threshold: number; readonly inputFormat: InputFormat },
  windows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  onProgress?: (progress: WindowProgress) => void,
): { spin: SpinAssessment; windows: Iterable<WindowDecisions> } {
  const markup = call.inputFormat === 'text' ? undefined : findNonProseRanges(text, call.inputFormat)
  const protection = findProtection(text, markup)
  let conditionDocument: ConditionDocument | undefined
  // As in the whole-text call: `when` queries read the whole prose, prepared once if a span asks.
  const documentForConditions = pipeline.conditions ? () => (conditionDocument ??= createConditionDocument(markup ? blankRanges(text, markup) : text)) : undefined
  const context = pipeline.context
  // Without a language model there are no rates to estimate, and the choice is by prior alone.
  const passes = context ? 5 : 4
  // Pass 1: every window is tokenized, in order, as one document, as `tokenize(text)` does in the
  // whole-text call: wink-nlp's lexicon grows with what it reads, so a chunk's tokens depend on the
  // chunks read before it (readDocument, token-store.ts).
  const store = new TokenStore(text)
  const read = readDocument(text, protection)
  let nextSentence = 0
  for (const window of windows) {
    const tokenized = read(window, nextSentence)
    nextSentence = tokenized.nextSentence
    store.add(tokenized.tokens)
    onProgress?.({ pass: 1, passes, done: window[window.length - 1]![1], total: text.length })
  }
  // Passes up to the rates build the spans with a database's options kept where it shares an original
  // with another layer; the passes after them as the rates say (`sharedOriginalsGoTo`), as the
  // whole-text call does.
  let shared: SharedOriginals = 'database'
  const readWindows = (pass: number) => windowsOf(text, windows, store, pipeline, documentForConditions, (done) => onProgress?.({ pass, passes, done, total: text.length }), shared)

  // Pass 2: survey.
  const vocabulary = createVocabularyCounter()
  let editable = 0
  // Per rate source: its headword tokens, where the count goes on in the next window, its clusters, and
  // (pass 3) the clusters read so far and the scores of those sampled.
  const tallies = pipeline.rateSources.map((source) => ({ source, headwordTokens: 0, carry: 0, clusters: 0, seen: 0, scores: [] as Float64Array[] }))
  for (const window of readWindows(2)) {
    const { found, from, to } = window
    for (let i = from; i < to; i++) if (found.words[i]!.editable) editable++
    vocabulary.add(found.words, from, to)
    for (const tally of tallies) {
      // A headword that ran on past the last window's end is counted there: go on after it.
      const counted = tally.source.headwords.countRange(found.words, Math.min(to, from + tally.carry), to)
      tally.headwordTokens += counted.count
      tally.carry = counted.next - to
    }
    if (context) {
      for (const cluster of clusterSpans(found.words, window.spans)) {
        for (const tally of tallies) if (clusterInRateGroup(cluster, pipeline.spinners, tally.source.group)) tally.clusters++
      }
    }
  }
  const settingsFor = (window: WindowWords): ContextSettings => {
    const document = { words: window.found.words, vocabulary, ...(pipeline.pos ? { pos: pipeline.pos } : {}) }
    return {
      model: context!,
      channelWeight: pipeline.channelWeight,
      threshold: call.threshold,
      calibrate: pipeline.calibration,
      evidence: pipeline.evidence.flatMap((source) => source.forDocument(document) ?? []),
      spinners: pipeline.spinners,
    }
  }

  // Pass 3: the swap rates, from the clusters `estimateSwapRate` samples.
  let rates: SwapRates = {}
  if (context && tallies.length > 0) {
    const steps = tallies.map((tally) => rateSampleStep(tally.clusters))
    for (const window of readWindows(3)) {
      const sampled: Array<{ cluster: ReturnType<typeof clusterSpans>[number]; tallies: typeof tallies }> = []
      for (const cluster of clusterSpans(window.found.words, window.spans)) {
        const sampledFor = tallies.filter((tally, t) => clusterInRateGroup(cluster, pipeline.spinners, tally.source.group) && tally.seen++ % steps[t]! === 0)
        if (sampledFor.length > 0) sampled.push({ cluster, tallies: sampledFor })
      }
      if (sampled.length === 0) continue
      const settings = settingsFor(window)
      scoreClusters(window.found.words, sampled.map((s) => s.cluster), settings).forEach((scored, i) => {
        for (const tally of sampled[i]!.tallies) tally.scores.push(clusterRateScores(scored, pipeline.channelWeight, tally.source.group))
      })
    }
    const found: { -readonly [slot in RateSlot]?: number } = {}
    for (const { source, headwordTokens, clusters, scores } of tallies) {
      if (clusters === 0) continue
      found[source.slot] = rateFromScores(headwordTokens, scores.length, clusters, (rate, score) => {
        const r = RATES_TRIED.indexOf(rate)
        for (const clusterScores of scores) score += clusterScores[r]!
        return score
      })
    }
    rates = found
    shared = sharedOriginalsGoTo(pipeline.databaseLoaded, rates.primary)
  }

  // Pass 4 (3 without a model): the evidence of spinning, and the gate's counts for either decoding.
  const spunPassOn = context !== undefined && pipeline.spunDocumentPrior
  const counts = { confident: 0, confidentForward: 0, confidentFallback: 0 }
  const first = { chosen: 0, extraSigns: 0 }
  const spun = { chosen: 0, extraSigns: 0 }
  const choose = (window: WindowWords, bonus: number) => {
    const lattices = scoreLattices(window.found.words, window.spans, settingsFor(window))
    return chooseInContext(lattices, rates, bonus)
  }
  if (context) {
    for (const window of readWindows(4)) {
      const lattices = scoreLattices(window.found.words, window.spans, settingsFor(window))
      const choice = chooseInContext(lattices, rates)
      counts.confident += choice.confident
      counts.confidentForward += choice.confidentForward
      counts.confidentFallback += choice.confidentFallback
      first.chosen += choice.chosen.length
      if (pipeline.documentGate) first.extraSigns += countGateSigns(window.spans, choice.chosen, choice.confidentKeys)
      if (spunPassOn) {
        const again = chooseInContext(lattices, rates, pipeline.spunDocumentBonus)
        spun.chosen += again.chosen.length
        if (pipeline.documentGate) spun.extraSigns += countGateSigns(window.spans, again.chosen, choice.confidentKeys)
      }
    }
  }
  if (!context) {
    for (const window of readWindows(3)) {
      const choice = chooseByPrior(window.spans, call.threshold)
      counts.confident += choice.confident
      first.chosen += choice.chosen.length
    }
  }
  const spin = assessDecodedSpin(counts, editable, rates, pipeline.databaseLoaded)
  const spunPass = spunPassOn && spin.verdict === 'spun'
  const document = spunPass ? spun : first

  // Last pass: decide and gate each window.
  function* decided(): Generator<WindowDecisions> {
    for (const window of readWindows(passes)) {
      const choice = context ? choose(window, spunPass ? pipeline.spunDocumentBonus : 0) : chooseByPrior(window.spans, call.threshold)
      const decisions = gatedDecisions({
        spans: window.spans,
        unmet: window.unmet,
        suspects: window.suspects(),
        spin,
        chosen: choice.chosen,
        skipped: choice.skipped,
        confidentKeys: choice.confidentKeys,
        fallbackRate: rates.fallback,
        learnedRate: rates.learned,
        documentGate: context !== undefined && pipeline.documentGate,
        databaseLoaded: pipeline.databaseLoaded,
        document,
      })
      yield { start: window.start, end: window.end, ...decisions }
    }
  }
  return { spin, windows: { [Symbol.iterator]: decided } }
}

/**
 * The windows of `text` with their words (and `EDGE_WORDS` of each neighbour), matches and candidate
 * spans, one at a time, from the stored tokens: the next window's are read before a window is handed out, for its first words.
 */
function* windowsOf(
  text: string,
  windows: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  store: TokenStore,
  pipeline: WindowPipeline,
  documentForConditions: (() => ConditionDocument) | undefined,
  onWindow: (done: number) => void,
  shared: SharedOriginals,
): Generator<WindowWords> {
  if (windows.length === 0) return
  const tokensOf = (k: number): Token[] => store.get(k)
  let behind: Token[] = []
  let current: Token[] = tokensOf(0)
  for (let k = 0; k < windows.length; k++) {
    const next = k + 1 < windows.length ? tokensOf(k + 1) : undefined
    const own = current.filter((t) => t.pos !== 'SPACE')
    const ahead: Token[] = []
    if (next) for (const token of next) if (token.pos !== 'SPACE' && ahead.push(token) >= EDGE_WORDS) break
    const found = findMatches(text, [...behind, ...own, ...ahead], pipeline.index, pipeline.inflection)
    const from = behind.length
    const to = from + own.length
    // Matches in the neighbours' words are theirs; none of this window's runs into them (a phrase stays in its sentence).
    const ownFound = { words: found.words, matches: found.matches.filter((m) => m.first >= from && m.first < to) }
    const candidates = buildCandidates(text, ownFound, documentForConditions, pipeline.index.knownOriginals, pipeline.index.compounds, shared)
    const isOwn = (span: Span) => span.first >= from && span.first < to
    const spans = candidates.spans.filter(isOwn)
    const unmet = candidates.unmet.filter(isOwn)
    const suspects = () => suspectsOf(text, ownFound.words, pipeline, [...candidates.spans, ...candidates.unmet]).filter(isOwn)
    const chunks = windows[k]!
    yield { start: chunks[0]![0], end: chunks[chunks.length - 1]![1], found: ownFound, from, to, spans, unmet, suspects }
    onWindow(chunks[chunks.length - 1]![1])
    behind = [...behind, ...own].slice(-EDGE_WORDS)
    if (next) current = next
  }
}
