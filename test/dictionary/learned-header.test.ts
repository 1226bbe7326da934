import { describe, expect, it } from 'vitest'
import { createRestorer, DictionaryError, loadDictionary } from '../../src/index.js'
import { parseDictionaryText } from '../../src/dictionary/parse-dictionary-text.js'

// Swaps written for unspin's tests, as if observed in spun copies.
const entries = [
  { spun: 'instructed', original: 'told', prior: 0.6 },
  { spun: 'information company', original: 'news agency', prior: 0.6 },
  { spun: 'well being', original: 'health', prior: 0.6 },
  { spun: 'rustic', original: 'country', prior: 0.6 },
]

describe('the `learned` header', () => {
  it('reads a learned JSON dictionary forward, for the swap rate only', () => {
    const dictionary = loadDictionary({ version: 1, name: 'seen', learned: true, entries })
    expect(dictionary.spinner?.verdictOnly).toBe(true)
    expect([...dictionary.spinner!.headwords].sort()).toEqual(['country', 'health', 'news agency', 'told'])
    expect(loadDictionary({ version: 1, name: 'plain', entries }).spinner).toBeUndefined()
  })

  it('reads `# learned: true` in a TSV header, and rejects another value naming the line', () => {
    const tsv = (value: string) => `# name: seen\n# version: 1\n# learned: ${value}\ninstructed\ttold\n`
    expect(parseDictionaryText(tsv('true'), 'seen.tsv').spinner?.verdictOnly).toBe(true)
    expect(() => parseDictionaryText(tsv('yes'), 'seen.tsv')).toThrow(DictionaryError)
    expect(() => parseDictionaryText(tsv('yes'), 'seen.tsv')).toThrow(/learned/)
    expect(() => loadDictionary({ version: 1, name: 'seen', learned: 'yes', entries } as never)).toThrow(/learned/)
  })

  it('gives each document a swap rate: high where the headwords were swapped, low where they all survive', () => {
    const restorer = createRestorer({ dictionaries: [loadDictionary({ version: 1, name: 'seen', learned: true, entries })] })
    const spun = restorer.detect('The minister instructed the information company that the rustic needs well being care. The rustic is calm.')
    const clean = restorer.detect('The minister told the news agency that the country needs health care. The country told everyone the news agency was right about health, in a rustic hall.')
    expect(spun.swapRate).toBeGreaterThanOrEqual(0.3)
    expect(clean.swapRate).toBeLessThan(0.15)
    expect(createRestorer({ dictionaries: [loadDictionary({ version: 1, name: 'seen', learned: true, entries })], stages: { swapRate: false } }).detect('The rustic is calm.').swapRate).toBeUndefined()
  })
})
