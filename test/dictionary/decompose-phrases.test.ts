// Word pairs from tortured-phrase pairs. The phrase pairs here are written for these tests.
import { describe, expect, it } from 'vitest'
import { decomposePhrasePairs, rowWordPairs, wordPairPrior } from '../../src/dictionary/decompose-phrases.js'

describe('rowWordPairs', () => {
  it('pairs the differing words of same-length phrases', () => {
    expect(rowWordPairs({ spun: 'bosom peril', originals: ['breast cancer'] })).toEqual([['bosom', 'breast'], ['peril', 'cancer']])
  })

  it('skips equal words, function words, other numbers of words and inflections', () => {
    expect(rowWordPairs({ spun: 'flag to clamor proportion', originals: ['signal to noise ratio'] })).toEqual([['flag', 'signal'], ['clamor', 'noise'], ['proportion', 'ratio']])
    expect(rowWordPairs({ spun: 'profound learning', originals: ['deep learning'] })).toEqual([['profound', 'deep']])
    expect(rowWordPairs({ spun: 'haze figuring', originals: ['cloud computing', 'cloud-computing'] })).toEqual([['haze', 'cloud'], ['figuring', 'computing']])
    expect(rowWordPairs({ spun: 'irregular woodland', originals: ['random forest model'] })).toEqual([])
    expect(rowWordPairs({ spun: 'neural systems', originals: ['neural system'] })).toEqual([])
    expect(rowWordPairs({ spun: 'in the event of the', originals: ['for a the'] })).toEqual([])
  })
})

describe('decomposePhrasePairs', () => {
  const rows = [
    { spun: 'bosom peril', originals: ['breast cancer'] },
    { spun: 'bosom tumor', originals: ['breast tumor'] },
    { spun: 'lung peril', originals: ['lung cancer'] },
    { spun: 'skin peril', originals: ['skin cancer'] },
    { spun: 'peril cell', originals: ['risk cell'] },
    { spun: 'constructor prototype', originals: ['__proto__ object'] },
  ]

  it('counts supporting rows and keeps pairs with enough support, sorted', () => {
    expect(decomposePhrasePairs(rows).map((p) => [p.spun, p.original, p.support])).toEqual([
      ['bosom', 'breast', 2],
      ['peril', 'cancer', 3],
    ])
    expect(decomposePhrasePairs(rows, { minSupport: 1 }).map((p) => `${p.spun}>${p.original}`)).toEqual([
      'bosom>breast', 'peril>cancer', 'peril>risk', 'prototype>object',
    ])
  })

  it('treats hostile words as ordinary words', () => {
    const hostile = [
      { spun: 'constructor toString', originals: ['hasownproperty valueof'] },
      { spun: 'constructor method', originals: ['hasownproperty method'] },
    ]
    expect(decomposePhrasePairs(hostile).map((p) => [p.spun, p.original, p.support])).toEqual([['constructor', 'hasownproperty', 2]])
  })

  it('leaves out excluded spun words and gives the same result in any row order', () => {
    expect(decomposePhrasePairs(rows, { exclude: new Set(['peril']) }).map((p) => p.spun)).toEqual(['bosom'])
    expect(decomposePhrasePairs([...rows].reverse())).toEqual(decomposePhrasePairs(rows))
  })

  it('gives low priors that fall with clean uses of the spun word', () => {
    expect(wordPairPrior(2, 0)).toBe(0.233)
    expect(wordPairPrior(10, 0)).toBe(0.318)
    expect(wordPairPrior(2, 12)).toBeLessThan(0.05)
    expect(wordPairPrior(1000, 0)).toBeLessThanOrEqual(0.35)
  })
})
