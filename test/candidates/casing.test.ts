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

describe('matchCasing with the entry as written', () => {
  it.each([
    // A capital the entry has only from the start of its sentence does not reach lowercase input.
    ['reside', 'Live', 'Reside', 'live'],
    ['reside there', 'Live there', 'Reside there', 'live there'],
    // Names and acronyms keep their capitals.
    ['primary minister', 'Prime Minister', 'Primary Minister', 'Prime Minister'],
    ['tass', 'TASS', 'Tass', 'TASS'],
    ['reside', 'live', 'reside', 'live'],
    // Capitalized input still capitalizes.
    ['Reside', 'Live', 'Reside', 'Live'],
  ])('%s -> %s (entry %s) gives %s', (found, restored, entrySpun, expected) => {
    expect(matchCasing(found, restored, entrySpun)).toBe(expected)
  })
})
