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
// ideographic spaces...) or tabs, and by one line break, as in hard-wrapped text; never by a blank
// line or other characters (a list marker or table bar on the next line stops the phrase).
const PHRASE_GAP = /^[\t\p{Zs}]*(?:\r?\n[\t\p{Zs}]*)?$/u

/**
 * Every entry whose spun form occurs in the token stream, longest windows first at each position.
 * A window spans editable tokens of one sentence, across line breaks but not blank lines. With `byLemma` off, only exact
 * spellings match (no re-inflection).
 */
export function findMatches(text: string, tokens: readonly Token[], index: MatchIndex, byLemma = true): FoundMatches {
  const matches: Match[] = []
  const words = tokens.filter((t) => t.pos !== 'SPACE')
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!
    if (!first.editable || !(index.keyPrefixes.has(first.norm) || (byLemma && index.keyPrefixes.has(first.lemma)))) continue
    if (isJoinedTo(text, words[i - 1], first)) continue
    // The keys of every window starting here, built once each: common first words ("a", "the") start
    // many listed phrases, and rebuilding each window's key from its tokens made this quadratic.
    const surfaceKeys = windowKeys(text, words, i, index.maxTokens, 'norm', index.keyPrefixes)
    const lemmaKeys = byLemma ? windowKeys(text, words, i, index.maxTokens, 'lemma', index.keyPrefixes) : NO_KEYS
    for (let n = Math.max(surfaceKeys.length, lemmaKeys.length); n >= 1; n--) {
      // A window may not end inside a compound: "with out" is not in "with out-of-the-box".
      if (isJoinedTo(text, words[i + n - 1], words[i + n])) continue
      const surfaceKey = surfaceKeys[n - 1]
      const lemmaKey = lemmaKeys[n - 1]
      const exact = (surfaceKey !== undefined && index.bySurface.get(surfaceKey)) || NONE
      for (const entry of exact) if (posAllows(entry, n, first)) matches.push({ first: i, last: i + n - 1, entry, exact: true })
      if (lemmaKey === undefined) continue
      for (const entry of index.byLemma.get(lemmaKey) ?? NONE) {
        if (!exact.includes(entry) && posAllows(entry, n, first)) matches.push({ first: i, last: i + n - 1, entry, exact: false })
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

/** Whether `next` may follow `previous` inside one phrase: editable, same sentence, only spaces between. */
export function continuesPhrase(text: string, previous: Token, next: Token): boolean {
  if (!next.editable || next.sentence !== previous.sentence) return false
  // Most gaps are one space or none: answered without cutting the gap out of the text.
  const gap = next.start - previous.end
  if (gap === 0 || (gap === 1 && text.charCodeAt(previous.end) === 32)) return true
  return PHRASE_GAP.test(text.slice(previous.end, next.start))
}

const NONE: readonly IndexedEntry[] = []
const NO_KEYS: readonly string[] = []

/**
 * Keys of the windows of 1..`max` words from `start` (the words' `field` joined by spaces), up to the
 * first that begins no dictionary key (no longer window can match past it) or the first word that
 * cannot continue the phrase (`continuesPhrase`). The phrase is followed only as far as a key
 * needs: most windows stop at their first or second word, long before `max`.
 */
function windowKeys(text: string, words: readonly Token[], start: number, max: number, field: 'norm' | 'lemma', prefixes: ReadonlySet<string>): string[] {
  const keys: string[] = []
  let key = ''
  for (let k = 0; k < max && start + k < words.length; k++) {
    if (k > 0 && !continuesPhrase(text, words[start + k - 1]!, words[start + k]!)) break
    key = k === 0 ? words[start]![field] : `${key} ${words[start + k]![field]}`
    if (!prefixes.has(key)) break
    keys.push(key)
  }
  return keys
}

/** An entry's part of speech, if it has one, must be the tag of a one-word window's word. */
function posAllows(entry: IndexedEntry, width: number, first: Token): boolean {
  const pos = entry.entry.pos
  return pos === undefined || width !== 1 || first.pos === pos
}
