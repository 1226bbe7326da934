/**
 * Train the POS model from tagged sentences (scripts/build-pos.ts feeds it the Brown corpus; tests
 * feed it sentences they write). TnT-style (Brants 2000): a tag trigram model with deleted
 * interpolation, P(tag | word) for words seen often enough, and P(tag | suffix) from rare words for
 * the words it never saw. Deterministic: the same sentences give the same model.
 */
import { isNumberToken } from '../../src/lm/vocab.js'
import { BOS_CONTEXT, CONTEXTS, EOS_OUTCOME, NO_CONTEXT, OUTCOMES, TAG_COUNT, TAGS, transitionIndex } from '../../src/pos/tags.js'
import type { PosModelData, TagProbability } from '../../src/pos/types.js'

/** A word as the runtime spells it (lowercase) with its coarse tag index (src/pos/tags.ts). */
export interface TaggedWord {
  readonly word: string
  readonly tag: number
}

export interface PosTrainOptions {
  /** Words seen fewer times are left to the suffix model (default 3). */
  readonly minWordCount?: number
  /** Suffix statistics come from tokens of words seen at most this often: unknown words look like rare ones (default 10). */
  readonly rareWordCount?: number
  /** Longest suffix, in characters (default 4). */
  readonly maxSuffix?: number
  /** A suffix is kept when at least this many rare tokens end in it (default 5). */
  readonly minSuffixCount?: number
  /** Pseudo-count of the shorter suffix's distribution when estimating a longer one (default 5). */
  readonly suffixStrength?: number
  /** Pseudo-count of the suffix distribution in a known word's P(tag | word), so an unseen use is possible (default 1). */
  readonly wordStrength?: number
  /** Tags below this P(tag | word) are dropped (the rest renormalized): few tags per word keep decoding fast (default 0.01). */
  readonly minTagProbability?: number
  readonly meta?: Readonly<Record<string, unknown>>
}

/** Train a POS model. Throws `RangeError` on a tag index outside the tag set. */
export function trainPosModel(sentences: Iterable<readonly TaggedWord[]>, options: PosTrainOptions = {}): PosModelData {
  const minWordCount = options.minWordCount ?? 3
  const rareWordCount = options.rareWordCount ?? 10
  const maxSuffix = options.maxSuffix ?? 4
  const minSuffixCount = options.minSuffixCount ?? 5
  const suffixStrength = options.suffixStrength ?? 5
  const wordStrength = options.wordStrength ?? 1
  const minTagProbability = options.minTagProbability ?? 0.01

  const counts = new TransitionCounts()
  const wordTags = new Map<string, Float64Array>()
  let tokens = 0
  let sentenceCount = 0
  for (const sentence of sentences) {
    if (sentence.length === 0) continue
    sentenceCount++
    let c2: number = BOS_CONTEXT
    let c1: number = BOS_CONTEXT
    for (const { word, tag } of sentence) {
      if (!Number.isInteger(tag) || tag < 0 || tag >= TAG_COUNT) throw new RangeError(`unspin: tag index ${tag} of "${word}" is outside the tag set`)
      counts.add(c2, c1, tag)
      c2 = c1
      c1 = tag
      tokens++
      if (isNumberToken(word)) continue // numbers are tagged by rule at run time
      let row = wordTags.get(word)
      if (!row) wordTags.set(word, (row = new Float64Array(TAG_COUNT)))
      row[tag]!++
    }
    counts.add(c2, c1, EOS_OUTCOME)
  }

  const suffixes = suffixModel(wordTags, { rareWordCount, maxSuffix, minSuffixCount, suffixStrength, minTagProbability })
  const lexicon = new Map<string, TagProbability[]>()
  for (const word of [...wordTags.keys()].sort(byCodePoint)) {
    const row = wordTags.get(word)!
    const total = sum(row)
    if (total < minWordCount) continue
    const prior = suffixDistribution(suffixes.dense, word, maxSuffix)
    lexicon.set(word, sparse(row.map((n, t) => (n + wordStrength * prior[t]!) / (total + wordStrength)), minTagProbability))
  }
  const tagTotal = sum(counts.unigram.subarray(0, TAG_COUNT))
  return {
    tags: [...TAGS],
    tagPrior: counts.unigram.slice(0, TAG_COUNT).map((n) => (n + 0.5) / (tagTotal + 0.5 * TAG_COUNT)),
    transitions: counts.interpolated(),
    lexicon,
    suffixes: suffixes.sparse,
    maxSuffix,
    meta: { ...options.meta, sentences: sentenceCount, tokens, words: wordTags.size, lexiconWords: lexicon.size, suffixes: suffixes.sparse.size },
  }
}

