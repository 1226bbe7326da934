import { invalidArgument, rejectUnknownKeys } from './errors.js'
import { CALIBRATED_THRESHOLD } from './decode/calibration-table.js'
import { INPUT_FORMATS, type InputFormat } from './markup/find-non-prose-ranges.js'
import type { Dictionary, DictionaryInput } from './dictionary/types.js'
import type { LanguageModel } from './lm/types.js'
import type { PosModel } from './pos/read-model.js'
import { EVIDENCE_SOURCES, type EvidenceStage } from './evidence/sources.js'

/** Options for one `restore` call. Every field is optional. */
export interface RestoreOptions {
  /**
   * Minimum confidence for a change to be applied; candidates below it are reported in `skipped`.
   * Default: `DEFAULT_THRESHOLD` for calibrated confidences, the lowest at which changes on real
   * spun news stay at least 90% right (src/decode/calibration-table.ts records the tuning); 0.5 for
   * uncalibrated ones (no language model, or `stages.calibration` off), where a confidence is a
   * prior or a raw posterior and 0.5 means more likely spun than not.
   */
  readonly threshold?: number
  /**
   * How the text is written (default: `'text'`). With `'html'` or `'markdown'` only prose is
   * restored: tags, attributes, entities, comments, code, link URLs, front matter and other markup
   * stay byte for byte, phrases never span them, and marks still point into the original markup.
   */
  readonly inputFormat?: InputFormat
}

/** A dictionary layer: a validated `Dictionary`, an object in the JSON format, or a file path. */
export type DictionaryLayer = Dictionary | DictionaryInput | string

/** Options for `createRestorer` (and for `restoreText`, which then builds a one-off restorer). */
export interface RestorerOptions extends RestoreOptions {
  /**
   * Dictionary layers, in order; on the same spun form a later layer wins and a `shadowed-entry`
   * warning is reported (default: `builtinDictionaries()`). To add to the built-ins, pass
   * `[...builtinDictionaries(), yours]`.
   */
  readonly dictionaries?: readonly DictionaryLayer[]
  /** Dictionary names and entry ids to leave out, e.g. `['news-swaps', 'stated']` (default: none); a name that matches nothing gives an `unknown-disable` warning. */
  readonly disable?: readonly string[]
  /** For dictionaries loaded from paths or objects: `throw` (default) or `skip` invalid entries with a warning. */
  readonly onInvalidEntry?: 'throw' | 'skip'
  /** Switch pipeline stages off, for strict list matching and for measuring what each stage adds. */
  readonly stages?: Readonly<StageOptions>
  /**
   * Language model that scores candidates in context (default: the model shipped in the package,
   * loaded once; in a browser pass one from `loadLanguageModel(bytes)`). `null`: no context scoring,
   * a candidate's confidence is then its entry's prior.
   */
  readonly languageModel?: LanguageModel | null
  /**
   * Part-of-speech model for POS evidence (default: the model shipped in the package, loaded once;
   * in a browser pass one from `loadPosModel(bytes)`). `null`: no POS evidence, as with
   * `stages.posEvidence: false`.
   */
  readonly posModel?: PosModel | null
}

/** Pipeline stages that can be switched off. Every field is optional and defaults to `true`. */
export interface StageOptions {
  /** Match other inflections of an entry through its lemma and re-inflect the original ("burdens" -> "stresses"). */
  readonly inflection?: boolean
  /** Apply an entry only where its `when` condition holds in the document (off: conditions are ignored). */
  readonly conditions?: boolean
  /** Decide candidates with the language model in sentence context (off: by prior alone, longest first). */
  readonly context?: boolean
  /**
   * Favour an original that the document itself uses elsewhere (a spinner swaps each occurrence on
   * its own and leaves some alone). Needs context scoring.
   */
  readonly documentEvidence?: boolean
  /**
   * In a document the first pass finds spun, decode again with every listed swap made more likely:
   * such a copy swaps words at a high rate. Needs context scoring.
   */
  readonly spunDocumentPrior?: boolean
  /**
   * Judge each candidate by part of speech in its window: favour an original whose tags fit the
   * words around it where the spun word breaks the pattern (a verb where a noun belongs: "in
   * observe" -> "in practice"). Uses the POS model shipped in the package. Needs context scoring.
   */
  readonly posEvidence?: boolean
  /**
   * Favour an option whose initials spell the acronym in parentheses right after the span ("irregular
   * woodland (RF)" -> "random forest"), and hold back changes where the spun words spell it. Needs
   * context scoring.
   */
  readonly acronymEvidence?: boolean
  /**
   * Apply weak-prior changes only in a text with enough confident swaps to look spun (at least 5 per
   * 1,000 words, counted over at least 200 words); otherwise report them as skipped (`document-gate`).
   * Entries with a prior of 0.85 or more pass on their own. Needs context scoring.
   */
  readonly documentGate?: boolean
  /**
   * Report context-scored confidences through the calibration map fitted on real spun news, so that
   * 0.9 means right about 9 times in 10 (off: the decoder's raw posteriors; `threshold` then compares
   * with those). Without context scoring a confidence is the entry's prior and is not calibrated.
   */
  readonly calibration?: boolean
  /**
   * Restore phrases no dictionary lists when their words map, through the word pairs the listed
   * phrases decompose into, onto a multi-word original some entry lists ("bosom malignancy" ->
   * "breast cancer", from "bosom peril" -> "breast cancer" and "malignancy" pairs elsewhere). With
   * context scoring, also report unlisted suspects: two-word windows that look like a tortured phrase
   * ("clamor level" -> "noise level"), skipped with reason `unlisted` and never applied.
   */
  readonly composeCompounds?: boolean
  /**
   * Judge each document by the swap rate its learned tables (`learned` dictionaries: the shipped news
   * tables, `learnFromPairs` output) show, read forward as a spinner's database: below 0.15 it is clean
   * (weak changes held back), from 0.3 spun. A loaded spinner database's own changes always use its rate.
   */
  readonly swapRate?: boolean
}

