/** Carry the casing of the text found in the input onto its restoration. */

const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u

/**
 * `NONETHELESS` -> `HOWEVER`; `Nonetheless` -> `However`; `White Home` -> `White House`;
 * lowercase input keeps the dictionary's own spelling (so `tass` entries may restore `TASS`), except
 * a capital the entry only has because it was recorded at the start of a sentence: an entry
 * `Reside` -> `Live` restores `reside` as `live`. `entrySpun` is the entry's own spun form.
 */
export function matchCasing(found: string, restored: string, entrySpun?: string): string {
  const letters = [...found].filter((c) => LETTER.test(c))
  if (letters.length === 0) return restored
  const isAllCaps = letters.length > 1 && letters.every((c) => !LOWER.test(c))
  if (isAllCaps) return restored.toUpperCase()
  const words = found.split(/\s+/).filter((w) => LETTER.test(w))
  if (words.length > 1 && words.every(startsUpper)) return restored.split(/(\s+)/).map(capitalize).join('')
  if (startsUpper(found)) return capitalize(restored)
  if (entrySpun !== undefined && hasSentenceCapital(entrySpun) && hasSentenceCapital(restored)) return decapitalize(restored)
  return restored
}

/** Only the first letter is a capital, and only the first word is capitalized ("Reside", "Live up to"). */
function hasSentenceCapital(phrase: string): boolean {
  const [first, ...rest] = phrase.split(/\s+/).filter((w) => LETTER.test(w))
  if (first === undefined || !startsUpper(first)) return false
  const letters = [...first].filter((c) => LETTER.test(c))
  return letters.slice(1).every((c) => !UPPER.test(c)) && rest.every((w) => !startsUpper(w))
}

function decapitalize(word: string): string {
  const index = word.search(LETTER)
  const ch = String.fromCodePoint(word.codePointAt(index)!)
  return word.slice(0, index) + ch.toLowerCase() + word.slice(index + ch.length)
}

function startsUpper(word: string): boolean {
  const first = [...word].find((c) => LETTER.test(c))
  return first !== undefined && UPPER.test(first)
}

function capitalize(word: string): string {
  const index = word.search(LETTER)
  if (index < 0) return word
  const cp = word.codePointAt(index)!
  const ch = String.fromCodePoint(cp)
  return word.slice(0, index) + ch.toUpperCase() + word.slice(index + ch.length)
}
