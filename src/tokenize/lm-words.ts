/**
 * Split a restored phrase into words the way the tokenizer splits running text, so the language
 * model sees "we have" and "we've" as it saw them in training: "we" + "'ve", "can't" -> "ca" + "n't",
 * punctuation as its own token.
 */
const CLITIC = /^(.+?)(n't|'(?:s|re|ve|ll|d|m))$/i
const PUNCTUATION = /([^\p{L}\p{N}'\s-])/u
// Markup a change can carry between an article and its word ("a <b>random forest"): not words.
const MARKUP = /<[^<>\n]*>|[*_`]/g

export function lmWords(phrase: string): string[] {
  const words: string[] = []
  for (const piece of phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(MARKUP, ' ').split(/\s+/)) {
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
