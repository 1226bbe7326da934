import { SEPARATING_TAG } from '../markup/find-non-prose-ranges.js'
import type { Token } from '../tokenize/tokenize.js'
import type { Candidate } from '../types.js'

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
// text (not a blank line: that ends the paragraph), inline markup and opening brackets or quotes
// ("an *irregular woodland*", "an <b>irregular woodland</b>", "an (irregular) woodland"). Block tags
// end the paragraph too (`SEPARATING_TAG`).
const OPENING = String.raw`[*_\x60[(\u201c\u2018"]`
const GAP_PART = String.raw`[\t\p{Zs}]|\r?\n(?![\t\p{Zs}]*\r?\n)|<[^<>\n]*>|${OPENING}`
const ARTICLE_GAP = new RegExp(`^(?:${GAP_PART})+$`, 'u')
const LEADING_GAP = new RegExp(`^(?:${GAP_PART})+`, 'u')
// Tokens the tokenizer makes of such markup in plain text, skipped when looking back for the article.
const OPENER = new RegExp(`^${OPENING}+$`, 'u')
const LEADING_ARTICLE = /^an?(?![\p{L}\p{N}])/iu

/**
 * The index of the article ("a"/"an") that goes with the word at `first`, or `undefined`: a change
 * there whose restoration starts with another sound must take the article in too ("an irregular
 * woodland" -> "a random forest"); `needsOtherArticle` says which restorations do.
 */
export function articleBefore(text: string, words: readonly Token[], first: number): number | undefined {
  const sentence = words[first]!.sentence
  let at = first - 1
  while (at >= 0 && OPENER.test(words[at]!.text) && words[at]!.sentence === sentence) at--
  const article = words[at]
  if (!article || !article.editable || article.sentence !== sentence || (article.norm !== 'a' && article.norm !== 'an')) return undefined
  const gap = text.slice(article.end, words[first]!.start)
  return ARTICLE_GAP.test(gap) && !SEPARATING_TAG.test(gap) ? at : undefined
}

/** Whether `restored`, after the article token `article`, needs the other article. */
export function needsOtherArticle(article: Token, restored: string): boolean {
  return (article.norm === 'an') !== takesAn(restored)
}

/**
 * A change that took in its article across markup or a bracket ("an *irregular woodland" -> "a
 * *random forest") becomes two marks, the article and the phrase, so that no mark covers the
 * markup between them: it stays outside every change, as markup does everywhere else. Other
 * changes come back as they are.
 */
export function splitArticleChange(change: Candidate): Candidate[] {
  const foundArticle = LEADING_ARTICLE.exec(change.found)?.[0]
  const restoredArticle = LEADING_ARTICLE.exec(change.restored)?.[0]
  if (foundArticle === undefined || restoredArticle === undefined) return [change]
  const gap = LEADING_GAP.exec(change.found.slice(foundArticle.length))?.[0]
  if (gap === undefined || !/\S/u.test(gap) || !change.restored.startsWith(gap, restoredArticle.length)) return [change]
  const phraseOf = (restored: string): string => restored.slice((LEADING_ARTICLE.exec(restored)?.[0].length ?? 0) + gap.length)
  const phraseStart = change.start + foundArticle.length + gap.length
  const phrase: Candidate = {
    ...change,
    start: phraseStart,
    found: change.found.slice(foundArticle.length + gap.length),
    restored: phraseOf(change.restored),
    alternatives: change.alternatives.map((a) => ({ ...a, restored: phraseOf(a.restored) })),
  }
  if (foundArticle === restoredArticle) return [phrase]
  const article: Candidate = { ...change, end: change.start + foundArticle.length, found: foundArticle, restored: restoredArticle, alternatives: [] }
  return [article, phrase]
}

/** The article that agrees with `restored`, cased like `article` ("A", "AN", "an"). */
export function agreeingArticle(article: string, restored: string): string {
  const agreed = takesAn(restored) ? 'an' : 'a'
  if (article === article.toUpperCase() && article.length > 1) return agreed.toUpperCase()
  return /^[A-Z]/.test(article) ? agreed[0]!.toUpperCase() + agreed.slice(1) : agreed
}
