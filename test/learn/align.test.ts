// Sentence alignment, segmentation of merged swaps and the prior formula. Texts are written for these tests.
import { describe, expect, it } from 'vitest'
import { minedPrior, PRIOR_CAP } from '../../src/learn/prior.js'
import { learnFromPairs } from '../../src/learn/learn.js'
import { alignSentences, splitSentences } from '../../src/learn/sentences.js'
import { tokenize } from '../../src/tokenize/tokenize.js'

const sentences = (text: string) => splitSentences(tokenize(text))
const words = (tokens: readonly { norm: string }[]) => tokens.map((t) => t.norm).join(' ')

describe('alignSentences', () => {
  it('pairs sentences in order and skips a sentence only one side has', () => {
    const original = sentences('The vote was held on Sunday. Turnout was low. Results come on Monday.')
    const spun = sentences('The vote was held on Sunday. Results come on Monday. Subscribe for more news today.')
    const { pairs, unaligned } = alignSentences(original, spun)
    expect(pairs.map((p) => [words(p.original), words(p.spun)])).toEqual([
      ['the vote was held on sunday .', 'the vote was held on sunday .'],
      ['results come on monday .', 'results come on monday .'],
    ])
    expect(unaligned).toBe(2)
  })

  it('joins two sentences that one side splits', () => {
    const original = sentences('The plan failed; the talks went on. Nobody left.')
    const spun = sentences('The plan failed. The talks went on. Nobody left.')
    expect(alignSentences(original, spun).pairs.map((p) => [p.original.length, p.spun.length])).toEqual([[9, 9], [3, 3]])
  })

  it('handles empty texts', () => {
    expect(alignSentences([], [])).toEqual({ pairs: [], unaligned: 0 })
    expect(alignSentences(sentences('One line.'), []).unaligned).toBe(1)
  })
})

describe('segmentation of merged swaps', () => {
  it('cuts a difference into swaps seen on their own elsewhere, and keeps the whole', () => {
    const pairs = [
      { original: 'Sales rose daily in the spring.', spun: 'Sales rose each day in the spring.' },
      { original: 'The daily figure was high.', spun: 'The each day determine was high.' },
      { original: 'We will figure it out.', spun: 'We will determine it out.' },
    ]
    const { swaps } = learnFromPairs(pairs)
    expect(swaps.map((s) => `${s.split ? '  ' : ''}${s.spun} -> ${s.original}`)).toEqual([
      'each day -> daily',
      'each day determine -> daily figure',
      '  each day -> daily',
      '  determine -> figure',
      'determine -> figure',
    ])
  })
})

describe('minedPrior', () => {
  it('grows with swaps, falls with uses that are not swaps, and stays under the cap', () => {
    expect(minedPrior({ swaps: 1, spunUses: 1, cleanUses: 0, expectedCleanUses: 0 })).toBe(0.4)
    expect(minedPrior({ swaps: 2, spunUses: 2, cleanUses: 0, expectedCleanUses: 0 })).toBe(0.571)
    expect(minedPrior({ swaps: 2, spunUses: 6, cleanUses: 0, expectedCleanUses: 0 })).toBe(0.267)
    expect(minedPrior({ swaps: 20, spunUses: 20, cleanUses: 1, expectedCleanUses: 0 })).toBe(0.635)
    expect(minedPrior({ swaps: 20, spunUses: 20, cleanUses: 1, expectedCleanUses: 0, cleanWeight: 1 })).toBe(PRIOR_CAP)
    expect(minedPrior({ swaps: 1000, spunUses: 1000, cleanUses: 0, expectedCleanUses: 0 })).toBe(PRIOR_CAP)
  })
})
