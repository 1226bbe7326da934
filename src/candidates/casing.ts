/** Carry the casing of the text found in the input onto its restoration. */

const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u

/**
 * `NONETHELESS` -> `HOWEVER`; `Nonetheless` -> `However`; `White Home` -> `White House`;
 * lowercase input keeps the dictionary's own spelling (so `tass` entries may restore `TASS`).
 */
export function matchCasing(found: string, restored: string): string {
  const letters = [...found].filter((c) => LETTER.test(c))
  if (letters.length === 0) return restored
  const isAllCaps = letters.length > 1 && letters.every((c) => !LOWER.test(c))
  if (isAllCaps) return restored.toUpperCase()
  const words = found.split(/\s+/).filter((w) => LETTER.test(w))
  if (words.length > 1 && words.every(startsUpper)) return restored.split(/(\s+)/).map(capitalize).join('')
  if (startsUpper(found)) return capitalize(restored)
  return restored
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
