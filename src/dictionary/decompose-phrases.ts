/**
 * Word pairs from tortured-phrase pairs. Paper mills spin terms word by word ("breast cancer" ->
 * "bosom peril"), so a listed phrase whose two sides have the same number of words gives word pairs
 * (bosom -> breast, peril -> cancer) that can restore phrases nobody listed ("bosom tumour"). A single
 * tortured word is usually ordinary English ("peril"), so these pairs get low priors and need support
 * from several listed phrases. Pure functions: the benchmark rebuilds the table per fold. The compound
 * index (compound-index.ts) uses them at run time; `learn/index.ts` re-exports them with the other learning functions.
 */

/** A phrase pair as a dictionary lists it: the spun phrase and its originals, most likely first. */
export interface PhrasePair {
  readonly spun: string
  readonly originals: readonly string[]
}

/** A word pair and how many phrase pairs support it. */
export interface WordPair {
  readonly spun: string
  readonly original: string
  /** Phrase pairs (rows) in which the two words sit at the same position. */
  readonly support: number
  /** Rows whose original side uses the spun word itself (it is a real term there). */
  readonly cleanUses: number
  /** Up to two supporting rows, `spun phrase -> original`, for the note. */
  readonly rows: readonly string[]
}

export interface DecomposeOptions {
  /** Least number of rows supporting a word pair (default 2: one row is one curator's reading). */
  readonly minSupport?: number
  /** Spun words to leave out (lowercase), e.g. single-word entries other dictionaries already have. */
  readonly exclude?: ReadonlySet<string>
}

// Function words carry no spinning in tortured phrases ("flag to clamor proportion": "to" = "to");
// a pair between them would rewrite ordinary text.
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'as', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'not', 'no', 'is', 'are',
  'be', 'its', 'it', 'this', 'that', 'these', 'those', 'their', 'into', 'via', 'per', 'than', 'over', 'under',
])

const WORD = /^\p{Ll}[\p{Ll}'-]*\p{Ll}$/u

const words = (phrase: string): string[] => phrase.toLowerCase().split(/\s+/).filter((w) => w !== '')

/** Same word in another number ("network"/"networks"): not a swap. */
function sameStem(a: string, b: string): boolean {
  const stem = (w: string) => w.replace(/(?:ies|es|s)$/, '')
  return a === b || stem(a) === stem(b)
}

/** The word pairs of one row: positions where aligned same-length phrases hold two different words. */
export function rowWordPairs(row: PhrasePair): [string, string][] {
  const spun = words(row.spun)
  const found = new Map<string, [string, string]>()
  for (const original of row.originals) {
    const orig = words(original)
    if (spun.length < 2 || orig.length !== spun.length) continue
    spun.forEach((s, i) => {
      const o = orig[i]!
      if (sameStem(s, o) || !WORD.test(s) || !WORD.test(o) || FUNCTION_WORDS.has(s) || FUNCTION_WORDS.has(o)) return
      found.set(`${s}\t${o}`, [s, o])
    })
  }
  return [...found.values()]
}

/**
 * Aggregate the word pairs of all rows: each (spun word, original word) with the number of rows
 * supporting it, those below `minSupport` and excluded spun words left out. Sorted by spun word, then
 * support (descending), then original: the same rows in any order give the same result.
 */
export function decomposePhrasePairs(rows: readonly PhrasePair[], options: DecomposeOptions = {}): WordPair[] {
  const minSupport = options.minSupport ?? 2
  const support = new Map<string, { spun: string; original: string; rows: string[] }>()
  const clean = new Map<string, number>()
  for (const row of rows) {
    for (const w of new Set(row.originals.flatMap(words))) clean.set(w, (clean.get(w) ?? 0) + 1)
    for (const [s, o] of rowWordPairs(row)) {
      const key = `${s}\t${o}`
      const item = support.get(key) ?? { spun: s, original: o, rows: [] }
      item.rows.push(`${row.spun} -> ${row.originals[0]}`)
      support.set(key, item)
    }
  }
  const pairs: WordPair[] = []
  for (const item of support.values()) {
    if (item.rows.length < minSupport || options.exclude?.has(item.spun)) continue
    const rowsSorted = [...item.rows].sort()
    pairs.push({ spun: item.spun, original: item.original, support: item.rows.length, cleanUses: clean.get(item.spun) ?? 0, rows: rowsSorted.slice(0, 2) })
  }
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  return pairs.sort((a, b) => byCode(a.spun, b.spun) || b.support - a.support || byCode(a.original, b.original))
}

/**
 * Prior of a word-pair entry: low (at most 0.35), growing with support, falling with the rows that use
 * the spun word as a real term: 0.35 * support / (support + cleanUses + 1). Two supporting rows and no
 * clean use give 0.233; ten give 0.318.
 */
export function wordPairPrior(support: number, cleanUses: number): number {
  return Math.max(0.001, Math.round((350 * support) / (support + cleanUses + 1)) / 1000)
}
