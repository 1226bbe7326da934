/**
 * The browser entry (`unspin/browser`, and the `browser` export condition of `unspin`): the Node entry
 * without what needs a file system. Its import graph holds no `node:` module
 * (test/browser/entry.slow.test.ts). Models come from `loadModels(url)` or as bytes; see docs/browser.md.
 */
export { createRestorer, detectSpin, restoreText, loadModels, MODEL_FILES } from './browser-api.js'
export type { BrowserModels, LoadModelsOptions, ModelSource, ModelSources } from './browser-api.js'
export type { Restorer, SpinDetection, SpinSuspect } from './restorer.js'
export { DEFAULT_THRESHOLD, type DictionaryLayer, type RestoreOptions, type RestorerOptions, type StageOptions } from './options.js'
export { formatMarks, MARK_FORMATS, type FormatOptions, type MarkFormat } from './format/format-marks.js'
export { parseDictionaryText } from './dictionary/parse-dictionary-text.js'
export type { LoadDictionaryOptions } from './dictionary/load-options.js'
export { builtinDictionaries } from './dictionary/builtin.js'
export { undoMarks } from './apply/apply-marks.js'
export { findNonProseRanges, INPUT_FORMATS, type InputFormat } from './markup/find-non-prose-ranges.js'
export { DictionaryError, UnspinError, type DictionaryErrorLocation } from './errors.js'
export type { Dictionary, DictionaryEntry, DictionaryEntryInput, DictionaryInput, EntryExample, EntryPos } from './dictionary/types.js'
export type { Alternative, Candidate, Level, Mark, RestoreResult, RestoreWarning, SkipReason, SkippedCandidate, SpinAssessment } from './types.js'
export { loadLanguageModel } from './lm/read-binary.js'
export { NO_WORD, type LanguageModel, type LanguageModelInfo, type ScoreOptions, type SmoothingMethod } from './lm/types.js'
export { loadPosModel, type PosModel, type PosModelInfo } from './pos/read-model.js'
