import { BUILTIN_DICTIONARY_JSON } from './builtin-data.generated.js'
import { parseDictionaryText } from './parse-dictionary-text.js'
import type { Dictionary } from './types.js'

let cache: readonly Dictionary[] | undefined

/**
 * The dictionaries shipped with unspin (`news-swaps`, `tortured-phrases`), parsed and validated on
 * first call. Pass them with your own to `createRestorer({ dictionaries: [...builtinDictionaries(), mine] })`.
 */
export function builtinDictionaries(): readonly Dictionary[] {
  cache ??= Object.freeze(BUILTIN_DICTIONARY_JSON.map(({ name, json }) => parseDictionaryText(json, `unspin/dictionaries/${name}.json`)))
  return cache
}
