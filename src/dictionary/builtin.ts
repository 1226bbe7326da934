import { decodeAnalysis, phrasesOf, type PhraseAnalysis } from './analyze-phrases.js'
import { BUILTIN_DICTIONARY_JSON } from './builtin-data.generated.js'
import { parseDictionaryText } from './parse-dictionary-text.js'
import type { Dictionary } from './types.js'

let cache: readonly Dictionary[] | undefined
const analyses = new WeakMap<Dictionary, string>()

/**
 * The dictionaries shipped with unspin (`news-mined`, `news-swaps`, `tortured-phrases`), parsed and validated on
 * first call. Pass them with your own to `createRestorer({ dictionaries: [...builtinDictionaries(), mine] })`.
 */
export function builtinDictionaries(): readonly Dictionary[] {
  cache ??= Object.freeze(
    BUILTIN_DICTIONARY_JSON.map(({ name, json, analysis }) => {
      const dictionary = parseDictionaryText(json, `unspin/dictionaries/${name}.json`)
      analyses.set(dictionary, analysis)
      return dictionary
    }),
  )
  return cache
}

/**
 * The tokens of a built-in dictionary's phrases, computed by `npm run build:dict` so that creating
 * a restorer does not run the tokenizer over 14,000 phrases. `undefined` for other dictionaries.
 */
export function precomputedAnalysis(dictionary: Dictionary): PhraseAnalysis | undefined {
  const encoded = analyses.get(dictionary)
  return encoded === undefined ? undefined : decodeAnalysis(phrasesOf(dictionary.entries), encoded)
}
