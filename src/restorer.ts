import { applyMarks } from './apply/apply-marks.js'
import { buildCandidates } from './candidates/build-candidates.js'
import { findMatches } from './candidates/find-matches.js'
import { buildMatchIndex, type MatchIndex } from './dictionary/build-index.js'
import { builtinDictionaries } from './dictionary/builtin.js'
import { createConditionDocument, type ConditionDocument } from './dictionary/condition/index.js'
import type { Dictionary, SpinnerChannel } from './dictionary/types.js'
import { isValidatedDictionary, validateDictionary } from './dictionary/validate-dictionary.js'
import { invalidArgument, UnspinError } from './errors.js'
import type { RestorerHost } from './host.js'
import { PosWindowScorer } from './pos/window-score.js'
import {
  DEFAULT_THRESHOLD,
  UNCALIBRATED_THRESHOLD,
  checkRestoreOptions,
  checkRestorerOptions,
  needsOwnRestorer,
  type DictionaryLayer,
  type RestoreOptions,
  type RestorerOptions,
} from './options.js'
import { chooseByPrior, chooseInContext } from './decode/choose-in-context.js'
import { contextModelFrom, type ContextModel } from './decode/context-model.js'
import { scoreLattices } from './decode/score-lattices.js'
import { estimateSwapRate, primaryRateGroup, type RateGroup, type RateSlot } from './decode/estimate-swap-rate.js'
import { channelKind, isDatabaseChannel } from './dictionary/read-forward.js'
import { createHeadwordCounter } from './document/known-headwords.js'
import { gatedDecisions, sharedOriginalsGoTo } from './document/gates.js'
import { suspectsOf } from './candidates/suspect-phrases.js'
import { assessDecodedSpin } from './document/spin-score.js'
import type { EvidenceSource } from './evidence/evidence.js'
import { EVIDENCE_SOURCES } from './evidence/sources.js'
import { byPosition } from './pipeline.js'
import { findNonProseRanges, type InputFormat } from './markup/find-non-prose-ranges.js'
import { blankRanges } from './tokenize/protected-ranges.js'
import { tokenize, type Token } from './tokenize/tokenize.js'
import type { Candidate, Mark, RestoreResult, RestoreWarning, SkipReason, SkippedCandidate, SpinAssessment } from './types.js'
import { restoreDocument, restoreStream, type RestoredPiece, type RestoreStreamOptions, type StreamRestorer } from './restore-stream.js'
import { decideInWindows, DEFAULT_WINDOW_CHARS, planWindows, type PipelineStages, type RateSource } from './restore-windows.js'

/** A restorer with its dictionaries (and language model) loaded, validated and indexed once. */
export interface Restorer {
  /** Restore `text`; `options.threshold` overrides the restorer's threshold for this call. */
  restore(text: string, options?: Readonly<RestoreOptions> | null): RestoreResult
  /**
   * Restore a stream of text (strings or UTF-8 bytes: a Node `Readable`, a generator) piece by piece,
   * each piece with offsets into the whole input and output; working memory is held one window at a
   * time. The whole stream is one document unless `options.documentChars` is set (see docs/api.md).
   */
  restoreStream(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, options?: Readonly<RestoreStreamOptions> | null): AsyncGenerator<RestoredPiece>
  /** Score how spun `text` looks and list the suspect spans, without rewriting anything. */
  detect(text: string, options?: Readonly<RestoreOptions> | null): SpinDetection
  /** Dictionaries in use, in layer order. */
  readonly dictionaries: readonly Dictionary[]
  /** Problems met while loading (also copied into every result's `warnings`). */
  readonly warnings: readonly RestoreWarning[]
}

/** A candidate swap `detectSpin` found, and whether `restore` with the same options would apply it. */
export interface SpinSuspect extends Candidate {
  readonly applied: boolean
  /** Why it would not be applied, when `applied` is false. */
  readonly reason?: SkipReason
}

/** What `detectSpin` returns: the document's spin assessment and every suspect span found. */
export interface SpinDetection extends SpinAssessment {
  /** Every candidate swap found, applied or not, in input order. */
  readonly suspects: readonly SpinSuspect[]
}

// Weight of the dictionary prior against the language model in decoding. Tuning: bench/quality.ts
// news-dev leave-one-pair-out, A-classic family (see README "Speed & accuracy"), 2026-11-27.
const CHANNEL_WEIGHT = 1

