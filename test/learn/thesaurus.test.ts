// The reverse thesaurus index and the opt-in loader. Synonym lists here are written for these tests.
import { describe, expect, it } from 'vitest'
import { createRestorer } from '../../src/index.js'
import { buildReverseThesaurus, renderThesaurusTsv } from '../../scripts/thesaurus/reverse-thesaurus.js'
import { optInDictionary, thesaurusDictionary } from '../../src/learn/opt-in.js'
import { parseDictionaryText } from '../../src/dictionary/parse-dictionary-text.js'

const moby = new Map([
  ['country', new Set(['rustic', 'nation', 'land', 'countries'])],
  ['rural', new Set(['rustic', 'pastoral'])],
  ['say', new Set(['state', 'tell'])],
  ['constructor', new Set(['builder', '__proto__'])],
])
const wordnet = new Map([
  ['country', new Set(['nation', 'rustic'])],
  ['rustic', new Set(['rural'])],
])
const counts = new Map([['country', 500], ['rural', 40], ['say', 900], ['constructor', 30], ['obscure', 1]])

describe('buildReverseThesaurus', () => {
  it('maps a spun word to the common words that list it, best first', () => {
    const { entries, stats } = buildReverseThesaurus([moby, wordnet], counts, { originals: 4, maxCandidates: 8 })
    expect(entries).toEqual([
      { spun: 'builder', originals: ['constructor'] },
      { spun: 'land', originals: ['country'] },
      { spun: 'nation', originals: ['country'] },
      { spun: 'pastoral', originals: ['rural'] },
      // Listed by both sources for "country"; "rural" is listed both ways (mutual), but by one source.
      { spun: 'rustic', originals: ['country', 'rural'] },
      { spun: 'state', originals: ['say'] },
      { spun: 'tell', originals: ['say'] },
    ])
    expect(stats).toEqual({ spunWords: 7, candidates: 8 })
  })

  it('limits originals to the most frequent words and candidates per spun word', () => {
    const { entries } = buildReverseThesaurus([moby, wordnet], counts, { originals: 2, maxCandidates: 1 })
    expect(entries.map((e) => e.spun)).toEqual(['land', 'nation', 'rustic', 'state', 'tell'])
    expect(entries.find((e) => e.spun === 'rustic')!.originals).toEqual(['country'])
  })

  it('renders a loadable TSV dictionary', () => {
    const built = buildReverseThesaurus([moby, wordnet], counts, { originals: 4, maxCandidates: 8 })
    const dictionary = parseDictionaryText(renderThesaurusTsv(built.entries, built.stats, { originals: 4, maxCandidates: 8 }), 'thesaurus.tsv')
    expect(dictionary.name).toBe('thesaurus')
    expect(dictionary.entries.find((e) => e.spun === 'rustic')).toMatchObject({ originals: ['country', 'rural'], prior: 0.15 })
  })
})

describe('opt-in dictionaries', () => {
  it('loads tortured-words with low priors and rejects unknown names', () => {
    const words = optInDictionary('tortured-words')
    expect(words.name).toBe('tortured-words')
    expect(words.entries.length).toBeGreaterThan(100)
    expect(words.entries.every((e) => e.prior <= 0.35 && e.when === undefined)).toBe(true)
    expect(() => optInDictionary('constructor' as never)).toThrow(TypeError)
  })

  it('loads the thesaurus once, with low priors, as an opt-in layer', () => {
    const thesaurus = thesaurusDictionary()
    expect(thesaurus).toBe(thesaurusDictionary())
    expect(thesaurus.name).toBe('thesaurus')
    expect(thesaurus.entries.length).toBeGreaterThan(10_000)
    expect(thesaurus.entries.every((e) => e.prior <= 0.2 && e.originals.length <= 8)).toBe(true)
    // By prior alone (no context scoring) nothing reaches the default threshold.
    const restorer = createRestorer({ dictionaries: [thesaurusDictionary()], stages: { context: false } })
    const result = restorer.restore('The rustic mood stayed calm.')
    expect(result.text).toBe('The rustic mood stayed calm.')
    expect(result.skipped.some((s) => s.found === 'rustic')).toBe(true)
  })
})
