import { describe, expect, it } from 'vitest'
import { createRestorer, loadDictionary } from '../../src/index.js'
import { analyzePhrases, phrasesOf } from '../../src/dictionary/analyze-phrases.js'
import { buildCompoundIndex, compoundKey } from '../../src/dictionary/compound-index.js'

// Phrase entries we wrote, in the style of tortured phrases: each spun word by word.
const phrases = loadDictionary({
  name: 'test-phrases',
  version: 1,
  entries: [
    { spun: 'bosom peril', original: 'breast cancer', prior: 0.9 },
    { spun: 'bosom disease', original: 'breast disease', prior: 0.9 },
    { spun: 'lung malignancy', original: 'lung cancer', prior: 0.9 },
    { spun: 'he can', original: 'he will', prior: 0.9 },
  ],
})
const entries = phrases.entries.map((entry) => ({ entry, source: phrases.name }))
const analysis = analyzePhrases(phrasesOf(phrases.entries))

describe('buildCompoundIndex', () => {
  const index = buildCompoundIndex(entries, analysis)

  it('decomposes the phrase entries into word pairs, best supported first', () => {
    expect(index.wordOriginals.get('bosom')?.map((o) => o.word)).toEqual(['breast'])
    expect(index.wordOriginals.get('malignancy')?.map((o) => o.word)).toEqual(['cancer'])
    expect(index.wordOriginals.get('bosom')![0]!.prior).toBeGreaterThan(index.wordOriginals.get('malignancy')![0]!.prior)
  })

  it('keeps multi-word originals as known compounds, but not phrases of function words', () => {
    expect(index.compoundsByStart.get(compoundKey('breast', 'cancer'))?.map((c) => c.text)).toEqual(['breast cancer'])
    expect(index.compoundsByStart.get(compoundKey('breast', 'disease'))?.map((c) => c.text)).toEqual(['breast disease'])
    expect(index.compoundsByStart.get(compoundKey('he', 'will'))).toBeUndefined()
    expect(index.maxWords).toBe(2)
  })

  it('does not depend on the order of the entries', () => {
    const reversed = buildCompoundIndex([...entries].reverse(), analysis)
    expect([...reversed.wordOriginals]).toEqual([...index.wordOriginals])
    expect([...reversed.compoundsByStart].sort()).toEqual([...index.compoundsByStart].sort())
  })
})

describe('composing unlisted phrases', () => {
  const text = 'The study followed women with bosom malignancy for ten years.'
  // One sentence is too short to open the document gate; the gate is measured elsewhere.
  const stages = { documentGate: false }

  it('restores a phrase nobody listed when its words map onto a listed original', () => {
    const result = createRestorer({ dictionaries: [phrases], threshold: 0, stages }).restore(text)
    const mark = result.marks.find((m) => m.found === 'bosom malignancy')
    expect(mark?.restored).toBe('breast cancer')
    expect(mark?.source).toBe('test-phrases')
    expect(result.text).toBe('The study followed women with breast cancer for ten years.')
  })

  it('composes nothing with the stage off, or when the entries behind a word pair are disabled', () => {
    expect(createRestorer({ dictionaries: [phrases], threshold: 0, stages: { ...stages, composeCompounds: false } }).restore(text).marks).toEqual([])
    const disabled = createRestorer({ dictionaries: [phrases], threshold: 0, stages, disable: [phrases.entries[0]!.id, phrases.entries[1]!.id] })
    expect(disabled.restore(text).marks).toEqual([])
  })

  it('never composes onto an original that is not listed, nor rewrites a listed original', () => {
    const restorer = createRestorer({ dictionaries: [phrases], threshold: 0, stages })
    // "breast malignancies" is listed nowhere, and composing never re-inflects.
    expect(restorer.restore('Doctors treat bosom malignancies.').marks).toEqual([])
    expect(restorer.restore('Doctors treat breast cancer and lung cancer.').marks).toEqual([])
  })

  it('reads compounds in tokens, so hyphenated and possessive originals compose too', () => {
    const terms = loadDictionary({
      name: 'test-terms',
      version: 1,
      entries: [
        { spun: 'k-infers bunching', original: 'k-means clustering', prior: 0.9 },
        { spun: "Parkinson's malady", original: "Parkinson's disease", prior: 0.9 },
        { spun: 'lung ailment', original: 'lung disease', prior: 0.9 },
      ],
    })
    const restorer = createRestorer({ dictionaries: [terms], threshold: 0, stages })
    const hyphen = restorer.restore('We ran k-infers clustering on the survey answers.')
    expect(hyphen.marks.map((m) => [m.found, m.restored])).toEqual([['k-infers clustering', 'k-means clustering']])
    const possessive = restorer.restore("The clinic follows people with Parkinson's ailment closely.")
    expect(possessive.text).toBe("The clinic follows people with Parkinson's disease closely.")
  })
})
