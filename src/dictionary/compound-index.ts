/**
 * What composing unlisted phrases needs (issue 5, item 5): the word pairs the listed phrase entries
 * decompose into ("bosom peril" / "breast cancer" gives bosom -> breast and peril -> cancer), and the
 * multi-word originals those entries list ("breast cancer"), which say which compounds exist. A phrase
 * nobody listed ("bosom malignancy") is restored only when its words map, each through such a pair or
 * kept as written, onto a listed original: the list is the prior for which compounds are real.
 * Built from the entries in use, so a disabled entry teaches nothing.
 */
import { isFunctionWord } from '../tokenize/function-words.js'
import type { PhraseToken } from './analyze-phrases.js'
import { decomposePhrasePairs, wordPairPrior } from './decompose-phrases.js'
import { EncodedMap, encodeMap, splitKeys } from './encoded-map.js'
import type { DictionaryEntry } from './types.js'

/** An original word for a spun word, from the phrase entries. */
export interface WordOriginal {
  readonly word: string
  /** Prior of the pair on its own (`wordPairPrior`): low, growing with the rows that support it. */
  readonly prior: number
}

/** A multi-word original some entry lists. */
export interface KnownCompound {
  /** Lowercase tokens, as the tokenizer splits the original ("alzheimer", "'s", "disease"). */
  readonly words: readonly string[]
  /** The original as the entry writes it. */
  readonly text: string
  /** Dictionary and id of the entry listing it (the smallest name, then id, where several do). */
  readonly source: string
  readonly entryId: string
}

export interface CompoundIndex {
  /** Spun word (lowercase) -> its original words, most likely first. */
  readonly wordOriginals: ReadonlyMap<string, readonly WordOriginal[]>
  /** `compoundKey(first word, second word)` -> the known compounds starting so, in text order. */
  readonly compoundsByStart: ReadonlyMap<string, readonly KnownCompound[]>
  /** Longest known compound, in tokens. */
  readonly maxWords: number
  /**
   * Spun word (lowercase) -> the number of phrase entries in which it stands for another word (it is on
   * the spun side and in none of the entry's originals): how often paper mills use it as a substitute.
   * Read by the judge of unlisted suspects (candidates/suspect-phrases.ts).
   */
  readonly replaced: ReadonlyMap<string, number>
  /** Multi-word phrase entries the index was built from: the denominator of `replaced`. */
  readonly phraseRows: number
}

// Longer originals are rare in the lists and would only widen the windows searched. Counted in
// tokens: "k-means clustering" is four ("k", "-", "means", "clustering").
const MAX_COMPOUND_WORDS = 5
// Original words kept per spun word: the pairs behind the rest have weak support.
const ORIGINALS_PER_WORD = 4
const WORDS = /^[\p{Ll}\p{N}'-]+(?: [\p{Ll}\p{N}'-]+)+$/u
// A word counted in `replaced`: letters only (numbers, punctuation and clitics are no one's synonym).
const WORD = /^\p{Ll}+$/u

/**
 * Key of `compoundsByStart`. Two words, so that a lookup stays small however many compounds share a
 * first word (a list can hold thousands of "<word> <number>" originals).
 */
export function compoundKey(firstWord: string, secondWord: string): string {
  return `${firstWord} ${secondWord}`
}

/**
 * Index the word pairs and multi-word originals of the phrase entries of non-`compose` dictionaries.
 * `phrases` holds the tokens of every spun form and original (the match index's analysis): pairs and
 * compounds are read in tokens, as text is, so "k-infers bunching" / "k-means clustering" gives
 * infers -> means, and "Alzheimer's disease" is found in text as the three tokens it is.
 */
