/**
 * Vocabulary conventions shared by the build and the runtime: special tokens, the number class, and
 * the mapping from a normalized token to the model's vocabulary form.
 */

/** Sentence start (context only). */
export const BOS = '<s>'
/** Sentence end. */
export const EOS = '</s>'
/** Any word outside the vocabulary. */
export const UNK = '<unk>'
/** Any number token (`7`, `7,554`, `20.88`, `+4`). */
export const NUM = '<num>'

/**
 * True for a number token as wink-nlp tokenizes them: optional sign, digits with inner `.`/`,`.
 * Numbers become one class because their exact value says little about the words around them and
 * would otherwise fill the vocabulary. Decades (`1990s`), ordinals (`3rd`) and times (`5pm`) stay words.
 */
export function isNumberToken(token: string): boolean {
  const n = token.length
  let i = n > 1 && (token.charCodeAt(0) === 43 || token.charCodeAt(0) === 45) ? 1 : 0 // + or -
  if (i >= n || !isDigit(token.charCodeAt(i)) || !isDigit(token.charCodeAt(n - 1))) return false
  for (; i < n; i++) {
    const c = token.charCodeAt(i)
    if (!isDigit(c) && c !== 44 && c !== 46) return false // , .
  }
  return true
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/**
 * The vocabulary form of a token already normalized by `normalizeToken`: numbers become `<num>`.
 * The build applies it to every training token; the runtime models apply the same rule in `wordId`.
 */
export function lmToken(norm: string): string {
  return isNumberToken(norm) ? NUM : norm
}

/** Lowercase ASCII letters only (the models fold ASCII capitals; callers normalize the rest). */
export function foldAscii(token: string): string {
  return /[A-Z]/.test(token) ? token.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : token
}
