/**
 * English inflection for the simulation databases (bench/sim/build-db.ts): real spinner databases list
 * inflected forms on lines of their own ("said|stated|...", "years|12 months|..."), while the open
 * thesauri list lemmas. Regular rules plus a table of irregular forms read from the tagged Brown corpus
 * (each inflected Brown form whose lemma the rules do not reproduce). Good enough for synonyms in a
 * simulation, not a general inflector.
 */

/** Brown tags of the inflected forms the simulation writes lines for. */
export type Inflection = 'vbd' | 'vbn' | 'vbz' | 'vbg' | 'nns'

export const INFLECTIONS: readonly Inflection[] = ['vbd', 'vbn', 'vbz', 'vbg', 'nns']

const VOWEL = /[aeiou]/
const CVC = /(^|[^aeiou])[aeiou][^aeiouwxy]$/

/** One vowel group: "stop", "plan" (the short words whose last consonant doubles). */
function monosyllable(word: string): boolean {
  return (word.match(/[aeiouy]+/g) ?? []).length === 1
}

/** The regular inflection of one word. */
export function regularInflection(word: string, tag: Inflection): string {
  const consonantY = /[^aeiou]y$/.test(word)
  switch (tag) {
    case 'nns':
    case 'vbz':
      if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`
      if (consonantY) return `${word.slice(0, -1)}ies`
      return `${word}s`
    case 'vbd':
    case 'vbn':
      if (word.endsWith('e')) return `${word}d`
      if (consonantY) return `${word.slice(0, -1)}ied`
      if (monosyllable(word) && CVC.test(word)) return `${word}${word.at(-1)}ed`
      return `${word}ed`
    case 'vbg':
      if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`
      if (/[^eoy]e$/.test(word) && word.length > 2) return `${word.slice(0, -1)}ing`
      if (monosyllable(word) && CVC.test(word)) return `${word}${word.at(-1)}ing`
      return `${word}ing`
  }
}

/** Inflects words and phrases: irregular forms from a table, the rest by rule. */
export class Inflector {
  /** `lemma\u0000tag` -> form. */
  private readonly irregular = new Map<string, string>()

  constructor() {
    // Brown tags be, have and do apart from other verbs (bedz, hvd, dod ...), so their forms are given here.
    const given: [string, string, string, string, string][] = [
      ['be', 'was', 'been', 'is', 'being'], ['have', 'had', 'had', 'has', 'having'], ['do', 'did', 'done', 'does', 'doing'],
    ]
    for (const [lemma, vbd, vbn, vbz, vbg] of given) {
      for (const [tag, form] of [['vbd', vbd], ['vbn', vbn], ['vbz', vbz], ['vbg', vbg]] as const) this.irregular.set(`${lemma}\u0000${tag}`, form)
    }
  }

  /** Record that `form` is the `tag` inflection of `lemma` (kept only when the rules would not give it). */
  learn(lemma: string, tag: Inflection, form: string): void {
    // A form may equal its lemma (read, set, put): that too is irregular.
    if (VOWEL.test(form) && regularInflection(lemma, tag) !== form) {
      const key = `${lemma}\u0000${tag}`
      if (!this.irregular.has(key)) this.irregular.set(key, form)
    }
  }

  get irregularCount(): number {
    return this.irregular.size
  }

  word(lemma: string, tag: Inflection): string {
    const known = this.irregular.get(`${lemma}\u0000${tag}`)
    if (known !== undefined) return known
    // An irregular past seen only as a participle (or the reverse) is usually the same form: held, told.
    const other = tag === 'vbd' ? 'vbn' : tag === 'vbn' ? 'vbd' : null
    return (other && this.irregular.get(`${lemma}\u0000${other}`)) ?? regularInflection(lemma, tag)
  }

  /**
   * A phrase: verbs inflect their first word ("point out" -> "pointed out"), nouns their last
   * ("news agency" -> "news agencies"). Phrases with a preposition inside a noun ("piece of news")
   * inflect the word before it.
   */
  phrase(lemma: string, tag: Inflection): string {
    const words = lemma.split(' ')
    if (words.length === 1) return this.word(lemma, tag)
    let at = tag === 'nns' ? words.length - 1 : 0
    if (tag === 'nns') {
      const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'in' || w === 'for'))
      if (of > 0) at = of - 1
    }
    words[at] = this.word(words[at]!, tag)
    return words.join(' ')
  }
}
