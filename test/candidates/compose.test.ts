import { describe, expect, it } from 'vitest'
import { createRestorer, loadDictionary, parseDictionaryText } from '../../src/index.js'

const parts = parseDictionaryText(
  ['# name: parts', '# version: 1', '# compose: true', '# default-prior: 0.3', 'haze\tcloud', 'figuring\tcomputing', 'irregular\trandom', 'woodland\tforest', 'profound\tdeep'].join('\n'),
  'parts.tsv',
)
const phrases = loadDictionary({ version: 1, name: 'phrases', entries: [{ spun: 'arbitrary woods', original: 'random forest', prior: 0.9 }] })
// Without a language model a composition's confidence comes from its parts' priors alone.
const restorer = createRestorer({ dictionaries: [phrases, parts], languageModel: null, threshold: 0.4 })

describe('composed phrases', () => {
  it('never makes a single part a candidate', () => {
    const result = restorer.restore('A haze hung over the woodland.')
    expect(result.marks).toEqual([])
    expect(result.skipped).toEqual([])
  })

  it('composes a run of parts into a phrase candidate', () => {
    const result = restorer.restore('Haze figuring is cheap.')
    expect(result.text).toBe('Cloud computing is cheap.')
    expect(result.marks).toMatchObject([{ found: 'Haze figuring', restored: 'Cloud computing', entryId: 'haze+figuring', source: 'parts' }])
  })

  it('ranks a composition that a phrase entry lists as an original higher', () => {
    const known = restorer.restore('We trained an irregular woodland.').marks[0]!
    const unknown = restorer.restore('It was haze figuring.').marks[0]!
    expect(known.restored).toBe('a random forest')
    expect(known.confidence).toBeGreaterThan(unknown.confidence)
  })

  it('composes across the line break of hard-wrapped text, not across a blank line or punctuation', () => {
    expect(restorer.restore('We moved to haze\nfiguring.').text).toBe('We moved to cloud\ncomputing.')
    expect(restorer.restore('Haze\n\nfiguring.').marks).toEqual([])
    expect(restorer.restore('Haze, figuring.').marks).toEqual([])
  })
})
