import { analyzePhrases, phrasesOf, type PhraseAnalysis, type PhraseToken } from './analyze-phrases.js'
import { precomputedAnalysis, precomputedCompounds } from './builtin.js'
import type { RestoreWarning } from '../types.js'
import { parseCondition, type Condition } from './condition/index.js'
import { buildCompoundIndex, type CompoundIndex } from './compound-index.js'
import { spunKey } from './entry-id.js'
import type { Dictionary, DictionaryEntry, SpinnerChannel, SpinnerEmission } from './types.js'

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
 * Merge dictionary layers and index them. Later layers win on the same spun form (a warning says
 * which entry was shadowed); `disable` removes dictionaries by name and entries by id.
 */
export function buildMatchIndex(
  layers: readonly Dictionary[], disable: readonly string[] = [], options: IndexOptions = {},
): { index: MatchIndex; warnings: RestoreWarning[] } {
  const disabled = new Set(disable)
  const named = new Set<string>()
  const warnings: RestoreWarning[] = layers.flatMap((d) => d.warnings)
  const chosen = new Map<string, ChosenEntry>()
  const analysis = new Map<string, readonly PhraseToken[]>()
  const seenNames = new Set<string>()
  let allAnalysed = true
  for (const dictionary of layers) {
    if (seenNames.has(dictionary.name)) warnings.push({ code: 'duplicate-dictionary', message: `dictionary "${dictionary.name}" is given more than once; its later copy wins`, source: dictionary.name })
    seenNames.add(dictionary.name)
    named.add(dictionary.name)
    // Only names in `disable` are looked up: with none, the entries' ids need not be collected.
    if (disabled.size > 0) for (const entry of dictionary.entries) named.add(entry.id)
    if (disabled.has(dictionary.name)) continue
    const precomputed = precomputedAnalysis(dictionary)
    if (precomputed === undefined) allAnalysed = false
    for (const [phrase, tokens] of precomputed ?? options.phrases ?? []) analysis.set(phrase, tokens)
    for (const entry of dictionary.entries) {
      if (disabled.has(entry.id)) continue
      const key = spunKey(entry.spun)
      const earlier = chosen.get(key)
      if (earlier && earlier.source !== dictionary.name) {
        warnings.push({
          code: 'shadowed-entry',
          message: `entry "${earlier.entry.id}" of "${earlier.source}" is shadowed by "${entry.id}" of "${dictionary.name}" (same spun form "${entry.spun}")`,
          source: earlier.source,
          entryId: earlier.entry.id,
        })
      }
      const emission = dictionary.spinner?.emissions.get(key)
      chosen.set(key, { entry, source: dictionary.name, compose: dictionary.compose, ...(emission ? { spinner: { channel: dictionary.spinner!, emission } } : {}) })
    }
  }
  // A name that matches nothing is most likely a typo or a stale id: say so rather than restore
  // what the caller meant to leave out.
  for (const name of disabled) {
    if (!named.has(name)) warnings.push({ code: 'unknown-disable', message: `\`disable\` names "${name}", which is neither a dictionary name nor an entry id of the layers given` })
  }
  const entries = [...chosen.values()]
  // Layers that all came analysed (the built-in ones) hold every phrase of their entries: no copy,
  // nothing to tokenize.
  const phrases = allAnalysed ? analysis : analyzePhrases(phrasesOf(entries.map((e) => e.entry)), analysis)
  const indexed = indexEntries(entries, phrases)
  if (!options.composeCompounds) return { index: { ...indexed, compounds: undefined }, warnings }
  // The built-in dictionaries as they ship have theirs precomputed by `npm run build:dict`, decoded
  // on the first document that looks for a compound rather than when the restorer is created.
  const precomputed = precomputedCompounds(layers, disabled)
  const compounds = precomputed ?? (() => buildCompoundIndex(entries.filter((e) => !e.compose), phrases))
  let built: CompoundIndex | undefined
  const index = Object.defineProperty(indexed, 'compounds', { enumerable: true, get: () => (built ??= compounds()) }) as MatchIndex
  return { index, warnings }
}