/** Default `threshold` with context scoring and calibration (the default configuration). */
export const DEFAULT_THRESHOLD = CALIBRATED_THRESHOLD
/** Default `threshold` when confidences are not calibrated. */
export const UNCALIBRATED_THRESHOLD = 0.5

const RESTORE_KEYS = new Set(['threshold', 'inputFormat'])
const RESTORER_KEYS = new Set([...RESTORE_KEYS, 'dictionaries', 'disable', 'onInvalidEntry', 'stages', 'languageModel', 'posModel'])
// Every evidence source's stage is a documented field of StageOptions: a new source that is not fails to compile here.
const EVIDENCE_STAGES: readonly (EvidenceStage & keyof StageOptions)[] = EVIDENCE_SOURCES.map((source) => source.stage)
const STAGE_KEYS = new Set(['inflection', 'conditions', 'context', 'spunDocumentPrior', 'documentGate', 'calibration', 'composeCompounds', 'swapRate', ...EVIDENCE_STAGES])

/** Check options at the API boundary; unknown keys are errors so typos do not pass silently. */
export function checkRestorerOptions(options: unknown, name = 'options'): RestorerOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) invalidArgument(name, 'an object, null or undefined', options)
  const record = options as Record<string, unknown>
  rejectUnknownKeys(record, RESTORER_KEYS, name)
  checkThreshold(record.threshold, name)
  checkInputFormat(record.inputFormat, name)
  if (record.dictionaries !== undefined && !Array.isArray(record.dictionaries)) invalidArgument(`${name}.dictionaries`, 'an array of dictionaries, dictionary objects or file paths', record.dictionaries)
  if (record.disable !== undefined && (!Array.isArray(record.disable) || !record.disable.every((d) => typeof d === 'string'))) {
    invalidArgument(`${name}.disable`, 'an array of dictionary names and entry ids', record.disable)
  }
  if (record.onInvalidEntry !== undefined && record.onInvalidEntry !== 'throw' && record.onInvalidEntry !== 'skip') {
    invalidArgument(`${name}.onInvalidEntry`, '"throw" or "skip"', record.onInvalidEntry)
  }
  checkStages(record.stages, name)
  const lm = record.languageModel
  if (lm !== undefined && lm !== null && (typeof lm !== 'object' || typeof (lm as { logProbId?: unknown }).logProbId !== 'function')) {
    invalidArgument(`${name}.languageModel`, 'a LanguageModel (from loadLanguageModel) or null', lm)
  }
  const pos = record.posModel
  if (pos !== undefined && pos !== null && (typeof pos !== 'object' || !((pos as { entryTag?: unknown }).entryTag instanceof Int32Array))) {
    invalidArgument(`${name}.posModel`, 'a PosModel (from loadPosModel) or null', pos)
  }
  return record as RestorerOptions
}

function checkStages(stages: unknown, name: string): void {
  if (stages === undefined) return
  if (typeof stages !== 'object' || stages === null || Array.isArray(stages)) invalidArgument(`${name}.stages`, 'an object of booleans', stages)
  rejectUnknownKeys(stages, STAGE_KEYS, `${name}.stages`, 'one of the stages')
  for (const [key, value] of Object.entries(stages)) {
    if (typeof value !== 'boolean') invalidArgument(`${name}.stages.${key}`, 'a boolean', value)
  }
}

/** Check per-call options: only `threshold` and `inputFormat` may change per call. */
export function checkRestoreOptions(options: unknown): RestoreOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) invalidArgument('options', 'an object, null or undefined', options)
  const misplaced = Object.keys(options).find((key) => RESTORER_KEYS.has(key) && !RESTORE_KEYS.has(key))
  if (misplaced !== undefined) invalidArgument(`options.${misplaced}`, `a per-call option (${[...RESTORE_KEYS].join(', ')}); \`${misplaced}\` is set in createRestorer()`, misplaced)
  rejectUnknownKeys(options, RESTORE_KEYS, 'options', 'a per-call option')
  checkThreshold((options as Record<string, unknown>).threshold, 'options')
  checkInputFormat((options as Record<string, unknown>).inputFormat, 'options')
  return options as RestoreOptions
}

function checkInputFormat(value: unknown, name: string): void {
  if (value !== undefined && !INPUT_FORMATS.includes(value as InputFormat)) invalidArgument(`${name}.inputFormat`, `one of ${INPUT_FORMATS.map((f) => `"${f}"`).join(', ')}`, value)
}

function checkThreshold(value: unknown, name: string): void {
  if (value !== undefined && (typeof value !== 'number' || !(value >= 0 && value <= 1))) invalidArgument(`${name}.threshold`, 'a number from 0 to 1', value)
}

/** Whether any option needs its own restorer (anything but the per-call `threshold` and `inputFormat`). */
export function needsOwnRestorer(options: RestorerOptions): boolean {
  return options.dictionaries !== undefined || options.disable !== undefined || options.onInvalidEntry !== undefined || options.stages !== undefined || options.languageModel !== undefined || options.posModel !== undefined
}
