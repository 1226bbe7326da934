import { decodeAnalysisRow, phrasesOf, type PhraseAnalysis } from './analyze-phrases.js'
import { builtinData } from './builtin-data.js'
import { decodeCompoundIndex, type CompoundIndex } from './compound-index.js'
import { EncodedMap } from './encoded-map.js'
import { parseDictionaryAs } from './parse-dictionary-text.js'
import { decodePrebuiltIndex, type PrebuiltIndex } from './prebuilt-index.js'
import type { Dictionary } from './types.js'
import { deferredDictionary } from './validate-dictionary.js'

let cache: readonly Dictionary[] | undefined
let compounds: CompoundIndex | undefined
let matchIndex: PrebuiltIndex | undefined
const analyses = new WeakMap<Dictionary, PhraseAnalysis>()

/**
 * The dictionaries shipped with unspin (`news-mined`, `news-swaps`, `tortured-phrases`), parsed and validated on
 * first call. Pass them with your own to `createRestorer({ dictionaries: [...builtinDictionaries(), mine] })`.
 */
export function builtinDictionaries(): readonly Dictionary[] {
  cache ??= Object.freeze(
    builtinData().dictionaries.map((data) => {
      // `npm run build:dict` validated every entry when it wrote this data: taken as it is (cold start).
      const file = `unspin/dictionaries/${data.name}.json`
      const parse = (): Dictionary => parseDictionaryAs('json', data.json, file, 'throw', { trustedEntries: true })
      // The entries of a table without a forward channel are read when first used (7,000 tortured
      // phrases that a news text never matches); a learned table's channel is built from them now.
      const header = headerOf(data.json)
      const dictionary = header.learned === true ? parse() : deferredDictionary(header, file, () => parse().entries)
      // Shared by every restorer of the process (the CLI's, `restoreText`'s option sets): each phrase
      // decoded once, and the text read only when a phrase is first asked for.
      analyses.set(dictionary, new EncodedMap(() => phrasesOf(dictionary.entries), () => data.analysis, decodeAnalysisRow))
      return dictionary
    }),
  )
  return cache
}

/**
 * The header fields of canonical dictionary JSON (`npm run build:dict` writes `entries` last): parsed
 * without its entries. Outside a JSON string a quote is a quote, so the first `,"entries":` is the key.
 */
function headerOf(json: string): Record<string, unknown> {
  const cut = json.indexOf(',"entries":')
  if (cut < 0) throw new Error('built-in dictionary data: no entries')
  return JSON.parse(`${json.slice(0, cut)}}`) as Record<string, unknown>
}

/**
 * The tokens of a built-in dictionary's phrases, computed by `npm run build:dict` so that creating
 * a restorer does not run the tokenizer over 14,000 phrases. `undefined` for other dictionaries.
 */
export function precomputedAnalysis(dictionary: Dictionary): PhraseAnalysis | undefined {
  return analyses.get(dictionary)
}

/**
 * The match index of the built-in dictionaries as they ship (all of them, in their order, nothing
 * disabled), computed by `npm run build:dict`; `undefined` for any other layers (or when they shadow
 * an entry, see encodePrebuiltIndex). Decoded once and
 * shared by every restorer that uses it: nothing changes an index once built.
 */
export function prebuiltIndex(layers: readonly Dictionary[], disabled: ReadonlySet<string>): PrebuiltIndex | undefined {
  if (!shippedAsIs(layers, disabled)) return undefined
  const encoded = builtinData().matchIndex
  // Empty when the built-in layers shadow an entry (encodePrebuiltIndex): built from the layers then.
  if (encoded === '') return undefined
  return (matchIndex ??= decodePrebuiltIndex(encoded, layers, (layer) => analyses.get(layer)!))
}

/**
 * The compound index of the built-in dictionaries as they ship, computed by `npm run build:dict`, as a
 * function that decodes it on first call; `undefined` for any other layers. Shared like `prebuiltIndex`.
 */
export function precomputedCompounds(layers: readonly Dictionary[], disabled: ReadonlySet<string>): (() => CompoundIndex) | undefined {
  if (!shippedAsIs(layers, disabled)) return undefined
  return () => (compounds ??= decodeCompoundIndex(builtinData().compounds))
}

/** Whether `layers` are the built-in dictionaries, all of them in their order, with nothing disabled. */
function shippedAsIs(layers: readonly Dictionary[], disabled: ReadonlySet<string>): boolean {
  const builtins = cache
  return builtins !== undefined && disabled.size === 0 && layers.length === builtins.length && layers.every((layer, i) => layer === builtins[i])
}
