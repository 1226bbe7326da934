import { describe, expect, it } from 'vitest'
import { editDistance } from '../src/edit-distance.js'

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['threshold', 'treshold', 1],
    ['stages', 'stage', 1],
    ['ab', 'ba', 2],
    ['Stages', 'stages', 1],
    ['wellbeing', 'wellbeing', 0],
    ['caf\u00e9', 'cafe', 1],
    ['\u{1F600}a', 'a', 2],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
    expect(editDistance(b, a)).toBe(distance)
  })
})
