import { describe, expect, it } from 'vitest'
import { createLanguageModelFromCounts, createRestorer, loadDictionary } from '../../src/index.js'
import { createDocumentVocabulary, usedElsewhere } from '../../src/evidence/document-evidence.js'
import { tokenize } from '../../src/tokenize/tokenize.js'

describe('usedElsewhere', () => {
  const text = 'The conflicts grew worse. The battle raged on, and the region waited.'
  const tokens = tokenize(text)
  const vocabulary = createDocumentVocabulary(tokens)
  const battle = tokens.filter((t) => t.norm === 'battle')

  it('is true when every content word of the option occurs elsewhere, by form or by lemma', () => {
    expect(usedElsewhere(vocabulary, battle, ['conflict'])).toBe(true)
    expect(usedElsewhere(vocabulary, battle, ['the', 'region'])).toBe(true)
  })

  it('is false for a word the document never uses, or an option of function words only', () => {
    expect(usedElsewhere(vocabulary, battle, ['war'])).toBe(false)
    expect(usedElsewhere(vocabulary, battle, ['conflict', 'zone'])).toBe(false)
    expect(usedElsewhere(vocabulary, battle, ['of', 'the'])).toBe(false)
  })

  it('does not count the span itself', () => {
    expect(usedElsewhere(vocabulary, battle, ['battle'])).toBe(false)
  })
})

// A tiny model from sentences we wrote, so the figures below depend on no shipped data.
const languageModel = createLanguageModelFromCounts(
  ['the talks went on for days', 'the fight went on for days', 'the region waited for news', 'officials said the talks would resume'].map((s) => s.split(' ')),
)

describe('document evidence in context scoring', () => {
  const dictionary = loadDictionary({ version: 1, name: 'test', entries: [{ spun: 'fight', original: 'talks', prior: 0.4 }] })
  const confidence = (documentEvidence: boolean, text: string): number => {
    const result = createRestorer({ dictionaries: [dictionary], languageModel, stages: { documentEvidence, documentGate: false }, threshold: 0 }).restore(text)
    return [...result.marks, ...result.skipped].find((c) => c.found === 'fight')!.confidence
  }

  it('raises the confidence of an original the document uses elsewhere, and only then', () => {
    const withOriginal = 'The fight went on for days. Officials said the talks would resume.'
    expect(confidence(true, withOriginal)).toBeGreaterThan(confidence(false, withOriginal))
    const without = 'The fight went on for days. Officials said nothing more.'
    expect(confidence(true, without)).toBe(confidence(false, without))
  })
})

describe('spun-document prior', () => {
  // Strong swaps make the document look spun; "fight" is a weak one in the same text.
  const dictionary = loadDictionary({
    version: 1,
    name: 'test',
    entries: [
      { spun: 'supply hyperlink', original: 'source link', prior: 0.95 },
      { spun: 'fight', original: 'talks', prior: 0.3 },
    ],
  })
  const filler = 'The region waited for news. '.repeat(8)
  const spunText = `${filler}The fight went on for days. Supply hyperlink. Supply hyperlink. Supply hyperlink.`
  const cleanText = `${filler}The fight went on for days.`
  const fight = (spunDocumentPrior: boolean, text: string) => {
    const result = createRestorer({ dictionaries: [dictionary], languageModel, stages: { spunDocumentPrior, documentEvidence: false, documentGate: false }, threshold: 0 }).restore(text)
    return { spin: result.spin, confidence: [...result.marks, ...result.skipped].find((c) => c.found === 'fight')!.confidence }
  }

  it('makes listed swaps more likely in a document found spun', () => {
    const on = fight(true, spunText)
    expect(on.spin?.verdict).toBe('spun')
    expect(on.confidence).toBeGreaterThan(fight(false, spunText).confidence)
  })

  it('changes nothing in a document that does not look spun', () => {
    const on = fight(true, cleanText)
    expect(on.spin?.verdict).not.toBe('spun')
    expect(on.confidence).toBe(fight(false, cleanText).confidence)
  })
})