// Log-odds added to every candidate change, in a second decoding pass, in a document whose first
// pass found it spun (`SpinAssessment.verdict`). Tuning, news-dev A-classic leave-one-pair-out (ERR /
// change precision / false changes per 1,000 words of the originals): 2026-11-28 morning, without
// 0.242 / 0.920 / 1.00, 1 gave 0.289 / 0.903, 2 gave 0.317 / 0.884; retuned after calibration, POS
// evidence and composed phrases (same day): 1 gave 0.304 / 0.912 / 0.97, 1.25 gave 0.314 / 0.905 /
// 0.97, 1.5 gave 0.324 / 0.901 / 0.97 (Brown 0.04 per 1,000 each). Originals and Brown texts are
// rarely judged spun, so their false changes do not move; precision on spun copies sets the limit
// (>= 0.90, issue 5): the largest value that keeps it.
const SPUN_DOCUMENT_BONUS = 1.5

interface Pipeline extends PipelineStages {
  readonly threshold: number
  readonly warnings: readonly RestoreWarning[]
}

/**
 * Create a restorer: loads, validates and indexes its dictionaries now, so each `restore` call
 * only reads the text. Throws `DictionaryError` for bad dictionary data. What the options leave out
 * (models, dictionaries given as file paths) comes from `host`: each entry point binds its own.
 */
export function createRestorerWith(host: RestorerHost, options?: Readonly<RestorerOptions> | null): Restorer {
  const settings = checkRestorerOptions(options)
  const layers = (settings.dictionaries ?? builtinDictionaries()).map((layer, i) => toDictionary(layer, i, settings, host))
  const { index, warnings } = buildMatchIndex(layers, settings.disable, { composeCompounds: settings.stages?.composeCompounds ?? true })
  const context = settings.stages?.context === false ? undefined : resolveContextModel(settings, warnings, host)
  const calibration = context !== undefined && (settings.stages?.calibration ?? true)
  const evidence = EVIDENCE_SOURCES.filter((source) => settings.stages?.[source.stage] ?? true)
  const disabled = new Set(settings.disable ?? [])
  // Learned tables give the document verdict only while `stages.swapRate` is on; a spinner database's
  // own changes always need its rate.
  const swapRateVerdict = settings.stages?.swapRate ?? true
  const spinners = layers.flatMap((layer) => (layer.spinner && !disabled.has(layer.name) && (swapRateVerdict || !layer.spinner.verdictOnly) ? [layer.spinner] : []))
  const databaseLoaded = spinners.some(isDatabaseChannel)
  const pipeline: Pipeline = {
    index,
    threshold: settings.threshold ?? (calibration ? DEFAULT_THRESHOLD : UNCALIBRATED_THRESHOLD),
    inflection: settings.stages?.inflection ?? true,
    conditions: settings.stages?.conditions ?? true,
    context,
    rateSources: rateSources(spinners, databaseLoaded),
    spinners: new Set(spinners),
    databaseLoaded,
    evidence,
    spunDocumentPrior: settings.stages?.spunDocumentPrior ?? true,
    pos: context !== undefined && evidence.some((source) => source.needsPos) ? resolvePosScorer(settings, warnings, host) : undefined,
    // The gate needs context-scored posteriors; with priors alone it would block everything.
    documentGate: context !== undefined && (settings.stages?.documentGate ?? true),
    calibration,
    warnings,
  }
  const streaming: StreamRestorer = {
    pipeline: { ...pipeline, channelWeight: CHANNEL_WEIGHT, spunDocumentBonus: SPUN_DOCUMENT_BONUS },
    warnings,
    threshold: pipeline.threshold,
    decideWhole: (text, callOptions) => decide(text, pipeline, callOptions),
  }
  return {
    dictionaries: layers,
    warnings,
    restore(text, callOptions) {
      if (typeof text === 'string' && text.length >= WINDOWED_FROM) return restoreInWindows(streaming, text, checkRestoreOptions(callOptions))
      const { applied, skipped, spin } = decide(text, pipeline, callOptions)
      const { text: output, marks } = applyMarks(text, applied)
      return { text: output, marks, skipped, warnings: [...pipeline.warnings], spin }
    },
    restoreStream: (source, options) => restoreStream(streaming, source, options),
    detect(text, callOptions) {
      // The same decisions as `restore`, without writing the output text.
      const { applied, skipped, spin } = typeof text === 'string' && text.length >= WINDOWED_FROM ? decideLong(streaming, text, checkRestoreOptions(callOptions)) : decide(text, pipeline, callOptions)
      const suspects: SpinSuspect[] = [...applied.map((c) => ({ ...c, applied: true })), ...skipped.map((c) => ({ ...c, applied: false }))]
      return { ...spin, suspects: suspects.sort(byPosition) }
    },
  }
}

