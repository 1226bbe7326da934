import { describe, expect, it } from 'vitest'
import { decodeSentence, type LatticeSpan } from '../../src/decode/decode-sentence.js'
import { tinyModel } from './tiny-model.js'

const lm = tinyModel([
  'the team is at the top of their game',
  'players at the top of their game win',
  'the prime minister spoke on monday',
  'they played a game of chess',
  'the recreation centre opened on monday',
])
const weights = { channel: 1 }
const option = (text: string, channel = 0) => ({ words: text.split(' '), channel })

describe('decodeSentence', () => {
  it('decides neighbouring swaps together', () => {
    const words = 'the team is at the prime of their recreation'.split(' ')
    const spans: LatticeSpan[] = [
      { first: 5, last: 5, options: [option('top')] },
      { first: 8, last: 8, options: [option('game')] },
    ]
    const decisions = decodeSentence(words, spans, lm, weights)
    expect(decisions.map((d) => d.chosen)).toEqual([0, 0])
    for (const d of decisions) {
      expect(d.posteriors.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9)
      expect(d.posteriors[1]).toBeGreaterThan(0.5)
    }
  })

  it('keeps a word the context supports', () => {
    const words = 'the prime minister spoke on monday'.split(' ')
    const [decision] = decodeSentence(words, [{ first: 1, last: 1, options: [option('top')] }], lm, weights)
    expect(decision!.chosen).toBe(-1)
    expect(decision!.posteriors[0]).toBeGreaterThan(0.5)
  })

  it('lets a strong channel prior win where the context says nothing', () => {
    const words = 'zork blah'.split(' ')
    const weak = decodeSentence(words, [{ first: 0, last: 0, options: [option('quux', -3)] }], lm, weights)
    const strong = decodeSentence(words, [{ first: 0, last: 0, options: [option('quux', 3)] }], lm, weights)
    expect(weak[0]!.chosen).toBe(-1)
    expect(strong[0]!.chosen).toBe(0)
  })

  it('chooses between a phrase and a word inside it, never both', () => {
    const words = 'they played a recreation centre'.split(' ')
    const spans: LatticeSpan[] = [
      { first: 3, last: 4, options: [option('game of chess')] },
      { first: 3, last: 3, options: [option('game')] },
    ]
    const decisions = decodeSentence(words, spans, lm, weights)
    expect(decisions.filter((d) => d.chosen >= 0).length).toBeLessThanOrEqual(1)
  })

  it('returns nothing for a sentence without spans', () => {
    expect(decodeSentence(['a'], [], lm, weights)).toEqual([])
  })
})
