import { describe, expect, it } from 'vitest'
import { createRestorer, loadDictionary, restoreText } from '../../src/index.js'

// Sentences written for this test; "clamor level" is in no dictionary (the PPS list has "clamor" -> "noise" in other phrases).
describe('unlisted suspects (issue 14, item 6)', () => {
  it('reports an unlisted phrase made of paper-mill words, with the original the word pairs propose, and applies nothing', () => {
    const text = 'In this study, the clamor level is evaluated on two datasets.'
    const result = restoreText(text)
    expect(result.text).toBe(text)
    expect(result.marks).toEqual([])
    expect(result.skipped).toMatchObject([{ found: 'clamor level', restored: 'noise level', reason: 'unlisted', source: 'word-pairs', level: 'low' }])
    expect(result.skipped[0]!.confidence).toBeLessThan(0.5)
  })

  it('leaves ordinary phrases alone, seen in English or not made of paper-mill words', () => {
    for (const text of ['The noise level in the hall rose.', 'He spoke of the political consciousness of the voters.', 'She gave a quick response to the board.']) {
      expect(restoreText(text).skipped.filter((s) => s.reason === 'unlisted')).toEqual([])
    }
  })

  it('reports nothing from a handful of phrase entries: too few to say which words are paper-mill words', () => {
    const phrases = loadDictionary({ version: 1, name: 'mine', entries: [{ spun: 'clamor floor', original: 'noise floor' }, { spun: 'clamor gate', original: 'noise gate' }] })
    const result = createRestorer({ dictionaries: [phrases] }).restore('In this study, the clamor level is evaluated on two datasets.')
    expect(result.skipped.filter((s) => s.reason === 'unlisted')).toEqual([])
  })

  it('is off with composed phrases off', () => {
    const result = createRestorer({ stages: { composeCompounds: false } }).restore('In this study, the clamor level is evaluated on two datasets.')
    expect(result.skipped.filter((s) => s.reason === 'unlisted')).toEqual([])
  })
})
