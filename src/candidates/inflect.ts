import { IRREGULAR_PLURALS, IRREGULAR_VERBS } from './irregular-forms.js'

/** The inflected form of a word relative to its lemma. */
export type Form = 'base' | 'plural' | 'third-person' | 'past' | 'participle' | 'gerund' | 'comparative' | 'superlative'

// A past form after one of these is read as a participle ("has given", "was given").
const PARTICIPLE_CUES = new Set(['have', 'has', 'had', 'having', "'ve", "'d", 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', "'s", "'re", 'get', 'got', 'gets'])
const VOWEL = /[aeiou]/
const SIBILANT_END = /(?:s|x|z|ch|sh)$/

/**
 * Which form `surface` is of `lemma`, or `undefined` when it cannot be told (then a swap is only
 * restored for an exact spelling). `previous` is the preceding word, used to tell past from participle.
 */
export function detectForm(surface: string, lemma: string, pos: string, previous = ''): Form | undefined {
  if (surface === lemma) return 'base'
  if (pos === 'NOUN' || pos === 'PROPN') return inflect(lemma, 'plural') === surface ? 'plural' : undefined
  if (pos === 'ADJ' || pos === 'ADV') {
    for (const form of ['comparative', 'superlative', 'participle'] as const) if (inflect(lemma, form) === surface) return form
    return undefined
  }
  for (const form of ['third-person', 'gerund', 'past', 'participle'] as const) {
    if (inflect(lemma, form) !== surface) continue
    if (form !== 'past' && form !== 'participle') return form
    // Only when the two forms are spelt alike ("told") does the context have to decide.
    if (inflect(lemma, 'past') !== inflect(lemma, 'participle')) return form
    return PARTICIPLE_CUES.has(previous) ? 'participle' : 'past'
  }
  return undefined
}

/** `lemma` put into `form`, by English spelling rules and a table of irregular words. */
export function inflect(lemma: string, form: Form): string {
  switch (form) {
    case 'base':
      return lemma
    case 'plural':
      return IRREGULAR_PLURALS.get(lemma) ?? addS(lemma)
    case 'third-person':
      return lemma === 'be' ? 'is' : lemma === 'have' ? 'has' : addS(lemma)
    case 'past':
      return IRREGULAR_VERBS.get(lemma)?.[0] ?? addSuffix(lemma, 'ed')
    case 'participle':
      return IRREGULAR_VERBS.get(lemma)?.[1] ?? addSuffix(lemma, 'ed')
    case 'gerund':
      return lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : addSuffix(lemma, 'ing')
    case 'comparative':
      return lemma === 'good' ? 'better' : lemma === 'bad' ? 'worse' : addSuffix(lemma, 'er')
    case 'superlative':
      return lemma === 'good' ? 'best' : lemma === 'bad' ? 'worst' : addSuffix(lemma, 'est')
  }
}

/**
 * Put an original into `form` by inflecting its head word (the first word of a verb phrase, the
 * last of anything else); `lemmas` are the lemmas of `words`.
 */
export function inflectPhrase(words: readonly string[], lemmas: readonly string[], form: Form, pos: string): string {
  const head = pos === 'VERB' || pos === 'AUX' ? 0 : words.length - 1
  return words.map((word, i) => (i === head ? inflect(lemmas[i] ?? word.toLowerCase(), form) : word)).join(' ')
}

function addS(word: string): string {
  if (SIBILANT_END.test(word)) return `${word}es`
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  if (/[^aeiou]o$/.test(word) && word.length <= 3) return `${word}es` // go -> goes, do -> does
  return `${word}s`
}

function addSuffix(word: string, suffix: 'ed' | 'ing' | 'er' | 'est'): string {
  if (/[^aeiou]y$/.test(word) && suffix !== 'ing') return `${word.slice(0, -1)}i${suffix}`
  if (word.endsWith('e') && suffix !== 'ing') return `${word}${suffix.slice(1)}` // agree -> agreed, large -> larger
  if (word.endsWith('e') && !/(?:ee|ye|oe)$/.test(word)) return `${word.slice(0, -1)}${suffix}`
  if (doublesFinalConsonant(word)) return `${word}${word.at(-1)}${suffix}`
  return `${word}${suffix}`
}

// stop -> stopped, plan -> planning; but visit -> visited, open -> opened (stress not on the last
// syllable: approximated by allowing doubling only in one-syllable words).
function doublesFinalConsonant(word: string): boolean {
  const syllables = word.match(/[aeiouy]+/g)?.length ?? 0
  return syllables === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(word) && VOWEL.test(word)
}