export interface IndexOptions {
  /** Index the word pairs and multi-word originals for composing unlisted phrases (`MatchIndex.compounds`). */
  readonly composeCompounds?: boolean
  /** Tokens of phrases already analysed, reused instead of running the tokenizer again (`npm run build:dict`). */
  readonly phrases?: PhraseAnalysis
}

interface ChosenEntry {
  readonly entry: DictionaryEntry
  readonly source: string
  readonly compose: boolean
  readonly spinner?: IndexedEntry['spinner']
}

function indexEntries(entries: readonly ChosenEntry[], phrases: PhraseAnalysis): Omit<MatchIndex, 'compounds'> {
  const bySurface = new Map<string, IndexedEntry[]>()
  const byLemma = new Map<string, IndexedEntry[]>()
  const keyPrefixes = new Set<string>()
  const knownOriginals = new Set<string>()
  let maxTokens = 0
  for (const { entry, source, compose, spinner } of entries) {
    if (!compose) for (const original of entry.originals) knownOriginals.add(original.toLowerCase())
    const tokens = phrases.get(entry.spun) ?? []
    if (tokens.length === 0) continue
    const indexed = new LazyIndexedEntry(entry, source, tokens, compose, spinner, phrases)
    const surfaceKey = addPrefixes(keyPrefixes, indexed.norms)
    push(bySurface, surfaceKey, indexed)
    // Most entries' lemmas are their spellings: the same key and prefixes, not worth building twice.
    push(byLemma, indexed.lemmas === indexed.norms ? surfaceKey : addPrefixes(keyPrefixes, indexed.lemmas), indexed)
    maxTokens = Math.max(maxTokens, tokens.length)
  }
  // Map iteration order follows insertion order, which follows layer order: sort so the result
  // never depends on the order dictionaries or entries were given in.
  for (const map of [bySurface, byLemma]) for (const list of map.values()) if (list.length > 1) list.sort(compareIndexed)
  return { bySurface, byLemma, maxTokens, keyPrefixes, entryCount: entries.length, knownOriginals }
}

/**
 * An entry as indexed. Its keys are built now; its originals (split, with lemmas) and its parsed
 * `when` only on first use: a restorer matches few of its thousands of entries, and building these
 * for all of them was a fifth of a cold `createRestorer()`. Conditions were checked when the
 * dictionary was validated, so parsing one later cannot throw.
 */
class LazyIndexedEntry implements IndexedEntry {
  readonly norms: readonly string[]
  readonly lemmas: readonly string[]
  readonly spinner?: IndexedEntry['spinner']
  #originals: readonly IndexedOriginal[] | undefined
  #condition: Condition | undefined | null = null

  constructor(
    readonly entry: DictionaryEntry,
    readonly source: string,
    tokens: readonly PhraseToken[],
    readonly compose: boolean,
    spinner: IndexedEntry['spinner'] | undefined,
    private readonly phrases: PhraseAnalysis,
  ) {
    const norms = tokens.map((t) => t.norm)
    this.norms = norms
    this.lemmas = tokens.every((t) => t.lemma === t.norm) ? norms : tokens.map((t) => t.lemma)
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

function push(map: Map<string, IndexedEntry[]>, key: string, entry: IndexedEntry): void {
  const list = map.get(key)
  if (list) list.push(entry)
  else map.set(key, [entry])
}

function compareIndexed(a: IndexedEntry, b: IndexedEntry): number {
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : 0
}

/** Add every leading part of `words` to `prefixes`; returns the whole key (the words joined by spaces). */
function addPrefixes(prefixes: Set<string>, words: readonly string[]): string {
  let key = words[0]!
  prefixes.add(key)
  for (let k = 1; k < words.length; k++) {
    key = `${key} ${words[k]}`
    prefixes.add(key)
  }
  return key
}
