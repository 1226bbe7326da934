/**
 * What a restorer loads when the caller does not give it: the language and POS models, and a
 * dictionary named by a file path. Each entry point supplies one: the Node entry (`node-api.ts`)
 * reads the package's files; the browser entry (`browser-api.ts`) has no files and throws
 * `E_MODEL_REQUIRED`, which `createRestorer` passes on instead of degrading to a warning.
 */
import type { Dictionary } from './dictionary/types.js'
import type { LoadDictionaryOptions } from './dictionary/load-options.js'
import type { LanguageModel } from './lm/types.js'
import type { PosModel } from './pos/read-model.js'

export interface RestorerHost {
  /** The default language model; throws when there is none. */
  languageModel(): LanguageModel
  /** The default POS model; throws when there is none. */
  posModel(): PosModel
  /** A dictionary read from a file path (`options.dictionaries` entries that are strings). */
  dictionaryFile(path: string, options: LoadDictionaryOptions): Dictionary
}
