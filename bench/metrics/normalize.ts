/**
 * Scoring tokenizer (DESIGN section 6): lowercase, curly quotes made straight, contractions expanded,
 * words and punctuation as separate tokens. Numbers such as `7,554` or `20.88` and hyphenated words such
 * as `well-known` stay one token. The clitic `'s` stays as its own token `'s` (possessive or "is" alike).
 */

/** A scoring token with its `[start, end)` range in the input string (UTF-16 code units). */
export interface OffsetToken {
  /** Normalized token text. */
  readonly token: string
  /** Start offset in the input (inclusive). */
  readonly start: number
  /** End offset in the input (exclusive). */
  readonly end: number
}

/**
 * One raw token: a number with inner `.`/`,` groups, or a word with inner `-`/`'` joints, or any single
 * non-space character (punctuation, symbols). Letters, marks and digits all count as word characters.
 */
const RAW_TOKEN =
  /\p{N}+(?:[.,]\p{N}+)+(?:[-'][\p{L}\p{M}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:[-'][\p{L}\p{M}\p{N}]+)*|\S/gu

/** Single-character quote variants mapped to their straight form (same length, so offsets hold). */
const QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
}
const QUOTE_RE = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u201C\u201D\u201E\u201F\u2033]/g

/** Whole-word contractions whose stem changes when expanded. */
const IRREGULAR: Readonly<Record<string, readonly [string, string, number]>> = {
  // word: [first token, second token, length of the first token's source span]
  "won't": ['will', 'not', 2],
  "can't": ['can', 'not', 2],
  cannot: ['can', 'not', 3],
}

/** Clitic suffixes and their expansions, longest first. `'s` is kept as its own token. */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ["n't", 'not'], ["'re", 'are'], ["'ve", 'have'], ["'ll", 'will'], ["'m", 'am'], ["'d", 'would'], ["'s", "'s"],
]

/** Replace curly quotes and apostrophes with straight ones (length-preserving). */
export function straightenQuotes(text: string): string {
  return text.replace(QUOTE_RE, (q) => QUOTES[q] ?? q)
}

/** Split one lowercased raw word into scoring tokens (contraction expansion). */
function expand(word: string, start: number, end: number, out: OffsetToken[]): void {
  const irregular = IRREGULAR[word]
  if (irregular) {
    const [first, second, cut] = irregular
    out.push({ token: first, start, end: start + cut }, { token: second, start: start + cut, end })
    return
  }
  for (const [suffix, expansion] of SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const cut = end - suffix.length
      expand(word.slice(0, word.length - suffix.length), start, cut, out)
      out.push({ token: expansion, start: cut, end })
      return
    }
  }
  out.push({ token: word, start, end })
}

/**
 * Tokenize for scoring, keeping each token's source range. Expanded contractions split their source
 * range: `don't` gives `do` over `don` ... `not` over `n't` (`do` [0,2), `not` [2,5)).
 */
export function scoreTokensWithOffsets(text: string): OffsetToken[] {
  const straight = straightenQuotes(text)
  const out: OffsetToken[] = []
  for (const m of straight.matchAll(RAW_TOKEN)) {
    const start = m.index
    const end = start + m[0].length
    expand(m[0].toLowerCase(), start, end, out)
  }
  return out
}

/** Tokenize for scoring (see module doc): `"They won't go."` -> `they will not go .` */
export function scoreTokens(text: string): string[] {
  return scoreTokensWithOffsets(text).map((t) => t.token)
}

/** True when a scoring token is a word (contains a letter or a digit), not punctuation. */
export function isWordToken(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token)
}
