import levenshtein from 'fast-levenshtein'
import { isDeterminerOrPronoun, isFunctionWord } from '../tokenize/function-words.js'
import type { Token } from '../tokenize/tokenize.js'

/**
 * Which aligned differences are plausible spinner swaps. DESIGN section 4: a table mined from every
 * aligned difference made other spun text worse (1 change in 4 right, 70-85 false changes per 1,000
 * clean words), because much of what differs between a copy and its source is not spinning: revisions,
 * house style, reordering, changed figures. Each rule below names one such source of noise.
 */

/** Why an aligned difference was not taken as a swap. */
export type RejectReason =
  /** Words only added or only removed: revisions or dropped text, not a substitution. */
  | 'insert-delete'
  /** Longer than `maxRegionTokens` on either side: a rewritten clause. */
  | 'too-long'
  /** Touches punctuation or symbols: quotes, dashes and full stops change with house style. */
  | 'punctuation'
  /** A figure changed (a revision), or digits on one side only where the original has them. */
  | 'number'
  /** A figure written out in words ("seven,554" for "7,554"): needs a pattern, not a fixed entry. */
  | 'number-spelling'
  /**
   * A name changed, not a word swapped: both sides capitalized words that share nothing and are not
   * also seen as ordinary lowercase words, or a capitalized word where the original had none (a
   * spinner keeps the original's casing).
   */
  | 'name'
  /** The words moved within the sentence rather than being replaced. */
  | 'reordering'
  /** Same word in another inflection, spelling, casing or contraction ("says"/"said", "favour"/"favor"). */
  | 'same-word'
  /**
   * One side only articles and pronouns ("the"/"a", "an important"/"a"), or one short function word
   * for another ("in"/"on"): edits or alignment slips, not thesaurus swaps.
   */
  | 'function-words'

export const REJECT_REASONS: readonly RejectReason[] = [
  'insert-delete', 'too-long', 'punctuation', 'number', 'number-spelling', 'name', 'reordering', 'same-word', 'function-words',
]

/**
 * True for a short function word ("of", "to", "is", "will"): a swap between two of these ("of" ->
 * "to") is an edit or an alignment slip, and a phrase holding one ("due to" / "because of") does not
 * split word for word.
 */
export function isCoreFunctionWord(token: Token): boolean {
  return isFunctionWord(token.norm)
}

const NUMBER_WORDS = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)$/

const HAS_LETTER = /\p{L}/u
const HAS_DIGIT = /\p{N}/u

/** True for a clitic token that belongs to the word before it ("'ve", "n't", "'s"). */
export function isClitic(token: Token): boolean {
  return /^(?:'|n't$)/.test(token.norm)
}

/** Capitalized, or an acronym: the token keeps its casing in a mined entry when not sentence-initial. */
export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text)
}

/** Words that count for the reordering test: letters, not a function word. */
function isContent(token: Token): boolean {
  return HAS_LETTER.test(token.norm) && !isCoreFunctionWord(token)
}