/** Tag unigram, bigram and trigram counts over outcomes (tags and the sentence end). */
class TransitionCounts {
  readonly unigram = new Float64Array(OUTCOMES)
  readonly bigram = new Float64Array(CONTEXTS * OUTCOMES)
  readonly bigramContext = new Float64Array(CONTEXTS)
  readonly trigram = new Float64Array(CONTEXTS * CONTEXTS * OUTCOMES)
  readonly trigramContext = new Float64Array(CONTEXTS * CONTEXTS)

  add(c2: number, c1: number, outcome: number): void {
    this.unigram[outcome]!++
    this.bigram[c1 * OUTCOMES + outcome]!++
    this.bigramContext[c1]!++
    this.trigram[transitionIndex(c2, c1, outcome)]!++
    this.trigramContext[c2 * CONTEXTS + c1]!++
  }

  /**
   * The dense table of P(outcome | context2, context1): deleted interpolation of the three orders
   * for real contexts; for a window that starts inside a sentence (NO_CONTEXT), the bigram then the
   * unigram estimate.
   */
  interpolated(): Float64Array {
    const total = sum(this.unigram)
    const p1 = this.unigram.map((n) => (n + 0.5) / (total + 0.5 * OUTCOMES))
    const p2 = (c1: number, o: number) => (this.bigramContext[c1]! > 0 ? this.bigram[c1 * OUTCOMES + o]! / this.bigramContext[c1]! : 0)
    const p3 = (c2: number, c1: number, o: number) => {
      const n = this.trigramContext[c2 * CONTEXTS + c1]!
      return n > 0 ? this.trigram[transitionIndex(c2, c1, o)]! / n : 0
    }
    const [l1, l2, l3] = this.lambdas(total)
    const [m1, m2] = this.bigramLambdas(total)
    const table = new Float64Array(CONTEXTS * CONTEXTS * OUTCOMES)
    for (let c2 = 0; c2 < CONTEXTS; c2++) for (let c1 = 0; c1 < CONTEXTS; c1++) for (let o = 0; o < OUTCOMES; o++) {
      let p: number
      if (c1 === NO_CONTEXT) p = p1[o]!
      else if (c2 === NO_CONTEXT) p = m2 * p2(c1, o) + m1 * p1[o]!
      else p = l3 * p3(c2, c1, o) + l2 * p2(c1, o) + l1 * p1[o]!
      table[transitionIndex(c2, c1, o)] = p
    }
    return table
  }

  // TnT's deleted interpolation: each trigram's count goes to the order that best predicts it
  // when that very trigram is removed from the counts.
  private lambdas(total: number): [number, number, number] {
    const l = [0, 0, 0]
    for (let c2 = 0; c2 < CONTEXTS; c2++) for (let c1 = 0; c1 < CONTEXTS; c1++) for (let o = 0; o < OUTCOMES; o++) {
      const n = this.trigram[transitionIndex(c2, c1, o)]!
      if (n === 0) continue
      const f3 = ratio(n - 1, this.trigramContext[c2 * CONTEXTS + c1]! - 1)
      const f2 = ratio(this.bigram[c1 * OUTCOMES + o]! - 1, this.bigramContext[c1]! - 1)
      const f1 = ratio(this.unigram[o]! - 1, total - 1)
      l[f3 >= f2 && f3 >= f1 ? 2 : f2 >= f1 ? 1 : 0]! += n
    }
    return normalized(l) as [number, number, number]
  }

