/**
 * The Node entry's restorers: defaults read from the package's files (`models/`, through
 * `package-file.ts`) and dictionaries from file paths. The browser entry binds the same restorer to
 * a host without files (`browser-api.ts`).
 */
import { loadDictionary } from './dictionary/load-dictionary.js'
import type { RestorerHost } from './host.js'
import { loadDefaultLanguageModel } from './lm/default-model.js'
import type { RestorerOptions } from './options.js'
import { loadDefaultPosModel } from './pos/default-model.js'
import { createRestorerWith, detectSpinWith, restoreTextWith, type Restorer, type SpinDetection } from './restorer.js'
import type { RestoreResult } from './types.js'

const NODE_HOST: RestorerHost = {
  languageModel: loadDefaultLanguageModel,
  posModel: loadDefaultPosModel,
  dictionaryFile: loadDictionary,
}

/**
 * Create a restorer: loads, validates and indexes its dictionaries now, so each `restore` call
 * only reads the text. Throws `DictionaryError` for bad dictionary data.
 */
export function createRestorer(options?: Readonly<RestorerOptions> | null): Restorer {
  return createRestorerWith(NODE_HOST, options)
}

/**
 * Restore spun text with the built-in dictionaries and language model (loaded on first call).
 * Plain options (stages, disable, a model switched off) build a restorer that later calls with equal
 * options reuse; dictionaries or model objects build a one-off restorer: for repeated calls with
 * custom dictionaries use `createRestorer`.
 */
export function restoreText(text: string, options?: Readonly<RestorerOptions> | null): RestoreResult {
  return restoreTextWith(NODE_HOST, text, options)
}

/** Score how spun `text` looks (0..1, with a verdict) and list the suspect spans, without rewriting. */
export function detectSpin(text: string, options?: Readonly<RestorerOptions> | null): SpinDetection {
  return detectSpinWith(NODE_HOST, text, options)
}
