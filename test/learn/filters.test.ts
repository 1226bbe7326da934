// Noise that is not spinning must not become entries. Every text here is written for these tests.
import { describe, expect, it } from 'vitest'
import { extractSwaps } from '../../src/learn/extract.js'
import { learnFromPairs } from '../../src/learn/learn.js'

const reasons = (original: string, spun: string) => extractSwaps({ original, spun }).rejected.map((r) => r.reason)
const entries = (original: string, spun: string) => learnFromPairs([{ original, spun }]).dictionary.entries

describe('noise filters', () => {
  it.each([
    ['a reordered sentence', 'The minister said on Monday that talks will go on.', 'On Monday the minister said that talks will go on.'],
    ['a reordered sentence with a swap in it', 'The minister said on Monday that talks will go on.', 'On Monday the minister stated that talks will go on.'],
    ['a changed figure', 'The firm sold 940 cars in May.', 'The firm sold 1,210 cars in May.'],
    ['a number spelled out', 'Police counted 7,554 votes.', 'Police counted seven,554 votes.'],
    ['a name changed', 'The visit was led by Anna Kowalski, the envoy.', 'The visit was led by Maria Nowak, the envoy.'],
    ['a name put in for a pronoun', 'He told reporters the vote was fair.', 'Kowalski told reporters the vote was fair.'],
    ['quotes restyled', 'She said "no" twice.', 'She said \u201cno\u201d twice.'],
    ['a word dropped', 'The very old bridge was closed.', 'The old bridge was closed.'],
    ['another inflection', 'The mayor says the road is open.', 'The mayor said the road is open.'],
    ['a contraction', 'It is not clear who won.', "It's not clear who won."],
    ['an article changed', 'The council met a day later.', 'The council met the day later.'],
    ['one short function word for another', 'The shop is in the square.', 'The shop is on the square.'],
    ['a rewritten sentence', 'Rain fell all night across the region.', 'Across the whole area it was raining from dusk until dawn.'],
  ])('%s gives no entry', (_, original, spun) => {
    expect(entries(original, spun)).toEqual([])
  })

  it('says why each difference was rejected', () => {
    expect(reasons('The firm sold 940 cars in May.', 'The firm sold 1,210 cars in May.')).toEqual(['number'])
    expect(reasons('Police counted 7,554 votes.', 'Police counted seven,554 votes.')).toEqual(['number-spelling'])
    expect(reasons('The visit was led by Anna Kowalski, the envoy.', 'The visit was led by Maria Nowak, the envoy.')).toEqual(['name'])
    expect(reasons('The minister said on Monday that talks will go on.', 'On Monday the minister stated that talks will go on.')).toContain('reordering')
    expect(reasons('Rain fell all night across the region.', 'Across the whole area it was raining from dusk until dawn.')).toEqual(['sentence-quality'])
  })

  it('keeps a damaged name whole, capitals and all, when the spun words are ordinary words', () => {
    const found = entries('A spokesman for the White House declined to comment. The house was empty.', 'A spokesman for the White Home declined to comment. The home was empty.')
    expect(found.map((e) => [e.spun, e.original])).toEqual([['home', 'house'], ['White Home', 'White House']])
  })

  it('keeps the words of a swap inside changed quotation marks', () => {
    expect(entries('He "stressed" the risk.', 'He \u201cburdened\u201d the risk.').map((e) => [e.spun, e.original])).toEqual([['burdened', 'stressed']])
  })
})