// From this many characters `restore` decides the text window by window (restore-windows.ts): the same
// result with working memory bounded by the window, for about three times the time (each window is
// read in four passes). Whole, a text needs about 150 MB per MB of densely spun news.
const WINDOWED_FROM = 2 * 1024 * 1024

/** `restore` of a long text, window by window (see `WINDOWED_FROM`): the pieces joined. */
function restoreInWindows(restorer: StreamRestorer, text: string, call: RestoreOptions): RestoreResult {
  const parts: string[] = []
  const marks: Mark[] = []
  const skipped: SkippedCandidate[] = []
  let spin: SpinAssessment | undefined
  for (const piece of restoreDocument(restorer, text, call, DEFAULT_WINDOW_CHARS)) {
    parts.push(piece.text)
    for (const mark of piece.marks) marks.push(mark)
    for (const candidate of piece.skipped) skipped.push(candidate)
    spin = piece.spin
  }
  return { text: parts.join(''), marks, skipped, warnings: [...restorer.warnings], spin: spin! }
}

/** The decisions of `restoreInWindows`, for `detect`: every window's applied and skipped candidates. */
function decideLong(restorer: StreamRestorer, text: string, call: RestoreOptions): { applied: Candidate[]; skipped: SkippedCandidate[]; spin: SpinAssessment } {
  const windows = planWindows(text, DEFAULT_WINDOW_CHARS)
  if (windows.length <= 1) return restorer.decideWhole(text, call)
  const decided = decideInWindows(text, restorer.pipeline, { threshold: call.threshold ?? restorer.threshold, inputFormat: call.inputFormat ?? 'text' }, windows)
  const applied: Candidate[] = []
  const skipped: SkippedCandidate[] = []
  for (const window of decided.windows) {
    for (const candidate of window.applied) applied.push(candidate)
    for (const candidate of window.skipped) skipped.push(candidate)
  }
  return { applied, skipped, spin: decided.spin }
}

// Each host (the Node entry, the browser entry) keeps its own restorers: a bundle holds one host.
interface HostRestorers {
  default?: Restorer
  /**
   * Restorers for option sets made only of plain data (stages, disable, a model switched off), kept so
   * that `restoreText(text, { stages: ... })` in a loop does not rebuild the index on every call. Few:
   * each holds an index of the built-in dictionaries.
   */
  readonly plain: Map<string, Restorer>
}
const RESTORERS = new WeakMap<RestorerHost, HostRestorers>()
const MAX_PLAIN_OPTION_RESTORERS = 4

function restorerFor(host: RestorerHost, options: RestorerOptions): Restorer {
  let kept = RESTORERS.get(host)
  if (!kept) RESTORERS.set(host, (kept = { plain: new Map() }))
  if (!needsOwnRestorer(options)) return (kept.default ??= createRestorerWith(host))
  const key = plainOptionsKey(options)
  if (key === undefined) return createRestorerWith(host, options)
  let restorer = kept.plain.get(key)
  if (!restorer) {
    // Per-call options are left out: each call passes its own, and a cached restorer must not keep
    // the threshold of the call that built it.
    restorer = createRestorerWith(host, { ...options, threshold: undefined, inputFormat: undefined })
    if (kept.plain.size >= MAX_PLAIN_OPTION_RESTORERS) kept.plain.delete(kept.plain.keys().next().value!)
    kept.plain.set(key, restorer)
  }
  return restorer
}

/**
 * A key for options that build the same restorer whenever they are equal: no dictionaries (files can
 * change, objects can be many) and no model objects (`null`, a model switched off, is plain data).
 * `undefined` when the options are not of that kind.
 */
