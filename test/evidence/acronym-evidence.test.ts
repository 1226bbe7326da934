import { describe, expect, it } from 'vitest'
import { createLanguageModelFromCounts, createRestorer, loadDictionary } from '../../src/index.js'
import { acronymAfter, spellsAcronym } from '../../src/evidence/acronym-evidence.js'
import { tokenize } from '../../src/tokenize/tokenize.js'

const wordsOf = (text: string) => tokenize(text).filter((t) => t.pos !== 'SPACE')

describe('acronymAfter', () => {
  it('reads a parenthesised acronym right after a word', () => {
    const words = wordsOf('We trained an irregular woodland (RF) and two CNN models (CNNs) on it.')
    expect(acronymAfter(words, words.findIndex((t) => t.text === 'woodland'))).toBe('rf')
    expect(acronymAfter(words, words.findIndex((t) => t.text === 'models'))).toBe('cnn')
  })

  it('ignores ordinary parentheses', () => {
    const words = wordsOf('The results (see above) and the year (2020) and the unit (m) differ.')
    for (const k of words.keys()) expect(acronymAfter(words, k)).toBeUndefined()
  })
})

describe('spellsAcronym', () => {
  it('matches initials, with or without function words and across hyphens', () => {
    expect(spellsAcronym(['random', 'forest'], 'rf')).toBe(true)
    expect(spellsAcronym(['bag', 'of', 'words'], 'bow')).toBe(true)
    expect(spellsAcronym(['bag', 'of', 'words'], 'bw')).toBe(true)
    expect(spellsAcronym(['k-nearest', 'neighbours'], 'knn')).toBe(true)
    expect(spellsAcronym(['irregular', 'woodland'], 'rf')).toBe(false)
  })
})

describe('acronym evidence in context scoring', () => {
  // The model knows the wrong reading better; the prior lists it first too.
  const languageModel = createLanguageModelFromCounts(['we trained an irregular forest on the data', 'an irregular forest grew', 'a random forest grew'].map((s) => s.split(' ')))
  const dictionary = loadDictionary({
    version: 1,
    name: 'test',
    entries: [{ spun: 'irregular woodland', original: ['irregular forest', 'random forest'], prior: 0.6 }],
  })
  const restorer = createRestorer({ dictionaries: [dictionary], languageModel, stages: { documentGate: false } })

  it('picks the original whose initials the acronym spells', () => {
    expect(restorer.restore('We trained an irregular woodland on the data.').text).toBe('We trained an irregular forest on the data.')
    expect(restorer.restore('We trained an irregular woodland (RF) on the data.').text).toBe('We trained a random forest (RF) on the data.')
  })

  it('keeps the spun words when they spell the acronym themselves', () => {
    const result = restorer.restore('We trained an irregular woodland (IW) on the data.')
    expect(result.marks).toEqual([])
  })
})