export function buildCompoundIndex(
  entries: readonly { readonly entry: DictionaryEntry; readonly source: string }[], phrases: ReadonlyMap<string, readonly PhraseToken[]>,
): CompoundIndex {
  const tokensOf = (phrase: string): string => phrases.get(phrase)?.map((t) => t.norm).join(' ') ?? phrase.toLowerCase()
  const compounds = new Map<string, KnownCompound>()
  const rows: { spun: string; originals: readonly string[] }[] = []
  const replaced = new Map<string, number>()
  for (const { entry, source } of entries) {
    if (entry.spun.includes(' ')) {
      const row = { spun: tokensOf(entry.spun), originals: entry.originals.map(tokensOf) }
      rows.push(row)
      const kept = new Set(row.originals.flatMap((o) => o.split(' ')))
      for (const word of new Set(row.spun.split(' '))) if (!kept.has(word) && WORD.test(word)) replaced.set(word, (replaced.get(word) ?? 0) + 1)
    }
    for (const text of entry.originals) {
      const lower = tokensOf(text)
      if (!WORDS.test(lower)) continue
      const words = lower.split(' ')
      // A term ("breast cancer"), not a phrase of grammar ("he will", "each other"): those are
      // everywhere in clean text, and one word pair away from many ordinary phrases. A possessive
      // belongs to a term's name ("Alzheimer's disease") and does not make it grammar.
      if (words.length > MAX_COMPOUND_WORDS || words.some((w) => w !== "'s" && isFunctionWord(w))) continue
      const earlier = compounds.get(lower)
      if (!earlier || source < earlier.source || (source === earlier.source && entry.id < earlier.entryId)) compounds.set(lower, { words, text, source, entryId: entry.id })
    }
  }
  const compoundsByStart = new Map<string, KnownCompound[]>()
  let maxWords = 0
  for (const lower of [...compounds.keys()].sort()) {
    const compound = compounds.get(lower)!
    const key = compoundKey(compound.words[0]!, compound.words[1]!)
    const list = compoundsByStart.get(key)
    if (list) list.push(compound)
    else compoundsByStart.set(key, [compound])
    maxWords = Math.max(maxWords, compound.words.length)
  }
  const wordOriginals = new Map<string, WordOriginal[]>()
  // One supporting row is enough here: a pair is only used inside a listed compound. The pairs come
  // sorted (spun word, support, original) whatever the order of the rows.
  for (const pair of decomposePhrasePairs(rows, { minSupport: 1 })) {
    const list = wordOriginals.get(pair.spun) ?? []
    if (list.length < ORIGINALS_PER_WORD) list.push({ word: pair.original, prior: wordPairPrior(pair.support, pair.cleanUses) })
    wordOriginals.set(pair.spun, list)
  }
  return { wordOriginals, compoundsByStart, maxWords, replaced: new Map([...replaced].sort((a, b) => (a[0] < b[0] ? -1 : 1))), phraseRows: rows.length }
}

// Compact text form of a compound index, for the built-in dictionaries' copy that `npm run build:dict`
// writes into the generated module: rebuilding the index from the entries (phrase pairs decomposed
// and counted) was a quarter of a cold `createRestorer()`, and parsing it all back as JSON was a
// quarter of a cold first restore. Read back, each map reads its keys and decodes a key's value when
// first asked for (`EncodedMap`). Sections are split by SECTION, a value's items by ITEM
// and an item's fields by FIELD; dictionary text holds none of these control characters.
const SECTION = '\u0004'
const ITEM = '\u0002'
const FIELD = '\u0001'

/** `index` as text (`decodeCompoundIndex` reads it back), in the maps' own order. */
export function encodeCompoundIndex(index: CompoundIndex): string {
  return [
    `${index.maxWords}${FIELD}${index.phraseRows}`,
    ...encodeMap(index.wordOriginals, (originals) => originals.map((o) => `${o.word}${FIELD}${o.prior}`).join(ITEM)),
    ...encodeMap(index.compoundsByStart, (compounds) => compounds.map((c) => [c.words.join(' '), c.text, c.source, c.entryId].join(FIELD)).join(ITEM)),
    ...encodeMap(index.replaced, String),
  ].join(SECTION)
}

/** The compound index `encodeCompoundIndex` wrote. */
export function decodeCompoundIndex(text: string): CompoundIndex {
  const [counts, originalKeys, originalRows, compoundKeys, compoundRows, replacedKeys, replacedRows] = text.split(SECTION) as [string, string, string, string, string, string, string]
  const [maxWords, phraseRows] = counts.split(FIELD).map(Number) as [number, number]
  return {
    wordOriginals: new EncodedMap(() => splitKeys(originalKeys), () => originalRows, (row) =>
      items(row).map((item) => {
        const [word, prior] = item.split(FIELD) as [string, string]
        return { word, prior: Number(prior) }
      }),
    ),
    compoundsByStart: new EncodedMap(() => splitKeys(compoundKeys), () => compoundRows, (row) =>
      items(row).map((item) => {
        const [words, text, source, entryId] = item.split(FIELD) as [string, string, string, string]
        return { words: words.split(' '), text, source, entryId }
      }),
    ),
    maxWords,
    replaced: new EncodedMap(() => splitKeys(replacedKeys), () => replacedRows, Number),
    phraseRows,
  }
}

function items(row: string): string[] {
  return row === '' ? [] : row.split(ITEM)
}
