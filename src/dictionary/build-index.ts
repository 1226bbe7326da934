import { analyzePhrases, phrasesOf, type PhraseAnalysis, type PhraseToken } from './analyze-phrases.js'
import { precomputedAnalysis, precomputedCompounds, prebuiltIndex } from './builtin.js'
import type { RestoreWarning } from '../types.js'
import { buildCompoundIndex, type CompoundIndex } from './compound-index.js'
import { spunKey } from './entry-id.js'
import { isDatabaseChannel } from './read-forward.js'
import { addKeyPrefixes, addToList, LazyIndexedEntry, sortLists, type IndexedEntry, type MatchIndex } from './indexed-entry.js'
import type { Dictionary, DictionaryEntry } from './types.js'

export type { IndexedEntry, IndexedOriginal, MatchIndex } from './indexed-entry.js'

/**
 * Merge dictionary layers and index them. Later layers win on the same spun form (a warning says
 * which entry was shadowed), except that a spinner database's entry stands beside the other layers'
 * entries of its form instead (`ChosenEntry.database`); `disable` removes dictionaries by name and entries by id.
 */
export function buildMatchIndex(
  layers: readonly Dictionary[], disable: readonly string[] = [], options: IndexOptions = {},
): { index: MatchIndex; warnings: RestoreWarning[] } {
  const disabled = new Set(disable)
  const warnings: RestoreWarning[] = layers.flatMap((d) => d.warnings)
  // The built-in dictionaries as they ship come with their index (and compound index) prebuilt by
  // `npm run build:dict`: no entry to choose, no phrase to tokenize, nothing to warn about.
  const prebuilt = prebuiltIndex(layers, disabled)
  if (prebuilt) return { index: withCompounds(prebuilt, options.composeCompounds ? precomputedCompounds(layers, disabled) : undefined), warnings }
  const named = new Set<string>()
  const chosen = new Map<string, ChosenEntry[]>()
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
      const database = isDatabaseChannel(dictionary.spinner)
      const kept: ChosenEntry[] = []
      for (const earlier of chosen.get(key) ?? []) {
        if (database && !earlier.database) kept.push(earlier)
        else if (earlier.source !== dictionary.name) {
          warnings.push({
            code: 'shadowed-entry',
            message: `entry "${earlier.entry.id}" of "${earlier.source}" is shadowed by "${entry.id}" of "${dictionary.name}" (same spun form "${entry.spun}")`,
            source: earlier.source,
            entryId: earlier.entry.id,
          })
        }
      }
      const emission = dictionary.spinner?.emissions.get(key)
      kept.push({ entry, source: dictionary.name, compose: dictionary.compose, database, ...(emission ? { spinner: { channel: dictionary.spinner!, emission } } : {}) })
      chosen.set(key, kept)
    }
  }
  // A name that matches nothing is most likely a typo or a stale id: say so rather than restore
  // what the caller meant to leave out.
  for (const name of disabled) {
    if (!named.has(name)) warnings.push({ code: 'unknown-disable', message: `\`disable\` names "${name}", which is neither a dictionary name nor an entry id of the layers given` })
  }
  const entries = [...chosen.values()].flat()
  // Layers that all came analysed (the built-in ones) hold every phrase of their entries: no copy,
  // nothing to tokenize.
  const phrases = allAnalysed ? analysis : analyzePhrases(phrasesOf(entries.map((e) => e.entry)), analysis)
  const indexed = indexEntries(entries, phrases)
  const compounds = options.composeCompounds ? () => buildCompoundIndex(entries.filter((e) => !e.compose), phrases) : undefined
  return { index: withCompounds(indexed, compounds), warnings }
}

/** `indexed` with its compound index, built (or decoded) on the first document that looks for a compound. */
function withCompounds(indexed: Omit<MatchIndex, 'compounds'>, compounds: (() => CompoundIndex) | undefined): MatchIndex {
  if (compounds === undefined) return { ...indexed, compounds: undefined }
  let built: CompoundIndex | undefined
  return Object.defineProperty({ ...indexed }, 'compounds', { enumerable: true, get: () => (built ??= compounds()) }) as MatchIndex
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
  /**
   * From a spinner database. Its entries stand beside the other layers' entries of the same spun form:
   * the database models one spinner, the built-in tables others, and a text the database's spinner did
   * not spin is still judged by them (its rate holds its own options). Shadowing them instead lost the
   * built-ins' work on news-dev with a broad database that matches none of its farms (ERR 0.38 against
   * 0.49 for the built-ins alone; 0.45 beside them). A later layer that is not a database still shadows
   * both; a later database shadows an earlier database's entry.
   */
  readonly database: boolean
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
    const norms = tokens.map((t) => t.norm)
    // Most entries' lemmas are their spellings: the same key and prefixes, not worth building twice.
    const lemmas = tokens.every((t) => t.lemma === t.norm) ? norms : tokens.map((t) => t.lemma)
    const indexed = new LazyIndexedEntry(entry, source, norms, lemmas, compose, spinner, phrases)
    const surfaceKey = norms.join(' ')
    addKeyPrefixes(keyPrefixes, surfaceKey)
    addToList(bySurface, surfaceKey, indexed)
    const lemmaKey = lemmas === norms ? surfaceKey : lemmas.join(' ')
    if (lemmaKey !== surfaceKey) addKeyPrefixes(keyPrefixes, lemmaKey)
    addToList(byLemma, lemmaKey, indexed)
    maxTokens = Math.max(maxTokens, tokens.length)
  }
  sortLists(bySurface)
  sortLists(byLemma)
  return { bySurface, byLemma, maxTokens, keyPrefixes, entryCount: entries.length, knownOriginals }
}

