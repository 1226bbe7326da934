/**
 * The match index of the built-in dictionaries as they ship, written by `npm run build:dict` into the
 * generated module and read back by `createRestorer()`: building it from the entries (every spun
 * form's tokens decoded, its keys and their leading parts joined, hashed and sorted) was over half of
 * a cold `createRestorer()`, mostly in allocation and garbage collection. Read back, it is one
 * string split and a map of keys; each entry is made ready for matching when a text first matches it.
 */
import type { PhraseAnalysis } from './analyze-phrases.js'
import { spunKey } from './entry-id.js'
import { addKeyPrefixes, LazyIndexedEntry, sortList, type IndexedEntry, type MatchIndex } from './indexed-entry.js'
import type { Dictionary } from './types.js'

export type PrebuiltIndex = Omit<MatchIndex, 'compounds'>

// Text form: the longest key in tokens and each layer's number of entries (numbers joined by ','),
// then FIELD and two fields for every entry of every layer, in order: its surface key ('' when it has
// no tokens, and so is not indexed) and its lemma key ('' when the same). Keys are tokens joined by
// one space, so a token never holds a space (checked when writing). Dictionary forms hold no control
// characters (validate-entry.ts), so FIELD cannot occur in a key. The key prefixes and the known
// originals are derived when read: shipping them would make the module a third larger, and a larger
// module is slower to import than they are to derive.
const FIELD = '\u0001'

/**
 * `index`, built from `layers` with nothing disabled, as text that `decodePrebuiltIndex` reads back;
 * '' (no prebuilt index: restorers build theirs, with the warnings) when a layer shadows an entry of
 * another, which the prebuilt form cannot say. The built-in layers shadow none today.
 */
