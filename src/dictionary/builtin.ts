import { decodeAnalysis, phrasesOf, type PhraseAnalysis } from './analyze-phrases.js'
import { BUILTIN_COMPOUND_INDEX, BUILTIN_DICTIONARY_JSON } from './builtin-data.generated.js'
import { decodeCompoundIndex, type CompoundIndex } from './compound-index.js'
import { parseDictionaryAs } from './parse-dictionary-text.js'
import type { Dictionary } from './types.js'

let cache: readonly Dictionary[] | undefined
let compounds: CompoundIndex | undefined
const analyses = new WeakMap<Dictionary, string>()
const decoded = new WeakMap<Dictionary, PhraseAnalysis>()

/**
 * The dictionaries shipped with unspin (`news-mined`, `news-swaps`, `tortured-phrases`), parsed and validated on
 * first call. Pass them with your own to `createRestorer({ dictionaries: [...builtinDictionaries(), mine] })`.
 */
export function builtinDictionaries(): readonly Dictionary[] {
  cache ??= Object.freeze(
    BUILTIN_DICTIONARY_JSON.map(({ name, json, analysis }) => {
      // `npm run build:dict` validated every entry when it wrote this data: taken as it is (cold start).
      const dictionary = parseDictionaryAs('json', json, `unspin/dictionaries/${name}.json`, 'throw', { trustedEntries: true })
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
  if (encoded === undefined) return undefined
  // Decoded once: every restorer of the process (the CLI's, `restoreText`'s option sets) reads the same.
  let analysis = decoded.get(dictionary)
  if (analysis === undefined) decoded.set(dictionary, (analysis = decodeAnalysis(phrasesOf(dictionary.entries), encoded)))
  return analysis
}

/**
 * The compound index of the built-in dictionaries as they ship (all of them, in their order, nothing
 * disabled), computed by `npm run build:dict`, as a function that decodes it on first call;
 * `undefined` for any other layers. Shared by every restorer that uses it: nothing changes an index
 * once built.
 */
export function precomputedCompounds(layers: readonly Dictionary[], disabled: ReadonlySet<string>): (() => CompoundIndex) | undefined {
  const builtins = cache
  if (builtins === undefined || disabled.size > 0 || layers.length !== builtins.length || layers.some((layer, i) => layer !== builtins[i])) return undefined
  return () => (compounds ??= decodeCompoundIndex(BUILTIN_COMPOUND_INDEX))
}
