import { splitTokenWords } from './split-words.js'

// Markup a change can carry between an article and its word ("a <b>random forest"): not words.
const MARKUP = /<[^<>\n]*>|[*_`]/g

/**
 * Split a restored phrase into words the way the tokenizer splits running text (`splitTokenWords`),
 * so the language model sees "we have" and "we've" as it saw them in training; markup is left out.
 */
export function lmWords(phrase: string): string[] {
  return splitTokenWords(phrase.replace(MARKUP, ' '))
}
