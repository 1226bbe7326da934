import { describe, expect, it } from 'vitest'
import { MEASURED_OTHER_LINE_SHARE, MEASURED_POSITION_SHARES, MEASURED_SWAP_RATE, spinHeadwords } from '../../bench/sim/spin.js'

// A database written for this test: every headword has five synonyms, and each of the words the text
// uses is also listed on another line (so every option the spinner has is always open).
const DB = [
  'said|stated|declared|remarked|noted|voiced',
  'told|informed|instructed|advised|notified|apprised',
  'year|twelvemonth|annum|yr|calendar year|period',
  'news agency|information company|wire service|press office|bulletin service|report bureau',
  'country|nation|land|state|realm|homeland',
  'declared|said|announced',
  'instructed|told|taught',
  'period|year|stretch',
  'land|country|ground',
  'press office|news agency|media desk',
].join('\n')

const SENTENCE = 'The news agency said the country told its people this year. Nothing else here is known. '
const TEXT = SENTENCE.repeat(600)

describe('spinHeadwords', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = spinHeadwords(TEXT.slice(0, 2000), DB, 5)
    expect(spinHeadwords(TEXT.slice(0, 2000), DB, 5)).toEqual(a)
    expect(spinHeadwords(TEXT.slice(0, 2000), DB, 6).text).not.toBe(a.text)
  })

  it('swaps headwords at the measured rate, with the measured position shares', () => {
    const { swaps, matches, words, headwordWords, withOtherLines } = spinHeadwords(TEXT, DB, 1)
    // Per sentence: news agency (2 words), said, country, told, year; "the", "its", "people" are no headwords.
    expect(matches).toBe(5 * 600)
    expect(withOtherLines).toBe(matches)
    expect(headwordWords).toBe(6 * 600)
    expect(words).toBe(16 * 600)
    const rate = swaps.length / matches
    expect(Math.abs(rate - MEASURED_SWAP_RATE)).toBeLessThan(0.03)
    const share = (position: number) => swaps.filter((s) => s.position === position).length / swaps.length
    expect(Math.abs(share(1) - MEASURED_POSITION_SHARES[0]!)).toBeLessThan(0.03)
    expect(Math.abs(share(2) - MEASURED_POSITION_SHARES[1]!)).toBeLessThan(0.03)
    expect(Math.abs(share(3) - MEASURED_POSITION_SHARES[2]!)).toBeLessThan(0.015)
    expect(Math.abs(share(0) - MEASURED_OTHER_LINE_SHARE)).toBeLessThan(0.03)
    // The rest (1%) goes to positions 4 and 5.
    expect(share(4) + share(5)).toBeLessThan(0.03)
  })

  it('takes the spun form from the line named, another line holding the original when position is 0', () => {
    const lines = DB.split('\n').map((l) => l.split('|'))
    const { swaps } = spinHeadwords(TEXT.slice(0, 20_000), DB, 2)
    for (const s of swaps) {
      const key = s.original.toLowerCase()
      expect(lines[s.line]![0]).toBe(key)
      const from = lines[s.fromLine]!
      if (s.position > 0) {
        expect(s.fromLine).toBe(s.line)
        expect(from[s.position]!.toLowerCase()).toBe(s.spun.toLowerCase())
      } else {
        expect(s.fromLine).not.toBe(s.line)
        expect(from.slice(1)).toContain(key)
        expect(from.map((m) => m.toLowerCase())).toContain(s.spun.toLowerCase())
        expect(s.spun.toLowerCase()).not.toBe(key)
      }
    }
  })

  it('gives offsets that slice back to the originals, and the swaps rebuild the output', () => {
    const text = 'News agency staff said so.\nThe Country told them, last year; the news\nagency did not.'
    const { text: spun, swaps } = spinHeadwords(text, DB, 3, { swapRate: 1 })
    expect(swaps.map((s) => s.original)).toEqual(['News agency', 'said', 'Country', 'told', 'year'])
    let rebuilt = ''
    let at = 0
    for (const s of swaps) {
      expect(text.slice(s.start, s.end)).toBe(s.original)
      expect(s.spun[0]).toBe(s.original[0] === s.original[0]!.toUpperCase() ? s.spun[0]!.toUpperCase() : s.spun[0]!.toLowerCase())
      rebuilt += text.slice(at, s.start) + s.spun
      at = s.end
    }
    expect(rebuilt + text.slice(at)).toBe(spun)
  })

  it('never swaps words that are only synonyms, and keeps everything at swap rate 0', () => {
    const text = 'They stated it; the nation informed the press. '.repeat(20)
    expect(spinHeadwords(text, DB, 4, { swapRate: 1 }).swaps).toEqual([])
    const none = spinHeadwords(TEXT.slice(0, 5000), DB, 4, { swapRate: 0 })
    expect(none.swaps).toEqual([])
    expect(none.text).toBe(TEXT.slice(0, 5000))
    expect(none.matches).toBeGreaterThan(0)
  })

  it('renormalizes over the options a line offers', () => {
    const { swaps, withOtherLines } = spinHeadwords('said '.repeat(500), [['said', 'stated']], 9, { swapRate: 1 })
    expect(withOtherLines).toBe(0)
    expect(swaps).toHaveLength(500)
    expect(swaps.every((s) => s.spun === 'stated' && s.position === 1)).toBe(true)
  })
})