function plainOptionsKey(options: RestorerOptions): string | undefined {
  const { dictionaries, languageModel, posModel, stages, disable, onInvalidEntry } = options
  if (dictionaries !== undefined || (languageModel !== undefined && languageModel !== null) || (posModel !== undefined && posModel !== null)) return undefined
  const sortedStages = stages && Object.fromEntries(Object.entries(stages).sort(([a], [b]) => (a < b ? -1 : 1)))
  return JSON.stringify([sortedStages ?? null, disable ? [...disable].sort() : null, onInvalidEntry ?? null, languageModel === null, posModel === null])
}

/**
 * Restore spun text with the built-in dictionaries and language model (loaded on first call).
 * Plain options (stages, disable, a model switched off) build a restorer that later calls with equal
 * options reuse; dictionaries or model objects build a one-off restorer: for repeated calls with
 * custom dictionaries use `createRestorer`.
 */
export function restoreTextWith(host: RestorerHost, text: string, options?: Readonly<RestorerOptions> | null): RestoreResult {
  if (typeof text !== 'string') invalidArgument('text', 'a string', text)
  const settings = checkRestorerOptions(options)
  return restorerFor(host, settings).restore(text, { threshold: settings.threshold, inputFormat: settings.inputFormat })
}

/** Score how spun `text` looks (0..1, with a verdict) and list the suspect spans, without rewriting. */
export function detectSpinWith(host: RestorerHost, text: string, options?: Readonly<RestorerOptions> | null): SpinDetection {
  if (typeof text !== 'string') invalidArgument('text', 'a string', text)
  const settings = checkRestorerOptions(options)
  return restorerFor(host, settings).detect(text, { threshold: settings.threshold, inputFormat: settings.inputFormat })
}

/** Every stage up to the choice of changes: what to apply, what was skipped and why, and the spin score. */
function decide(text: string, pipeline: Pipeline, callOptions: unknown): { applied: Candidate[]; skipped: SkippedCandidate[]; spin: SpinAssessment } {
  if (typeof text !== 'string') invalidArgument('text', 'a string', text)
  const call = checkRestoreOptions(callOptions)
  const threshold = call.threshold ?? pipeline.threshold
  const inputFormat = call.inputFormat ?? 'text'
  // Markup is protected like URLs: tokens in it are not editable and phrases cannot span it.
  const markup = inputFormat === 'text' ? undefined : findNonProseRanges(text, inputFormat)
  const tokens = tokenize(text, markup)
  const found = findMatches(text, tokens, pipeline.index, pipeline.inflection)
  let conditionDocument: ConditionDocument | undefined
  // `when` queries read the prose only: markup blanked to spaces, offsets unchanged.
  const documentForConditions = pipeline.conditions ? () => (conditionDocument ??= createConditionDocument(markup ? blankRanges(text, markup) : text)) : undefined
  const built = buildCandidates(text, found, documentForConditions, pipeline.index.knownOriginals, pipeline.index.compounds)
  let { spans, unmet } = built
  const document = { words: found.words, ...(pipeline.pos ? { pos: pipeline.pos } : {}) }
  const settings = pipeline.context && {
    model: pipeline.context,
    channelWeight: CHANNEL_WEIGHT,
    threshold,
    calibrate: pipeline.calibration,
    evidence: pipeline.evidence.flatMap((source) => source.forDocument(document) ?? []),
    spinners: pipeline.spinners,
  }
  let lattices = settings && scoreLattices(found.words, spans, settings)
  // The channels read forward give the document a swap rate (decode/estimate-swap-rate.ts): the
  // databases' when one is loaded (their candidates are decoded at it, and it gates them), else the
  // learned tables'.
  // A fallback thesaurus has a rate of its own, which gates its own options only; so have the learned
  // tables with a database loaded (`rateSources`).
  const rates: { -readonly [slot in RateSlot]?: number } = {}
  if (lattices) {
    for (const source of pipeline.rateSources) {
      const rate = estimateSwapRate(lattices, source.headwords.count(found.words), source.group)
      if (rate !== undefined) rates[source.slot] = rate
    }
  }
  const { primary: swapRate, fallback: fallbackRate, learned: learnedRate } = rates
  // Where the database's rate holds its changes, an original it shares with another layer is decoded as
  // the other layer's (`SharedOriginals`): the spans are built again, the rates stay.
  if (settings && built.sharedWithDatabase && sharedOriginalsGoTo(pipeline.databaseLoaded, swapRate) === 'others') {
    ;({ spans, unmet } = buildCandidates(text, found, documentForConditions, pipeline.index.knownOriginals, pipeline.index.compounds, 'others'))
    lattices = scoreLattices(found.words, spans, settings)
  }
  const suspects = suspectsOf(text, found.words, pipeline, [...spans, ...unmet])
  const first = lattices ? chooseInContext(lattices, rates) : chooseByPrior(spans, threshold)
  let { chosen, skipped } = first
  // A database's confident changes are evidence of spinning only where its swap rate lets them apply.
  const spin = assessDecodedSpin(first, countEditable(found.words), rates, pipeline.databaseLoaded)
  if (lattices && pipeline.spunDocumentPrior && spin.verdict === 'spun') {
    // Empirical Bayes over the document: a copy found to be spun has a high swap rate, so a word
    // its dictionaries list ("movie" for "film") is more likely a swap here than in text at large.
    ;({ chosen, skipped } = chooseInContext(lattices, rates, SPUN_DOCUMENT_BONUS))
  }
  const decisions = gatedDecisions({ spans, unmet, suspects, spin, chosen, skipped, confidentKeys: first.confidentKeys, fallbackRate, learnedRate, documentGate: pipeline.documentGate, databaseLoaded: pipeline.databaseLoaded })
  return { ...decisions, spin }
}

