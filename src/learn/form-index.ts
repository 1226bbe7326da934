import { tokenize, type Token } from '../tokenize/tokenize.js'
import { splitSentences } from './sentences.js'

/**
 * Counts of word and phrase forms in a set of sentences, found the way the matcher finds entries: by
 * exact spelling (lowercased) or by lemmas. Used for the priors of mined entries: how often a spun
 * form occurs in spun text, in the originals, and in a reference corpus of clean text.
 */
export class FormIndex {
  /** Word tokens indexed (whitespace excluded). */
  readonly tokens: number
  private readonly norms: string[] = []
  private readonly lemmas: string[] = []
  /** For each token, the index just past its sentence: windows never cross sentences. */
  private readonly sentenceEnd: number[] = []
  private readonly byNorm = new Map<string, number[]>()
  private readonly byLemma = new Map<string, number[]>()
  private readonly lowercase = new Set<string>()
  private readonly memo = new Map<string, number>()

  constructor(sentences: Iterable<readonly Token[]>) {
    for (const sentence of sentences) {
      const end = this.norms.length + sentence.length
      for (const token of sentence) {
        const i = this.norms.length
        this.norms.push(token.norm)
        this.lemmas.push(token.lemma)
        this.sentenceEnd.push(end)
        push(this.byNorm, token.norm, i)
        push(this.byLemma, token.lemma, i)
        if (/^\p{Ll}+$/u.test(token.text)) this.lowercase.add(token.norm)
      }
    }
    this.tokens = this.norms.length
  }

  private matches(i: number, forms: readonly string[], values: readonly string[]): boolean {
    if (i + forms.length > this.sentenceEnd[i]!) return false
    for (let k = 0; k < forms.length; k++) if (values[i + k] !== forms[k]) return false
    return true
  }

  /** Occurrences of a form given as its tokens' norms and lemmas (each position counted once). */
  count(norms: readonly string[], lemmas: readonly string[]): number {
    if (norms.length === 0 || lemmas.length !== norms.length) return 0
    const key = `${norms.join(' ')}\t${lemmas.join(' ')}`
    const cached = this.memo.get(key)
    if (cached !== undefined) return cached
    let n = 0
    // Windows starting with the form's first spelling match by spelling or by lemmas; windows starting
    // with another spelling can match only by lemmas.
    for (const i of this.byNorm.get(norms[0]!) ?? []) if (this.matches(i, norms, this.norms) || this.matches(i, lemmas, this.lemmas)) n++
    for (const i of this.byLemma.get(lemmas[0]!) ?? []) if (this.norms[i] !== norms[0] && this.matches(i, lemmas, this.lemmas)) n++
    this.memo.set(key, n)
    return n
  }

  /** Occurrences per indexed token. */
  rate(norms: readonly string[], lemmas: readonly string[]): number {
    return this.tokens === 0 ? 0 : this.count(norms, lemmas) / this.tokens
  }

  /** Whether the word occurs written in lowercase (an ordinary word, not only a name). */
  isLowercaseWord(norm: string): boolean {
    return this.lowercase.has(norm)
  }
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key)
  if (list) list.push(i)
  else map.set(key, [i])
}

/**
 * A reference corpus of clean text for `learnFromPairs({ reference })`: forms frequent here get low
 * priors, and its lowercase words tell damaged names ("White Home") from changed ones. Tokenizes every
 * text once (about 60k words a second with sentence splitting and lemmas).
 */
export function createReferenceIndex(texts: Iterable<string>): FormIndex {
  const sentences: Token[][] = []
  for (const text of texts) sentences.push(...splitSentences(tokenize(text)))
  return new FormIndex(sentences)
}
