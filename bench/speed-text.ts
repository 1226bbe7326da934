/**
 * Input text for the speed benchmark: Brown texts, alternately clean and spun. The spun variant is made
 * by applying the dictionaries in reverse (each entry's first original replaced by its spun form,
 * longest phrase first, left to right), so it holds exactly the kind of swaps the restorer looks for.
 */
import type { Dictionary } from '../src/index.js'
import { WORD_WITHOUT_MARKS } from '../src/tokenize/split-words.js'

/** Original phrase (lowercased words joined by one space) -> spun form. */
export interface ReverseMap {
  readonly map: ReadonlyMap<string, string>
  /** Longest key, in words. */
  readonly maxWords: number
}

function wordsOf(text: string): string[] {
  return [...text.matchAll(WORD_WITHOUT_MARKS)].map((m) => m[0].toLowerCase())
}

/**
 * Build the reverse table: for every entry (dictionaries in layer order, entries by id) its first
 * original -> its spun form; the first entry to claim an original keeps it. Originals that are not
 * plain space-separated words (punctuation, acronyms in brackets) are left out.
 */
export function reverseMap(dictionaries: readonly Dictionary[]): ReverseMap {
  const map = new Map<string, string>()
  let maxWords = 0
  for (const dictionary of dictionaries) {
    const entries = [...dictionary.entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    for (const entry of entries) {
      const original = entry.originals[0]
      if (original === undefined) continue
      const words = wordsOf(original)
      const key = words.join(' ')
      if (words.length === 0 || key !== original.toLowerCase() || map.has(key)) continue
      map.set(key, entry.spun)
      maxWords = Math.max(maxWords, words.length)
    }
  }
  return { map, maxWords }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/**
 * Replace every original in `text` with its spun form (words separated by single spaces only,
 * longest match first, matches do not overlap). A capitalized first word gives a capitalized spun form.
 * Returns the spun text and the number of swaps made.
 */
export function spinText(text: string, reverse: ReverseMap): { text: string; swaps: number } {
  const tokens = [...text.matchAll(WORD_WITHOUT_MARKS)].map((m) => ({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() }))
  let out = ''
  let cursor = 0
  let swaps = 0
  for (let i = 0; i < tokens.length; ) {
    let matched = 0
    let spun = ''
    let key = ''
    for (let n = 1; n <= reverse.maxWords && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1]!
      if (n > 1 && text.slice(tokens[i + n - 2]!.end, t.start) !== ' ') break
      key = n === 1 ? t.lower : `${key} ${t.lower}`
      const hit = reverse.map.get(key)
      if (hit !== undefined) {
        matched = n
        spun = hit
      }
    }
    if (matched === 0) {
      i++
      continue
    }
    const first = tokens[i]!
    const upper = first.lower !== text.slice(first.start, first.end) && /^\p{Lu}/u.test(text.slice(first.start))
    out += text.slice(cursor, first.start) + (upper ? capitalize(spun) : spun)
    cursor = tokens[i + matched - 1]!.end
    swaps++
    i += matched
  }
  return { text: out + text.slice(cursor), swaps }
}

/** The longest prefix of `text` ending at a paragraph break with at least `bytes` UTF-8 bytes (all of it if shorter). */
export function cutAt(text: string, bytes: number): string {
  let end = 0
  let size = 0
  while (size < bytes) {
    const next = text.indexOf('\n\n', end + 1)
    if (next < 0) return text
    size += Buffer.byteLength(text.slice(end, next))
    end = next
  }
  return text.slice(0, end)
}

/**
 * Join texts into one document, alternately clean and spun (even positions clean when `spunFirst` is
 * false). Returns the document and the number of swaps in it.
 */
export function mixTexts(texts: readonly string[], reverse: ReverseMap, spunFirst = false): { text: string; swaps: number } {
  let swaps = 0
  const parts = texts.map((t, i) => {
    if ((i % 2 === 1) === spunFirst) return t
    const spun = spinText(t, reverse)
    swaps += spun.swaps
    return spun.text
  })
  return { text: parts.join('\n\n'), swaps }
}