/**
 * The swap rates a document gets, one per kind of channel loaded (decode/estimate-swap-rate.ts): the
 * primary one (the databases', or without one the learned tables'), a fallback thesaurus's, and with a
 * database loaded the learned tables' own: text spun with the database may show nothing of the
 * spinners the tables were learned from, and then their weak changes are held (document/gates.ts).
 */
function rateSources(spinners: readonly SpinnerChannel[], databaseLoaded: boolean): RateSource[] {
  const sources: RateSource[] = []
  const add = (slot: RateSlot, group: RateGroup): void => {
    const channels = spinners.filter((s) => channelKind(s) === group)
    if (channels.length > 0) sources.push({ slot, group, headwords: createHeadwordCounter(channels) })
  }
  add('primary', primaryRateGroup(databaseLoaded))
  add('fallback', 'fallback')
  if (databaseLoaded) add('learned', 'learned')
  return sources
}

// Counted in place: copying a document's worth of tokens into a new array only to read its length is wasted work.
function countEditable(words: readonly Token[]): number {
  let count = 0
  for (const word of words) if (word.editable) count++
  return count
}

function resolveContextModel(settings: RestorerOptions, warnings: RestoreWarning[], host: RestorerHost): ContextModel | undefined {
  if (settings.languageModel === null) return undefined
  if (settings.languageModel !== undefined) return contextModelFrom(settings.languageModel)
  try {
    return contextModelFrom(host.languageModel())
  } catch (error) {
    if (isModelRequired(error)) throw error
    warnings.push({ code: 'language-model-unavailable', message: `no context scoring: ${(error as Error).message}` })
    return undefined
  }
}

// One scorer per restorer: it reuses its buffers, and a restorer decodes one document at a time.
function resolvePosScorer(settings: RestorerOptions, warnings: RestoreWarning[], host: RestorerHost): PosWindowScorer | undefined {
  if (settings.posModel === null) return undefined
  if (settings.posModel !== undefined) return new PosWindowScorer(settings.posModel)
  try {
    return new PosWindowScorer(host.posModel())
  } catch (error) {
    if (isModelRequired(error)) throw error
    warnings.push({ code: 'pos-model-unavailable', message: `no POS evidence: ${(error as Error).message}` })
    return undefined
  }
}

// A host without files (the browser) has no default model to fall back on: its error is the caller's
// to see, not a warning in a result nobody reads (issue 17).
function isModelRequired(error: unknown): boolean {
  return error instanceof UnspinError && error.code === 'E_MODEL_REQUIRED'
}

function toDictionary(layer: DictionaryLayer, position: number, settings: RestorerOptions, host: RestorerHost): Dictionary {
  if (typeof layer === 'string' && layer !== '') return host.dictionaryFile(layer, { onInvalidEntry: settings.onInvalidEntry ?? 'throw' })
  if (typeof layer !== 'object' || layer === null) invalidArgument(`options.dictionaries[${position}]`, 'a dictionary, a dictionary object or a file path', layer)
  return isValidatedDictionary(layer) ? layer : validateDictionary(layer, { onInvalidEntry: settings.onInvalidEntry ?? 'throw' })
}
