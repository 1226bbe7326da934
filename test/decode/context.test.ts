import { describe, expect, it } from 'vitest'
import { createLanguageModelFromCounts, createRestorer, detectSpin, loadDictionary, restoreText } from '../../src/index.js'

// A tiny model from sentences we wrote: it knows "conflict in the region" and "the battle of hastings".
const sentences = [
  'the conflict in the region has displaced thousands',
  'the conflict in the region continues',
  'a long conflict in the region',
  'the battle of hastings was fought in 1066',
  'they studied the battle of hastings',
  'officials said the talks would resume',
].map((s) => s.split(' '))
const languageModel = createLanguageModelFromCounts(sentences)
const dictionary = loadDictionary({ version: 1, name: 'test', entries: [{ spun: 'battle', original: 'conflict', prior: 0.5 }] })

describe('context scoring with a language model', () => {
  // The document gate would hold a lone swap in one sentence back (test/short-inputs.test.ts); these
  // tests are about the decoder's choice, so it is off.
  const restorer = createRestorer({ dictionaries: [dictionary], languageModel, stages: { documentGate: false } })

  it('restores a swap the context supports', () => {
    const result = restorer.restore('The battle in the region has displaced thousands.')
    expect(result.text).toBe('The conflict in the region has displaced thousands.')
    expect(result.marks[0]!.confidence).toBeGreaterThan(0.5)
  })

  it('keeps the word where the context supports it, and reports the candidate as skipped', () => {
    const result = restorer.restore('They studied the battle of Hastings.')
    expect(result.text).toBe('They studied the battle of Hastings.')
    expect(result.skipped).toMatchObject([{ found: 'battle', restored: 'conflict', reason: 'below-threshold' }])
    expect(result.skipped[0]!.confidence).toBeLessThan(0.5)
  })

  it('gives confidences that are posteriors: options and keeping the text sum to at most 1', () => {
    const result = restorer.restore('The battle in the region has displaced thousands.')
    const mark = result.marks[0]!
    const total = mark.confidence + mark.alternatives.reduce((sum, a) => sum + a.confidence, 0)
    expect(total).toBeLessThanOrEqual(1.0005)
  })

  it('with stages.context off, falls back to the entry prior', () => {
    const prior = createRestorer({ dictionaries: [dictionary], languageModel, stages: { context: false } })
    expect(prior.restore('They studied the battle of Hastings.').marks[0]?.confidence).toBe(0.5)
  })
})

describe('spin score', () => {
  it('scores spun text above clean text, and detectSpin rewrites nothing', () => {
    const spun = detectSpin('Peskov instructed TASS information company on Monday, with out providing details. Supply hyperlink')
    const clean = detectSpin('Peskov told TASS news agency on Monday, without providing details. Source link')
    expect(spun.score).toBeGreaterThan(clean.score)
    expect(spun.verdict).toBe('spun')
    expect(clean.verdict).toBe('clean')
    expect(spun.suspects.length).toBeGreaterThan(0)
    expect(restoreText('Supply hyperlink').spin).toMatchObject({ verdict: expect.any(String), score: expect.any(Number) })
  })

  it('says which suspects restore would apply, and why the others not', () => {
    const text = 'Peskov instructed TASS information company on Monday, with out providing details. Supply hyperlink'
    const { suspects } = detectSpin(text)
    const result = restoreText(text)
    expect(suspects.filter((s) => s.applied).map((s) => [s.start, s.restored])).toEqual(result.marks.map((m) => [m.start, m.restored]))
    expect(suspects.filter((s) => !s.applied).map((s) => [s.start, s.reason])).toEqual(
      [...result.skipped].sort((a, b) => a.start - b.start || a.end - b.end).map((s) => [s.start, s.reason]),
    )
  })
})
