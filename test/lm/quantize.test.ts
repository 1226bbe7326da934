import { describe, expect, it } from 'vitest'
import { buildCodebook, encode, LEVELS } from '../../scripts/lm/quantize.js'
import { random } from './corpus.js'

describe('quantization codebooks', () => {
  it('are exact when there are few distinct values', () => {
    const values = Float64Array.from([-1.5, -0.25, -3, -0.25, 0])
    const book = buildCodebook(values)
    expect(book.length).toBe(LEVELS)
    for (const v of values) expect(book[encode(book, v)]).toBe(v)
  })

  it('keep the error small on many values', () => {
    const next = random(3)
    // Log-probability-like: most values near -5, a long tail to -20.
    const values = Float64Array.from({ length: 20_000 }, () => -Math.abs(5 + 2 * (next() + next() + next() - 1.5) + (next() < 0.05 ? 10 * next() : 0)))
    const book = buildCodebook(values)
    for (let i = 1; i < book.length; i++) expect(book[i]).toBeGreaterThanOrEqual(book[i - 1]!)
    let sum = 0
    let max = 0
    for (const v of values) {
      const e = Math.abs(book[encode(book, v)]! - v)
      sum += e
      max = Math.max(max, e)
    }
    expect(sum / values.length).toBeLessThan(0.02) // a uniform grid over the range would give about 0.03
    expect(max).toBeLessThan(0.5)
    expect(buildCodebook(values)).toEqual(book) // deterministic
  })

  it('encode picks the nearest level', () => {
    const book = buildCodebook(Float64Array.from([0, 1, 2]))
    expect(encode(book, 0.4)).toBe(0)
    expect(encode(book, 0.6)).toBe(1)
    expect(encode(book, -9)).toBe(0)
    expect(book[encode(book, 9)]).toBe(2)
  })
})