  private bigramLambdas(total: number): [number, number] {
    const l = [0, 0]
    for (let c1 = 0; c1 < CONTEXTS; c1++) for (let o = 0; o < OUTCOMES; o++) {
      const n = this.bigram[c1 * OUTCOMES + o]!
      if (n === 0) continue
      const f2 = ratio(n - 1, this.bigramContext[c1]! - 1)
      const f1 = ratio(this.unigram[o]! - 1, total - 1)
      l[f2 >= f1 ? 1 : 0]! += n
    }
    return normalized(l) as [number, number]
  }
}

interface SuffixSettings {
  readonly rareWordCount: number
  readonly maxSuffix: number
  readonly minSuffixCount: number
  readonly suffixStrength: number
  readonly minTagProbability: number
}

/**
 * P(tag | suffix) from the tokens of rare words, each suffix smoothed towards the one a letter
 * shorter ("-ness" towards "-ess"), the empty suffix being the rare words' tag distribution.
 */
function suffixModel(wordTags: ReadonlyMap<string, Float64Array>, s: SuffixSettings): { dense: Map<string, Float64Array>; sparse: Map<string, TagProbability[]> } {
  const counts = new Map<string, Float64Array>()
  for (const [word, row] of wordTags) {
    if (sum(row) > s.rareWordCount) continue
    for (let k = 0; k <= Math.min(s.maxSuffix, word.length - 1); k++) {
      const suffix = word.slice(word.length - k)
      let acc = counts.get(suffix)
      if (!acc) counts.set(suffix, (acc = new Float64Array(TAG_COUNT)))
      for (let t = 0; t < TAG_COUNT; t++) acc[t]! += row[t]!
    }
  }
  const dense = new Map<string, Float64Array>()
  const uniform = new Float64Array(TAG_COUNT).fill(1 / TAG_COUNT)
  // Shorter suffixes first, so each one's parent is ready; ties in code-point order (deterministic).
  const keys = [...counts.keys()].filter((k) => k === '' || sum(counts.get(k)!) >= s.minSuffixCount).sort((a, b) => a.length - b.length || byCodePoint(a, b))
  for (const suffix of keys) {
    const row = counts.get(suffix)!
    const parent = suffix === '' ? uniform : dense.get(suffix.slice(1))!
    const total = sum(row)
    dense.set(suffix, row.map((n, t) => (n + s.suffixStrength * parent[t]!) / (total + s.suffixStrength)))
  }
  const sparseTable = new Map<string, TagProbability[]>()
  for (const suffix of [...dense.keys()].sort(byCodePoint)) sparseTable.set(suffix, sparse(dense.get(suffix)!, s.minTagProbability))
  return { dense, sparse: sparseTable }
}

/** The distribution of the longest stored suffix of `word` (the empty suffix always is). */
function suffixDistribution(suffixes: ReadonlyMap<string, Float64Array>, word: string, maxSuffix: number): Float64Array {
  for (let k = Math.min(maxSuffix, word.length - 1); k > 0; k--) {
    const found = suffixes.get(word.slice(word.length - k))
    if (found) return found
  }
  return suffixes.get('')!
}

/** Tags at or above `min` (the most probable always), renormalized, most probable first. */
function sparse(row: Float64Array, min: number): TagProbability[] {
  const best = row.reduce((b, p, t) => (p > row[b]! ? t : b), 0)
  const kept = [...row].map((p, tag) => ({ tag, p })).filter((x) => x.p >= min || x.tag === best)
  const total = kept.reduce((a, x) => a + x.p, 0)
  return kept.map((x) => ({ tag: x.tag, p: x.p / total })).sort((a, b) => b.p - a.p || a.tag - b.tag)
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0
}

function normalized(values: number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0)
  return total > 0 ? values.map((v) => v / total) : values.map(() => 1 / values.length)
}

function sum(values: ArrayLike<number>): number {
  let s = 0
  for (let i = 0; i < values.length; i++) s += values[i]!
  return s
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
