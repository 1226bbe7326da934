import { describe, expect, it } from 'vitest'
import { mulberry32, spin } from '../../bench/sim/spin.js'

const DB = 'said|stated|mentioned|reported|declared\nnews agency|information company|news organization\nnews|information|reports\ncountry|nation|rustic\n__proto__|constructor\n'

describe('spin', () => {
  it('is deterministic for a seed and varies with it', () => {
    const text = 'The country said so. The news agency said it twice, and the country said it again.'
    const a = spin(text, DB, 7)
    expect(spin(text, DB, 7)).toEqual(a)
    const others = [1, 2, 3, 4, 5].map((seed) => spin(text, DB, seed).text)
    expect(new Set([a.text, ...others]).size).toBeGreaterThan(1)
  })

  it('swaps the longest member first, keeps the first letter case, and lists each swap', () => {
    const text = 'News agency staff said the news was out.'
    const { text: spun, swaps } = spin(text, DB, 3, { skipRate: 0 })
    expect(swaps.map((s) => s.original)).toEqual(['News agency', 'said', 'news'])
    expect(swaps[0]!.spun).toMatch(/^(Information company|News organization)$/)
    // Offsets are in the input; writing each swap over its range gives the output.
    let rebuilt = ''
    let at = 0
    for (const s of swaps) {
      expect(text.slice(s.start, s.end)).toBe(s.original)
      rebuilt += text.slice(at, s.start) + s.spun
      at = s.end
    }
    expect(rebuilt + text.slice(at)).toBe(spun)
  })

  it('does not match a phrase across punctuation or a line break', () => {
    const { swaps } = spin('They read the news.\nAgency staff left. news, agency', 'news agency|information company', 1, { skipRate: 0 })
    expect(swaps).toEqual([])
  })

  it('leaves words alone at the skip rate', () => {
    const text = Array.from({ length: 400 }, () => 'said').join(' ')
    expect(spin(text, DB, 1, { skipRate: 1 }).swaps).toEqual([])
    const kept = 400 - spin(text, DB, 1, { skipRate: 0.25 }).swaps.length
    expect(kept).toBeGreaterThan(70)
    expect(kept).toBeLessThan(130)
  })

  it('picks the first or second synonym most of the time (DESIGN section 4: about three times in four)', () => {
    const text = Array.from({ length: 2000 }, () => 'said').join(' ')
    const { swaps } = spin(text, DB, 11, { skipRate: 0 })
    const early = swaps.filter((s) => s.spun === 'stated' || s.spun === 'mentioned').length / swaps.length
    // Weights 0.45, 0.30, 0.125, 0.0625 over a line of four synonyms: 0.75 / 0.9375 = 0.8.
    expect(early).toBeGreaterThan(0.77)
    expect(early).toBeLessThan(0.83)
  })

  it('swaps a non-headword member for another member of its line, and treats hostile words as words', () => {
    expect(spin('the rustic hills', DB, 1, { skipRate: 0 }).swaps[0]!.spun).toMatch(/^(country|nation)$/)
    expect(spin('call constructor now', DB, 1, { skipRate: 0 }).text).toBe('call __proto__ now')
    expect(spin('call toString now', DB, 1, { skipRate: 0 }).text).toBe('call toString now')
  })

  it('accepts parsed sets and arrays of members', () => {
    expect(spin('He said it.', [['said', 'stated']], 1, { skipRate: 0 }).text).toBe('He stated it.')
  })
})

describe('mulberry32', () => {
  it('gives the same uniform sequence for a seed', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const values = Array.from({ length: 1000 }, () => a())
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()))
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    const mean = values.reduce((s, v) => s + v, 0) / values.length
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05)
  })
})