export function encodePrebuiltIndex(index: PrebuiltIndex, layers: readonly Dictionary[]): string {
  const total = layers.reduce((sum, layer) => sum + layer.entries.length, 0)
  if (index.entryCount !== total) return ''
  const indexed = new Map([...index.bySurface.values()].flat().map((entry) => [entry.entry, entry]))
  const fields: string[] = [[index.maxTokens, ...layers.map((layer) => layer.entries.length)].join(',')]
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

/**
 * The index `encodePrebuiltIndex` wrote, over the same `layers`; `analysisOf` gives each layer's phrase
 * tokens. Only the keys are read now: an entry is made into an `IndexedEntry` when a lookup first
 * finds it, and the known originals are collected when first asked for (no built-in layer composes).
 */
export function decodePrebuiltIndex(encoded: string, layers: readonly Dictionary[], analysisOf: (layer: Dictionary) => PhraseAnalysis): PrebuiltIndex {
  const fields = encoded.split(FIELD)
  const [maxTokens, ...counts] = fields[0]!.split(',').map(Number) as [number, ...number[]]
  if (counts.length !== layers.length) throw new Error(`prebuilt index: written for ${counts.length} layers, read with ${layers.length}`)
  const slots = new Map<string, Slot>()
  const keyPrefixes = new Set<string>()
  const entryCount = counts.reduce((sum, count) => sum + count, 0)
  for (let ordinal = 0; ordinal < entryCount; ordinal++) {
    const surface = fields[1 + 2 * ordinal]!
    if (surface === '') continue
    const lemma = fields[2 + 2 * ordinal] || surface
    addToSlot(slots, SURFACE, surface, ordinal)
    addKeyPrefixes(keyPrefixes, surface)
    addToSlot(slots, LEMMA, lemma, ordinal)
    if (lemma !== surface) addKeyPrefixes(keyPrefixes, lemma)
  }
  const built: (IndexedEntry | undefined)[] = []
  // Each layer's entries are read only when a lookup first finds one of them (see deferredDictionary).
  const entryAt = (ordinal: number): IndexedEntry => {
    let layer = 0
    let position = ordinal
    while (position >= counts[layer]!) position -= counts[layer++]!
    return (built[ordinal] ??= indexEntry(layers[layer]!, position, fields[1 + 2 * ordinal]!, fields[2 + 2 * ordinal]!, analysisOf))
  }
  return {
    bySurface: new EntryLists(slots, SURFACE, entryAt),
    byLemma: new EntryLists(slots, LEMMA, entryAt),
    maxTokens,
    keyPrefixes,
    entryCount,
    knownOriginals: new DerivedSet(() => layers.flatMap((layer) => (layer.compose ? [] : layer.entries.flatMap((entry) => entry.originals.map((o) => o.toLowerCase()))))),
  }
}

function indexEntry(layer: Dictionary, position: number, surface: string, lemma: string, analysisOf: (layer: Dictionary) => PhraseAnalysis): IndexedEntry {
  const entry = layer.entries[position]!
  const norms = surface.split(' ')
  const emission = layer.spinner?.emissions.get(spunKey(entry.spun))
  const spinner = emission ? { channel: layer.spinner!, emission } : undefined
  return new LazyIndexedEntry(entry, layer.name, norms, lemma === '' ? norms : lemma.split(' '), layer.compose, spinner, analysisOf(layer))
}

// Surface and lemma keys share one map of slots (most are the same string): a slot holds, for each
// side, the ordinal of its one entry, the ordinals of several, or the list once built.
const SURFACE = 0
const LEMMA = 1
type Side = typeof SURFACE | typeof LEMMA
type Slot = [surface: SideSlot, lemma: SideSlot]
type SideSlot = number | number[] | readonly IndexedEntry[] | undefined

function addToSlot(slots: Map<string, Slot>, side: Side, key: string, ordinal: number): void {
  let slot = slots.get(key)
  if (slot === undefined) slots.set(key, (slot = [undefined, undefined]))
  const held = slot[side] as number | number[] | undefined
  slot[side] = held === undefined ? ordinal : typeof held === 'number' ? [held, ordinal] : [...held, ordinal]
}

/** One side of the slots, read as the map of key -> entries that the index's users expect. */
class EntryLists implements ReadonlyMap<string, readonly IndexedEntry[]> {
  constructor(
    private readonly slots: Map<string, Slot>,
    private readonly side: Side,
    private readonly entryAt: (ordinal: number) => IndexedEntry,
  ) {}

  get(key: string): readonly IndexedEntry[] | undefined {
    const slot = this.slots.get(key)
    const held = slot?.[this.side]
    if (held === undefined || (Array.isArray(held) && typeof held[0] !== 'number')) return held as readonly IndexedEntry[] | undefined
    const list = typeof held === 'number' ? [this.entryAt(held)] : (held as number[]).map(this.entryAt)
    sortList(list)
    return (slot![this.side] = list)
  }

  has(key: string): boolean {
    return this.slots.get(key)?.[this.side] !== undefined
  }

  get size(): number {
    let size = 0
    for (const slot of this.slots.values()) if (slot[this.side] !== undefined) size++
    return size
  }

  *entries(): MapIterator<[string, readonly IndexedEntry[]]> {
    for (const key of this.keys()) yield [key, this.get(key)!]
  }

  *keys(): MapIterator<string> {
    for (const [key, slot] of this.slots) if (slot[this.side] !== undefined) yield key
  }

  *values(): MapIterator<readonly IndexedEntry[]> {
    for (const [, list] of this.entries()) yield list
  }

  forEach(callback: (list: readonly IndexedEntry[], key: string, map: ReadonlyMap<string, readonly IndexedEntry[]>) => void, thisArg?: unknown): void {
    for (const [key, list] of this.entries()) callback.call(thisArg, list, key, this)
  }

  [Symbol.iterator](): MapIterator<[string, readonly IndexedEntry[]]> {
    return this.entries()
  }
}

/** A set of strings collected by `collect` when first read. */
class DerivedSet implements ReadonlySet<string> {
  #set: Set<string> | undefined

  constructor(private readonly collect: () => Iterable<string>) {}

  #values(): Set<string> {
    return (this.#set ??= new Set(this.collect()))
  }

  has(value: string): boolean {
    return this.#values().has(value)
  }

  get size(): number {
    return this.#values().size
  }

  entries(): SetIterator<[string, string]> {
    return this.#values().entries()
  }

  keys(): SetIterator<string> {
    return this.#values().keys()
  }

  values(): SetIterator<string> {
    return this.#values().values()
  }

  forEach(callback: (value: string, value2: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const value of this.#values()) callback.call(thisArg, value, value, this)
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.#values().values()
  }
}
