/**
 * Language model: a Kneser-Ney trigram model over lowercase word tokens, shipped as a compact binary
 * file (`models/lm-en.bin`, built by `scripts/build-lm.ts`, whose writer is in scripts/lm/), plus exact
 * in-memory models trained here, for tests and `createLanguageModelFromCounts`.
 */
export type { LanguageModel, LanguageModelInfo, ScoreOptions, SmoothingMethod } from './types.js'
export { NO_WORD } from './types.js'
export { loadLanguageModel } from './read-binary.js'
export { defaultLanguageModelPath, loadDefaultLanguageModel, DEFAULT_MODEL_FILE } from './default-model.js'
export { createLanguageModelFromCounts, languageModelFromTrained } from './memory-model.js'
export { trainLanguageModel, type TrainOptions, type TrainedModel } from './train.js'
export { isNumberToken, lmToken, BOS, EOS, UNK, NUM } from './vocab.js'
