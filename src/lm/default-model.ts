/**
 * Node only: find and load the model file shipped in the package (`models/lm-en.bin`). Browser code
 * fetches the file itself and calls `loadLanguageModel(bytes)`.
 */
import { readFileSync } from 'node:fs'
import { packageFilePath } from '../package-file.js'
import { loadLanguageModel } from './read-binary.js'
import type { LanguageModel } from './types.js'

/** Path of the shipped model relative to the package root. */
export const DEFAULT_MODEL_FILE = 'models/lm-en.bin'

let cached: LanguageModel | undefined

/**
 * Absolute path of the shipped model. Throws `UnspinError` (`E_PACKAGE_FILE`) when the file is missing.
 */
export function defaultLanguageModelPath(): string {
  return packageFilePath(DEFAULT_MODEL_FILE, 'language model')
}

/** Load the shipped model once (later calls return the same instance). Node only. */
export function loadDefaultLanguageModel(): LanguageModel {
  cached ??= loadLanguageModel(readFileSync(defaultLanguageModelPath()))
  return cached
}
