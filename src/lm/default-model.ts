/**
 * Node only: find and load the model file shipped in the package (`models/lm-en.bin`). Browser code
 * fetches the file itself and calls `loadLanguageModel(bytes)`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadLanguageModel } from './read-binary.js'
import type { LanguageModel } from './types.js'

/** Path of the shipped model relative to the package root. */
export const DEFAULT_MODEL_FILE = 'models/lm-en.bin'

let cached: LanguageModel | undefined

/**
 * Absolute path of the shipped model. The module may run from `src/lm/` (tests, tsx) or from the
 * bundle in `dist/`, so the package root is found by walking up from this module's folder.
 * Throws `Error` when the file cannot be found.
 */
export function defaultLanguageModelPath(): string {
  let dir = moduleDir()
  for (let up = 0; up < 4; up++) {
    const candidate = join(dir, DEFAULT_MODEL_FILE)
    if (existsSync(candidate)) return candidate
    dir = dirname(dir)
  }
  throw new Error(`unspin: language model ${DEFAULT_MODEL_FILE} not found above ${moduleDir()}`)
}

/** Load the shipped model once (later calls return the same instance). Node only. */
export function loadDefaultLanguageModel(): LanguageModel {
  cached ??= loadLanguageModel(readFileSync(defaultLanguageModelPath()))
  return cached
}

// CommonJS bundles define __dirname; ES modules have import.meta.url. Checking __dirname first keeps
// the CJS build working even where the bundler leaves import.meta empty.
function moduleDir(): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url))
}
