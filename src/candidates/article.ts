import type { Token } from '../tokenize/tokenize.js'

// Spellings whose first sound breaks the vowel-letter rule: "an hour", "a university", "a one-off".
const AN_BEFORE_CONSONANT_LETTER = /^(?:hour|honest|honou?r|heir)/
const A_BEFORE_VOWEL_LETTER = /^(?:uni|use|usu|uti|ure|euro?|eu|one|once|ewe|u[bcfgklmnprstvz][aeiou])/

/** Whether `word` takes "an" rather than "a" (a spelling heuristic for its first sound). */
export function takesAn(word: string): boolean {
  const lower = word.toLowerCase()
  if (AN_BEFORE_CONSONANT_LETTER.test(lower)) return true
  if (A_BEFORE_VOWEL_LETTER.test(lower)) return false
  return /^[aeiou]/.test(lower)
}

// What may stand between an article and the word it goes with: spaces, a line break of hard-wrapped
// text (not a blank line: that ends the paragraph), markup and opening brackets or quotes
// ("an *irregular woodland*", "an <b>irregular woodland</b>", "an (irregular) woodland").
const ARTICLE_GAP = /^(?:[\t\p{Zs}]|\r?\n(?![\t\p{Zs}]*\r?\n)|<[^<>\n]*>|[*_`[(\u201c\u2018"])+$/u
// Tokens the tokenizer makes of such markup in plain text, skipped when looking back for the article.
const OPENER = /^[*_`[(\u201c\u2018"]+$/u

/**
 * When a restoration starts with another sound than the spun text and follows "a"/"an", the
 * article must change too ("an irregular woodland" -> "a random forest"). Returns the index of the
 * article token to take into the change, or `undefined` when the article is absent or still agrees.
 */
export function articleToFix(text: string, words: readonly Token[], first: number, restored: string): number | undefined {
  let at = first - 1
  while (at >= 0 && OPENER.test(words[at]!.text) && words[at]!.sentence === words[first]!.sentence) at--
  const article = words[at]
  if (!article || !article.editable || (article.norm !== 'a' && article.norm !== 'an')) return undefined
  if (!ARTICLE_GAP.test(text.slice(article.end, words[first]!.start))) return undefined
  return (article.norm === 'an') !== takesAn(restored) ? at : undefined
}

/** The article that agrees with `restored`, cased like `article` ("A", "AN", "an"). */
export function agreeingArticle(article: string, restored: string): string {
  const agreed = takesAn(restored) ? 'an' : 'a'
  if (article === article.toUpperCase() && article.length > 1) return agreed.toUpperCase()
  return /^[A-Z]/.test(article) ? agreed[0]!.toUpperCase() + agreed.slice(1) : agreed
}
