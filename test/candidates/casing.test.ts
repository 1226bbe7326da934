import { describe, expect, it } from 'vitest'
import { matchCasing } from '../../src/candidates/casing.js'

describe('matchCasing', () => {
  it.each([
    ['nonetheless', 'however', 'however'],
    ['Nonetheless', 'however', 'However'],
    ['NONETHELESS', 'however', 'HOWEVER'],
    ['White Home', 'White House', 'White House'],
    ['white home', 'white house', 'white house'],
    ['Information Company', 'news agency', 'News Agency'],
    ['Information company', 'news agency', 'News agency'],
    ['information company', 'TASS news agency', 'TASS news agency'],
    ['A', 'an', 'An'],
    ['Écart', 'gap', 'Gap'],
    ['7,554', 'seven', 'seven'],
  ])('%s -> %s gives %s', (found, restored, expected) => {
    expect(matchCasing(found, restored)).toBe(expected)
  })
})
