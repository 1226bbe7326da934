// Tests for learnFromPairs. Every text here is written for these tests.
import { describe, expect, it } from 'vitest'
import { createRestorer, loadDictionary } from '../../src/index.js'
import { learnFromPairs } from '../../src/learn/learn.js'

const ORIGINAL = 'The minister stressed that the country remains calm. Officials said the plan would go ahead without delay.'
const SPUN = 'The minister burdened that the rustic stays calm. Officials stated the plan would go ahead with out delay.'

const byPrior = (pairs: Parameters<typeof learnFromPairs>[0]) => learnFromPairs(pairs).dictionary.entries.map((e) => [e.spun, e.original])

describe('learnFromPairs', () => {
  it('learns the swaps of a pair we wrote, one entry per spun form, originals as observed', () => {
    const { dictionary, stats } = learnFromPairs([{ original: ORIGINAL, spun: SPUN }])
    expect(dictionary.entries.map((e) => [e.spun, e.original])).toEqual([
      ['burdened', 'stressed'],
      ['rustic', 'country'],
      // Adjacent swaps form one aligned difference: kept as a phrase entry and split into its words.
      ['rustic stays', 'country remains'],
      ['stated', 'said'],
      ['stays', 'remains'],
      ['with out', 'without'],
    ])
    expect(stats.swaps).toBe(4)
    for (const entry of dictionary.entries) {
      expect(entry.prior).toBeGreaterThan(0)
      expect(entry.prior).toBeLessThanOrEqual(0.85)
      expect(entry.note).toMatch(/^seen 1x as a swap/)
      expect(entry.examples).toBeUndefined()
    }
  })

  it('gives entries that, loaded back, restore the spun text exactly', () => {
    const { dictionary } = learnFromPairs([{ original: ORIGINAL, spun: SPUN }])
    const restorer = createRestorer({ dictionaries: [loadDictionary(dictionary)], threshold: 0, stages: { context: false } })
    expect(restorer.restore(SPUN).text).toBe(ORIGINAL)
  })

  it('learns contractions and phrase swaps with the clitic kept whole', () => {
    const entries = byPrior([{ original: 'We have no plans, according to the mayor.', spun: "We've got no plans, in line with the mayor." }])
    expect(entries).toEqual([["in line with", "according to"], ["we've got", 'we have']])
  })

  it('splits a phrase swap that aligns word for word, and keeps the phrase', () => {
    const entries = byPrior([{ original: 'He spoke to the news agency.', spun: 'He spoke to the information company.' }])
    expect(entries).toEqual([['company', 'agency'], ['information', 'news'], ['information company', 'news agency']])
  })

  it('merges inflections of one spun lemma into one entry in the more frequent spelling', () => {
    const pairs = [
      { original: 'The minister stressed the risk.', spun: 'The minister burdened the risk.' },
      { original: 'The report stressed the cost.', spun: 'The report burdened the cost.' },
      { original: 'She stresses the point.', spun: 'She burdens the point.' },
    ]
    const { dictionary } = learnFromPairs(pairs)
    expect(dictionary.entries.map((e) => [e.spun, e.original])).toEqual([['burdened', 'stressed']])
    expect(dictionary.entries[0]!.note).toContain('spun forms: burdened 2, burdens 1')
  })

  it('leaves out forms given in `exclude`, by spelling or lemma', () => {
    const { dictionary, stats } = learnFromPairs([{ original: ORIGINAL, spun: SPUN }], { exclude: ['rustic', 'burdens'] })
    expect(dictionary.entries.map((e) => e.spun)).toEqual(['rustic stays', 'stated', 'stays', 'with out'])
    expect(stats.excludedForms).toBe(2)
  })

  it('is deterministic: the same pairs twice, or in another order, give the same dictionary', () => {
    const pairs = [
      { original: ORIGINAL, spun: SPUN },
      { original: 'The country stressed its aims.', spun: 'The nation burdened its aims.' },
      { original: 'Talks remain calm.', spun: 'Talks keep calm.' },
    ]
    const first = JSON.stringify(learnFromPairs(pairs).dictionary)
    expect(JSON.stringify(learnFromPairs(pairs).dictionary)).toBe(first)
    expect(JSON.stringify(learnFromPairs([...pairs].reverse()).dictionary)).toBe(first)
  })

  it('treats hostile words as ordinary words', () => {
    const pairs = [
      { original: 'The constructor of the toString class failed.', spun: 'The prototype of the valueOf class failed.' },
      { original: 'Its hasOwnProperty test passed.', spun: 'Its isPrototypeOf test passed.' },
    ]
    const { dictionary } = learnFromPairs(pairs)
    expect(dictionary.entries.map((e) => [e.spun, e.original])).toEqual([
      ['isprototypeof', 'hasownproperty'],
      ['prototype', 'constructor'],
      ['valueof', 'tostring'],
    ])
    const restorer = createRestorer({ dictionaries: [loadDictionary(dictionary)], threshold: 0, stages: { context: false } })
    expect(restorer.restore('The prototype failed.').text).toBe('The constructor failed.')
  })

  it('rejects input that is not an array of { original, spun } strings', () => {
    expect(() => learnFromPairs('x' as never)).toThrow(TypeError)
    expect(() => learnFromPairs([{ original: 'a' }] as never)).toThrow(/pairs\[0\]/)
  })
})
