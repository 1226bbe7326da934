export { createRestorer, detectSpin, restoreText } from './node-api.js'
export type { Restorer, SpinDetection, SpinSuspect } from './restorer.js'
export type { RestoredPiece, RestoreStreamOptions, StreamProgress } from './restore-stream.js'
export { DEFAULT_THRESHOLD, type DictionaryLayer, type RestoreOptions, type RestorerOptions, type StageOptions } from './options.js'
export { formatMarks, MARK_FORMATS, type FormatOptions, type MarkFormat } from './format/format-marks.js'
export { loadDictionary, type LoadDictionaryOptions } from './dictionary/load-dictionary.js'
export { parseDictionaryText } from './dictionary/parse-dictionary-text.js'
export { builtinDictionaries } from './dictionary/builtin.js'
export { undoMarks } from './apply/apply-marks.js'
export { findNonProseRanges, INPUT_FORMATS, type InputFormat } from './markup/find-non-prose-ranges.js'
export { DictionaryError, UnspinError, type DictionaryErrorLocation } from './errors.js'
export type { Dictionary, DictionaryEntry, DictionaryEntryInput, DictionaryInput, EntryExample, EntryPos } from './dictionary/types.js'
export type { Alternative, Candidate, Level, Mark, RestoreResult, RestoreWarning, SkipReason, SkippedCandidate, SpinAssessment } from './types.js'
export { loadLanguageModel, loadDefaultLanguageModel, defaultLanguageModelPath, createLanguageModelFromCounts, NO_WORD } from './lm/index.js'
export type { LanguageModel, LanguageModelInfo, ScoreOptions, SmoothingMethod } from './lm/index.js'
export { loadPosModel, loadDefaultPosModel, type PosModel, type PosModelInfo } from './pos/index.js'
export { loadSpinnerThesaurus, readSpinnerThesaurus, type SpinnerThesaurus, type SpinnerThesaurusOptions } from './spinner/load-spinner-thesaurus.js'
export type { SpinnerParseStats, SpinnerSkipReason } from './spinner/parse-stats.js'
export {
  learnFromPairs,
  learnFromSwaps,
  extractSwaps,
  decomposePhrasePairs,
  optInDictionary,
  thesaurusDictionary,
  OPT_IN_DICTIONARIES,
  type LearnOptions,
  type LearnResult,
  type LearnStats,
  type TextPair,
  type PairSwaps,
  type ExtractSwapOptions,
  type PhrasePair,
  type WordPair,
  type DecomposeOptions,
  type OptInDictionaryName,
  type Swap,
  type RejectedRegion,
  type RejectReason,
} from './learn/index.js'
