/**
 * The match index of the built-in dictionaries as they ship, written by `npm run build:dict` into the
 * generated module and read back by `createRestorer()`: building it from the entries (every spun
 * form's tokens decoded, its keys and their leading parts joined, hashed and sorted) was over half of
 * a cold `createRestorer()`, mostly in allocation and garbage collection. Read back, it is one
 * string split, one object per entry and the maps; each entry's originals and condition stay lazy.
 */
import type { PhraseAnalysis } from './analyze-phrases.js'
import { spunKey } from './entry-id.js'
import { addToList, LazyIndexedEntry, sortLists, type IndexedEntry, type MatchIndex } from './indexed-entry.js'
import type { Dictionary } from './types.js'

export type PrebuiltIndex = Omit<MatchIndex, 'compounds'>

// Text form: the longest key in tokens, then FIELD and two fields for every entry of every layer, in
// order: its surface key ('' when it has no tokens, and so is not indexed) and its lemma key ('' when
// the same). Keys are tokens joined by one space, so a token never holds a space (checked when
// writing). Dictionary forms hold no control characters (validate-entry.ts), so FIELD cannot occur in
// a key. The key prefixes and the known originals are derived when read: shipping them would make the
// module a third larger, and a larger module is slower to import than they are to derive.
const FIELD = '\u0001'

/**
 * `index`, built from `layers` with nothing disabled, as text that `decodePrebuiltIndex` reads back.
 * Throws when an entry was left out of the index by another (the built-in layers shadow none).
 */
export function encodePrebuiltIndex(index: PrebuiltIndex, layers: readonly Dictionary[]): string {
  const total = layers.reduce((sum, layer) => sum + layer.entries.length, 0)
  if (index.entryCount !== total) throw new Error(`prebuilt index: ${total - index.entryCount} entries are shadowed by others; the prebuilt form holds every entry`)
  const indexed = new Map([...index.bySurface.values()].flat().map((entry) => [entry.entry, entry]))
  const fields: string[] = [String(index.maxTokens)]
  for (const entry of layers.flatMap((layer) => layer.entries)) {
    const keys = indexed.get(entry)
    if (keys === undefined) {
      fields.push('', '')
      continue
    }
    for (const token of [...keys.norms, ...keys.lemmas]) {
      if (token === '' || token.includes(' ')) throw new Error(`prebuilt index: entry "${entry.id}" has a token "${token}" that a key cannot hold`)
    }
    const surface = keys.norms.join(' ')
    const lemma = keys.lemmas.join(' ')
    fields.push(surface, lemma === surface ? '' : lemma)
  }
  return fields.join(FIELD)
}

/** The index `encodePrebuiltIndex` wrote, over the same `layers`; `analysisOf` gives each layer's phrase tokens. */
export function decodePrebuiltIndex(encoded: string, layers: readonly Dictionary[], analysisOf: (layer: Dictionary) => PhraseAnalysis): PrebuiltIndex {
  const fields = encoded.split(FIELD)
  const bySurface = new Map<string, IndexedEntry[]>()
  const byLemma = new Map<string, IndexedEntry[]>()
  const keyPrefixes = new Set<string>()
  const knownOriginals = new Set<string>()
  let f = 1
  let entryCount = 0
  for (const layer of layers) {
    const analysis = analysisOf(layer)
    for (const entry of layer.entries) {
      entryCount++
      if (!layer.compose) for (const original of entry.originals) knownOriginals.add(original.toLowerCase())
      const surface = fields[f++]!
      const lemma = fields[f++] || surface
      if (surface === '') continue
      const norms = surface.split(' ')
      const emission = layer.spinner?.emissions.get(spunKey(entry.spun))
      const spinner = emission ? { channel: layer.spinner!, emission } : undefined
      const indexed = new LazyIndexedEntry(entry, layer.name, norms, lemma === surface ? norms : lemma.split(' '), layer.compose, spinner, analysis)
      addToList(bySurface, surface, indexed)
      addPrefixes(keyPrefixes, surface)
      addToList(byLemma, lemma, indexed)
      if (lemma !== surface) addPrefixes(keyPrefixes, lemma)
    }
  }
  sortLists(bySurface)
  sortLists(byLemma)
  return { bySurface, byLemma, maxTokens: Number(fields[0]), keyPrefixes, entryCount, knownOriginals }
}

/** Add `key` and every leading part of it (up to a space) to `prefixes`. */
function addPrefixes(prefixes: Set<string>, key: string): void {
  for (let space = key.indexOf(' '); space !== -1; space = key.indexOf(' ', space + 1)) prefixes.add(key.slice(0, space))
  prefixes.add(key)
}
