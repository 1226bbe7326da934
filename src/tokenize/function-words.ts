/**
 * Short function words: determiners, pronouns, prepositions, conjunctions, auxiliaries and clitics,
 * lowercase as `normalizeToken` writes them. They are in every text, so they say nothing about a
 * document's own vocabulary, and a swap between two of them is an edit or an alignment slip, not a
 * spinner's synonym.
 */
const DETERMINERS_AND_PRONOUNS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'it', 'their', 'they', 'them', 'his', 'he', 'him', 'her', 'she',
  'our', 'we', 'us', 'your', 'you', 'my', 'i', 'me', 'some', 'any', 'each', 'every', "'s",
])

const FUNCTION_WORDS = new Set([
  ...DETERMINERS_AND_PRONOUNS,
  // Prepositions, conjunctions, auxiliaries, clitics and particles
  'of', 'to', 'in', 'on', 'at', 'as', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'nor', 'not', 'no', 'so', 'if', 'than',
  'is', 'are', 'was', 'were', 'be', 'been', 'am', "'re", "'m", 'will', "'ll", 'would', "'d", 'can', 'could', 'shall', 'should',
  'may', 'might', 'must', 'do', 'does', 'did', 'has', 'have', "'ve", 'had', 'up', 'out', 'off', 'yet', 'too', 'also', 'then', 'there',
])

/** True for a short function word ("of", "to", "is", "will"), given lowercase. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word)
}

/** True for a determiner or pronoun ("the", "its", "they"), given lowercase. */
export function isDeterminerOrPronoun(word: string): boolean {
  return DETERMINERS_AND_PRONOUNS.has(word)
}
