import { describe, expect, it } from 'vitest'
import { createLanguageModelFromCounts, NO_WORD, trainLanguageModel } from '../../src/lm/index.js'
import { SENTENCES } from './corpus.js'

const lm = createLanguageModelFromCounts(SENTENCES)
const vocabulary = trainLanguageModel(SENTENCES).vocab

/** Sum of P(w | context) over the whole vocabulary (`<unk>` standing for one unknown word). */
function mass(model: typeof lm, vocab: readonly string[], context: string[]): number {
  return vocab.slice(1).reduce((sum, w) => sum + Math.exp(model.logProb(context, w === '<unk>' ? 'qqq' : w)), 0)
}

describe('in-memory model', () => {
  it('prefers continuations it has seen', () => {
    expect(lm.logProb(['told', 'the'], 'news')).toBeGreaterThan(lm.logProb(['told', 'the'], 'game'))
    expect(lm.scoreSequence(['she', 'told', 'the', 'news', 'agency', '.'])).toBeGreaterThan(lm.scoreSequence(['she', 'instructed', 'the', 'information', 'company', '.']))
  })

  it.each([[[]], [['the']], [['told', 'the']], [['white', 'house']], [['zz', 'yy']], [['<s>']], [['in', 'practice']]])(
    'Kneser-Ney probabilities sum to one after context %j, pruned or not',
    (context: string[]) => {
      expect(mass(lm, vocabulary, context)).toBeCloseTo(1, 9)
      const pruned = createLanguageModelFromCounts(SENTENCES, { minCounts: [1, 2, 2] })
      expect(mass(pruned, vocabulary, context)).toBeCloseTo(1, 9)
    },
  )

  it('gives unknown words a finite probability below that of known words', () => {
    const unknown = lm.logProb(['the'], 'zebra')
    expect(Number.isFinite(unknown)).toBe(true)
    expect(unknown).toBeLessThan(lm.logProb(['the'], 'crash'))
    expect(lm.wordId('zebra')).toBe(lm.unknownId)
    expect(lm.isKnown('zebra')).toBe(false)
  })

  it('spreads <unk> over the rare words it replaced', () => {
    const rare = createLanguageModelFromCounts(SENTENCES, { minWordCount: 2 })
    expect(rare.isKnown('minister')).toBe(false)
    expect(rare.info.meta.unknownTypes).toBeGreaterThan(10)
    // P(one unknown word) = P(<unk>) / types, so an unknown word is never likelier than a seen-twice word.
    expect(rare.logProb([], 'zebra')).toBeLessThan(rare.logProb([], 'game'))
  })

  it('never throws on odd tokens and always returns finite numbers', () => {
    const odd = ['', ' ', '\n\n', '😀', 'x'.repeat(10_000), '<s>', '</s>', '<unk>', '__proto__', 'constructor', 'ÉTÉ', "'s"]
    for (const t of odd) {
      expect(Number.isFinite(lm.logProb([t, t], t))).toBe(true)
      expect(Number.isFinite(lm.scoreSequence([t, 'the', t]))).toBe(true)
    }
    expect(lm.wordId(42 as unknown as string)).toBe(lm.unknownId)
    expect(Number.isFinite(lm.logProbId(-5, -1, 123456))).toBe(true)
  })

  it('maps numbers to one class and folds ASCII capitals', () => {
    expect(lm.wordId('7,554')).toBe(lm.wordId('12'))
    expect(lm.wordId('20.88')).toBe(lm.wordId('<num>'))
    expect(lm.logProb(['said'], '99')).toBe(lm.logProb(['said'], '12'))
    expect(lm.logProb(['The', 'White'], 'House')).toBe(lm.logProb(['the', 'white'], 'house'))
  })

  it('reports how much context was seen', () => {
    const id = (w: string): number => lm.wordId(w)
    expect(lm.matchedOrder(id('house'), id('white'), id('the'))).toBe(3)
    expect(lm.matchedOrder(id('house'), id('white'), id('game'))).toBe(2)
    expect(lm.matchedOrder(id('house'), id('game'))).toBe(1)
    expect(lm.matchedOrder(id('zebra'), id('the'))).toBe(0)
    expect(lm.matchedOrder(id('house'))).toBe(1)
  })

  it('treats NO_WORD as absent context and <s> as the sentence start', () => {
    const the = lm.wordId('the')
    expect(lm.logProbId(the)).toBe(lm.logProb([], 'the'))
    expect(lm.logProbId(the, NO_WORD, NO_WORD)).toBe(lm.logProb([], 'the'))
    expect(lm.logProbId(the, lm.bosId)).toBe(lm.logProb(['<s>'], 'the'))
    expect(lm.logProb(['<s>'], 'the')).toBeGreaterThan(lm.logProb([], 'the'))
  })

  it('scores sequences with or without sentence boundaries', () => {
    const words = ['the', 'game']
    const full = lm.scoreSequence(words)
    expect(full).toBeCloseTo(lm.logProb(['<s>'], 'the') + lm.logProb(['<s>', 'the'], 'game') + lm.logProb(['the', 'game'], '</s>'), 12)
    expect(lm.scoreSequence(words, { bos: false, eos: false })).toBeCloseTo(lm.logProb([], 'the') + lm.logProb(['the'], 'game'), 12)
    expect(lm.scoreSequence([])).toBe(lm.logProb(['<s>'], '</s>'))
  })

  it('builds stupid-backoff and other orders, and rejects bad orders', () => {
    const sb = createLanguageModelFromCounts(SENTENCES, { method: 'stupid-backoff' })
    expect(sb.info.method).toBe('stupid-backoff')
    expect(sb.logProb(['told', 'the'], 'news')).toBeCloseTo(Math.log(2 / 2), 12)
    expect(sb.logProb(['told', 'the'], 'game')).toBeCloseTo(Math.log(0.4) + sb.logProb(['the'], 'game'), 12)
    expect(createLanguageModelFromCounts(SENTENCES, { order: 4 }).order).toBe(4)
    expect(() => createLanguageModelFromCounts(SENTENCES, { order: 5 })).toThrow(RangeError)
    expect(createLanguageModelFromCounts([]).logProb([], 'x')).toBeLessThan(0)
  })
})
