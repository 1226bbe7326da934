import type { IndexedEntry, MatchIndex } from '../dictionary/build-index.js'
import type { Token } from '../tokenize/tokenize.js'

/** A dictionary entry found at word tokens `[first, last]` (indices into `FoundMatches.words`). */
export interface Match {
  readonly first: number
  readonly last: number
  readonly entry: IndexedEntry
  /** True when the input spells the entry's spun form exactly (ignoring case); false for a lemma match. */
  readonly exact: boolean
}

export interface FoundMatches {
  readonly matches: readonly Match[]
  /** The input's tokens without whitespace tokens; what `Match.first`/`last` index. */
  readonly words: readonly Token[]
}

// Words of a phrase may be separated by spaces (any Unicode space separator: NBSP, thin and
// ideographic spaces...) or tabs, never by a line break or other characters.
const PHRASE_GAP = /^[\t\p{Zs}]*$/u

/**
 * Every entry whose spun form occurs in the token stream, longest windows first at each position.
 * A window spans editable tokens of one sentence and one line. With `byLemma` off, only exact
 * spellings match (no re-inflection).
 */
export function findMatches(text: string, tokens: readonly Token[], index: MatchIndex, byLemma = true): FoundMatches {
  const matches: Match[] = []
  const words = tokens.filter((t) => t.pos !== 'SPACE')
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!
    if (!first.editable || !(index.firstWords.has(first.norm) || (byLemma && index.firstWords.has(first.lemma)))) continue
    if (isJoinedTo(text, words[i - 1], first)) continue
    const width = windowWidth(text, words, i, index.maxTokens)
    for (let n = width; n >= 1; n--) {
      // A window may not end inside a compound: "with out" is not in "with out-of-the-box".
      if (isJoinedTo(text, words[i + n - 1], words[i + n])) continue
      const window = words.slice(i, i + n)
      const surfaceKey = window.map((t) => t.norm).join(' ')
      const exact = index.bySurface.get(surfaceKey) ?? []
      for (const entry of exact) if (posAllows(entry, window)) matches.push({ first: i, last: i + n - 1, entry, exact: true })
      if (!byLemma) continue
      for (const entry of index.byLemma.get(window.map((t) => t.lemma).join(' ')) ?? []) {
        if (!exact.includes(entry) && posAllows(entry, window)) matches.push({ first: i, last: i + n - 1, entry, exact: false })
      }
    }
  }
  return { matches, words }
}

const JOINER = /^(?:[-\u2010\u2011\u2013/&]|_+)$/

/** Whether `a` and `b` touch and one of them is a compound joiner ("out" + "-" in "out-of-the-box"). */
function isJoinedTo(text: string, a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start && (JOINER.test(a.text) || JOINER.test(b.text))
}

/** How many tokens from `i` can form one phrase window. */
function windowWidth(text: string, words: readonly Token[], i: number, max: number): number {
  let n = 1
  while (n < max && i + n < words.length) {
    const previous = words[i + n - 1]!
    const next = words[i + n]!
    if (!continuesPhrase(text, previous, next)) break
    n++
  }
  return n
}

/** Whether `next` may follow `previous` inside one phrase: editable, same sentence, only spaces between. */
export function continuesPhrase(text: string, previous: Token, next: Token): boolean {
  return next.editable && next.sentence === previous.sentence && PHRASE_GAP.test(text.slice(previous.end, next.start))
}

function posAllows(entry: IndexedEntry, window: readonly Token[]): boolean {
  const pos = entry.entry.pos
  return pos === undefined || window.length !== 1 || window[0]!.pos === pos
}