/** The same word written another way: same lemmas, same letters, or one letter apart in a long word. */
export function isSameWord(original: readonly Token[], spun: readonly Token[]): boolean {
  const lemmas = (side: readonly Token[]) => side.map((t) => t.lemma).join(' ')
  // Hyphens and apostrophes are house style ("wellbeing", "well-being"); a space is not: "with out"
  // for "without" is the spinner's.
  const letters = (side: readonly Token[]) => side.map((t, i) => (i > 0 && side[i - 1]!.end !== t.start ? ' ' : '') + t.norm).join('').replace(/[-'\u2010\u2011]/g, '')
  if (lemmas(original) === lemmas(spun) || letters(original) === letters(spun)) return true
  const a = letters(original)
  const b = letters(spun)
  return original.length === 1 && spun.length === 1 && Math.min(a.length, b.length) >= 5 && levenshtein.get(a, b) <= 1
}

function numberReason(original: readonly Token[], spun: readonly Token[]): RejectReason | undefined {
  const digits = (side: readonly Token[]) => side.filter((t) => HAS_DIGIT.test(t.norm)).map((t) => t.norm).join(' ')
  const a = digits(original)
  const b = digits(spun)
  if (a === '' || a === b) return undefined // digits only on the spun side: "12 months" for "year"
  return spun.some((t) => NUMBER_WORDS.test(t.norm)) ? 'number-spelling' : 'number'
}

/**
 * Check one aligned difference (`original` side -> `spun` side) inside its sentence pair; returns the
 * reason to reject it, or `undefined` for a plausible swap. `initial` tells which tokens start a
 * sentence (their capital says nothing about names).
 */
export function rejectReason(
  original: readonly Token[],
  spun: readonly Token[],
  moves: SentenceMoves,
  maxTokens: number,
  initial: (token: Token) => boolean,
  isWord: (norm: string) => boolean,
): RejectReason | undefined {
  if (original.length === 0 || spun.length === 0) return 'insert-delete'
  if (original.length > maxTokens || spun.length > maxTokens) return 'too-long'
  const number = numberReason(original, spun)
  if (number) return number
  if ([...original, ...spun].some((t) => !t.editable || (!HAS_LETTER.test(t.norm) && !HAS_DIGIT.test(t.norm) && !/^[-/&]$/.test(t.norm)))) return 'punctuation'
  if (isSameWord(original, spun)) return 'same-word'
  const only = (side: readonly Token[], test: (t: Token) => boolean) => side.every(test)
  if (only(original, (t) => isDeterminerOrPronoun(t.norm)) || only(spun, (t) => isDeterminerOrPronoun(t.norm))) return 'function-words'
  // Between single short function words ("in" -> "on"); "were" -> "had been" stays (a common spinner swap).
  if (original.length === 1 && spun.length === 1 && isCoreFunctionWord(original[0]!) && isCoreFunctionWord(spun[0]!)) return 'function-words'
  if (nameReason(original, spun, initial, isWord)) return 'name'
  if (isReordering(original, spun, moves)) return 'reordering'
  return undefined
}

/** A capitalized word not at a sentence start: part of a name. */
function isNamed(token: Token, initial: (token: Token) => boolean): boolean {
  return HAS_LETTER.test(token.norm) && isCapitalized(token) && !initial(token)
}

/**
 * True when the difference changes a name rather than damaging one. A spinner keeps the casing of
 * what it replaces, so a capitalized spun word where the original side has none is a revision
 * ("he" -> "Peskov"); two capitalized sides that share no word are a name change unless every spun
 * word is also used as an ordinary lowercase word ("Information Technology" -> "Facts Engineering").
 */
function nameReason(original: readonly Token[], spun: readonly Token[], initial: (token: Token) => boolean, isWord: (norm: string) => boolean): boolean {
  const spunNamed = spun.filter((t) => isNamed(t, initial))
  if (spunNamed.length === 0) return false
  // Short acronyms ("TV" for "television") are spinner vocabulary, not names.
  if (!original.some((t) => isNamed(t, initial))) return spunNamed.some((t) => !/^\p{Lu}{2,5}$/u.test(t.text))
  const allNamed = (side: readonly Token[]) => side.filter((t) => HAS_LETTER.test(t.norm)).every((t) => isNamed(t, initial))
  const shared = original.some((a) => spun.some((b) => a.norm === b.norm))
  return allNamed(original) && allNamed(spun) && !shared && !spunNamed.every((t) => isWord(t.norm))
}

/** Words only removed from the original sentence, and words only added in the spun one (delete/insert steps). */
export interface SentenceMoves {
  readonly deleted: ReadonlySet<string>
  readonly inserted: ReadonlySet<string>
}

/**
 * Words moved rather than swapped: the two sides hold the same words in another order, or a word on
 * one side was dropped (or added) elsewhere in the sentence, so the diff shows a move as a swap.
 * A word swapped elsewhere in the same sentence does not count: spinners are not consistent.
 */
function isReordering(original: readonly Token[], spun: readonly Token[], moves: SentenceMoves): boolean {
  const bag = (side: readonly Token[]) => side.map((t) => t.norm).sort().join(' ')
  if (bag(original) === bag(spun)) return true
  return spun.some((t) => isContent(t) && moves.deleted.has(t.norm)) || original.some((t) => isContent(t) && moves.inserted.has(t.norm))
}
