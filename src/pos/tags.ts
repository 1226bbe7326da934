/**
 * The coarse part-of-speech tags of the POS model. Few enough that a dense tag trigram table stays
 * tiny, fine enough to tell the breaks a spinner makes: a base verb where a noun belongs ("in
 * observe"), a past form after "to", an adjective where an adverb belongs. Verb forms are kept
 * apart because the thesaurus swaps across them; proper nouns are nouns (the model sees lowercase).
 */
export const TAGS = [
  'NOUN', // common and proper nouns, adverbial nouns ("today", "home")
  'VB', // verb base form and present tense other than 3rd person singular ("observe", "are")
  'VBZ', // present 3rd person singular ("observes", "is", "has")
  'VBD', // past tense ("observed", "was")
  'VBG', // -ing form
  'VBN', // past participle
  'ADJ', // adjectives and ordinals
  'ADV', // adverbs, qualifiers, particles ("up"), negation ("not", "n't")
  'ADP', // prepositions
  'DET', // articles, determiners, quantifiers, possessive determiners ("their")
  'PRON', // personal, reflexive, relative and indefinite pronouns, existential "there"
  'CONJ', // coordinating and subordinating conjunctions
  'NUM', // cardinal numbers
  'PUNCT',
  'TO', // infinitival and prepositional "to": it predicts a base verb
  'MD', // modals ("will", "can")
  'OTHER', // possessive 's, interjections, foreign words
] as const

export type TagName = (typeof TAGS)[number]

export const TAG_COUNT = TAGS.length

/** Index of a tag name. */
export function tagIndex(name: TagName): number {
  return TAGS.indexOf(name)
}

// Context symbols of the tag trigram table, after the real tags: sentence start, and "no context"
// (the window starts inside a sentence, so the tags before it are unknown: unigram, then bigram).
export const BOS_CONTEXT = TAG_COUNT
export const NO_CONTEXT = TAG_COUNT + 1
/** Contexts per slot of the trigram table: the tags, BOS, no context. */
export const CONTEXTS = TAG_COUNT + 2
/** Outcomes of the trigram table: the tags, then the sentence end. */
export const EOS_OUTCOME = TAG_COUNT
export const OUTCOMES = TAG_COUNT + 1

/** Offset of P(outcome | context2, context1) in the dense trigram table. */
export function transitionIndex(context2: number, context1: number, outcome: number): number {
  return (context2 * CONTEXTS + context1) * OUTCOMES + outcome
}
