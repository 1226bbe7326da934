/**
 * What the match index holds: its shape (`MatchIndex`), the entries as indexed (`IndexedEntry`), and
 * the helpers both ways of filling it share (built from the layers in `build-index.ts`, or read back
 * from the built-in dictionaries' prebuilt copy in `prebuilt-index.ts`).
 */
import type { PhraseAnalysis, PhraseToken } from './analyze-phrases.js'
import type { CompoundIndex } from './compound-index.js'
import { parseCondition, type Condition } from './condition/index.js'
import type { DictionaryEntry, SpinnerChannel, SpinnerEmission } from './types.js'

/** An original form, split into words, with the lemma of each word (for re-inflection). */
export interface IndexedOriginal {
  readonly text: string
  readonly words: readonly string[]
  readonly lemmas: readonly string[]
}

/** An entry prepared for matching. */
export interface IndexedEntry {
  readonly entry: DictionaryEntry
  /** Name of the dictionary the entry came from. */
  readonly source: string
  readonly norms: readonly string[]
  readonly lemmas: readonly string[]
  readonly originals: readonly IndexedOriginal[]
  readonly condition: Condition | undefined
  /** From a `compose` dictionary: only counts inside a run of adjacent matches. */
  readonly compose: boolean
  /** From a spinner database: its forward channel and this spun form's emissions. */
  readonly spinner?: { readonly channel: SpinnerChannel; readonly emission: SpinnerEmission }
}

/** Entries keyed by their token sequence, exact spelling and lemmas. */
export interface MatchIndex {
  readonly bySurface: ReadonlyMap<string, readonly IndexedEntry[]>
  readonly byLemma: ReadonlyMap<string, readonly IndexedEntry[]>
  /** Longest entry, in tokens: the widest window worth looking up. */
  readonly maxTokens: number
  /**
   * Every leading part of every key ("a", "a couple", "a couple of" ...), by spelling and by lemma:
   * where a window's key is not among them, no longer window from the same word can match.
   */
  readonly keyPrefixes: ReadonlySet<string>
  readonly entryCount: number
  /** Lowercased originals of the phrase entries: which compounds exist, a prior for composed phrases. */
  readonly knownOriginals: ReadonlySet<string>
  /** Word pairs and multi-word originals of the phrase entries, for composing unlisted phrases; absent when off. */
  readonly compounds: CompoundIndex | undefined
}

/**
 * An entry as indexed. Its keys are given now; its originals (split, with lemmas) and its parsed
 * `when` are built only on first use: a restorer matches few of its thousands of entries, and building
 * these for all of them was a fifth of a cold `createRestorer()`. Conditions were checked when the
 * dictionary was validated, so parsing one later cannot throw. `phrases` holds the originals' tokens.
 */
export class LazyIndexedEntry implements IndexedEntry {
  readonly spinner?: IndexedEntry['spinner']
  #originals: readonly IndexedOriginal[] | undefined
  #condition: Condition | undefined | null = null

  constructor(
    readonly entry: DictionaryEntry,
    readonly source: string,
    readonly norms: readonly string[],
    readonly lemmas: readonly string[],
    readonly compose: boolean,
    spinner: IndexedEntry['spinner'] | undefined,
    private readonly phrases: PhraseAnalysis,
  ) {
    if (spinner) this.spinner = spinner
  }

  get originals(): readonly IndexedOriginal[] {
    return (this.#originals ??= this.entry.originals.map((original) => indexOriginal(original, this.phrases.get(original) ?? [])))
  }

  get condition(): Condition | undefined {
    if (this.#condition === null) this.#condition = this.entry.when === undefined ? undefined : parseCondition(this.entry.when)
    return this.#condition
  }
}

function indexOriginal(text: string, tokens: readonly PhraseToken[]): IndexedOriginal {
  const words = text.split(' ')
  // Lemmas line up with words only when the tokenizer split at spaces alone ("Alzheimer's" is two tokens).
  return { text, words, lemmas: tokens.length === words.length ? tokens.map((t) => t.lemma) : words.map((w) => w.toLowerCase()) }
}

/** Add `key` (words joined by one space) and every leading part of it, up to a space, to `prefixes`. */
export function addKeyPrefixes(prefixes: Set<string>, key: string): void {
  for (let space = key.indexOf(' '); space !== -1; space = key.indexOf(' ', space + 1)) prefixes.add(key.slice(0, space))
  prefixes.add(key)
}

export function addToList(map: Map<string, IndexedEntry[]>, key: string, entry: IndexedEntry): void {
  const list = map.get(key)
  if (list) list.push(entry)
  else map.set(key, [entry])
}

/**
 * Sort every list of several entries by entry id, then dictionary name. Map iteration order follows
 * insertion order, which follows layer order: sorted, the result never depends on the order
 * dictionaries or entries were given in.
 */
export function sortLists(map: Map<string, IndexedEntry[]>): void {
  for (const list of map.values()) sortList(list)
}

/** Sort one list of entries as `sortLists` does. */
export function sortList(list: IndexedEntry[]): void {
  if (list.length > 1) list.sort(compareIndexed)
}

function compareIndexed(a: IndexedEntry, b: IndexedEntry): number {
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0
}
