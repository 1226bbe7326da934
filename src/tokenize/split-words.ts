/**
 * Words of a string found by pattern, where running the wink-nlp tokenizer (`tokenize.ts`) is too
 * heavy or beside the point: a `when` condition and the document it is evaluated on, a phrase as the
 * language model reads it, the forward spinner's input. The splitters live together so that they
 * agree where they must and differ only where they say why:
 *
 * - `splitWords`: words only, for `when` conditions (query and document split alike). A word is a
 *   run of letters, digits and combining marks; inner apostrophes and hyphens stay inside it
 *   ("don't", "mimic-iii"), leading and trailing ones do not.
 * - `WORD_WITHOUT_MARKS`: the same words, except that a combining mark is not a word character, so a
 *   decomposed "cafe\u0301" is the word "cafe". The forward spinner (src/spinner/spin.ts) and the
 *   benchmarks' word counts use it as they always have: counting marks would move the swaps of
 *   seeded spins, and with them the pairs the tests and benchmarks are built on.
 * - `splitTokenWords`: the tokenizer's tokens (punctuation included, clitics split), for the language
 *   model, which was trained on them.
 */

/** Words of `letters` (a character class body), joined by an inner apostrophe (straight or curly) or hyphen. */
const wordPattern = (letters: string): RegExp => new RegExp(`[${letters}]+(?:['\u2019-][${letters}]+)*`, 'gu')

/**
 * A word: letters, digits and combining marks, with inner apostrophes and hyphens. Global: use it
 * with `match`, `matchAll`, `replace` or `split`, which start from the beginning, not with `exec` or `test`.
 */
export const WORD = wordPattern('\\p{L}\\p{N}\\p{M}')

/** `WORD` without combining marks: the forward spinner's words (see the module comment). Global, like `WORD`. */
export const WORD_WITHOUT_MARKS = wordPattern('\\p{L}\\p{N}')

/** The words (`WORD`) of `text`, in order. Conditions pass text already lower-cased and normalized. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? []
}

const CLITIC = /^(.+?)(n't|'(?:s|re|ve|ll|d|m))$/i
const PUNCTUATION = /([^\p{L}\p{N}'\s-])/u

/**
 * Split a phrase into lowercase words the way the tokenizer splits running text, so the language
 * model sees "we have" and "we've" as it saw them in training: "we" + "'ve", "can't" -> "ca" + "n't",
 * punctuation as its own token, curly apostrophes straightened.
 */
export function splitTokenWords(phrase: string): string[] {
  const words: string[] = []
  for (const piece of phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/\s+/)) {
    for (const part of piece.split(PUNCTUATION)) {
      if (part === '') continue
      // Hyphenated words stay whole, unlike the tokenizer's "k" "-" "means": splitting them (tried
      // 2026-11-28) made a hyphenated restoration a longer, costlier path than the spun text, and
      // listed tortured phrases restored fell from 81.5% to 77.8% for no gain on news.
      words.push(...splitClitic(part))
    }
  }
  return words
}

/** One lowercase word split at a clitic as the tokenizer splits it: "it's" -> "it" "'s", "can't" -> "ca" "n't". */
export function splitClitic(word: string): string[] {
  const clitic = CLITIC.exec(word)
  if (!clitic) return [word]
  if (clitic[2] === "n't" && clitic[1] === 'can') return ['ca', "n't"]
  return [clitic[1]!, clitic[2]!]
}

/** "hard-fought" -> "hard" "-" "fought", as the tokenizer splits compounds; a run of hyphens alone ("--") stays one token. */
export function splitHyphens(word: string): string[] {
  if (!word.includes('-') || /^-+$/.test(word)) return [word]
  return word.split(/(-)/).filter((p) => p !== '')
}
