import { describe, expect, it } from 'vitest'
import { errorOf, scratchFiles } from '../helpers/dictionary-errors.js'
import { DictionaryError, builtinDictionaries, createRestorer, loadDictionary, restoreText } from '../../src/index.js'

// Slow tier: dictionaries of 50,000 entries (moved from hostile.test.ts, whose small cases, and
// load-dictionary.test.ts and parse-tsv.test.ts, show in `npm test` that bad entries are located).

const file = scratchFiles('unspin-large-')
const HEADER = '# name: hostile\n# version: 1\n'

describe('a 50,000-entry dictionary', () => {
  const lines = Array.from({ length: 50_000 }, (_, i) => `spun form ${i}\toriginal ${i}`)

  it('loads whole', () => {
    const dictionary = loadDictionary(file('big.tsv', `${HEADER}${lines.join('\n')}\n`))
    expect(dictionary.entries).toHaveLength(50_000)
    expect(createRestorer({ dictionaries: [dictionary], stages: { context: false } }).restore('the spun form 49999 here').text).toBe('the original 49999 here')
  }, 120_000)

  it('with one bad entry near the end: a DictionaryError with file, line and entry, nothing half-loaded, the restorer in use unaffected', () => {
    const restorer = createRestorer({ stages: { context: false } })
    const before = restorer.restore('Peskov instructed TASS information company, with out delay.')
    const builtinCounts = builtinDictionaries().map((d) => d.entries.length)
    const bad = [...lines]
    bad[49_990] = 'spun form 49990\toriginal\tvery likely'
    const path = file('big-bad.tsv', `${HEADER}${bad.join('\n')}\n`)
    let loaded: unknown
    const error = errorOf(() => (loaded = loadDictionary(path)))
    expect(loaded).toBeUndefined()
    expect([error.file, error.line, error.value]).toEqual([path, 49_993, 'very likely'])
    expect(error.message).toBe(`${path}:49993: expected the prior column to be a number in (0, 1]`)
    const entryError = errorOf(() => loadDictionary(file('big-bad2.tsv', `${HEADER}${lines.join('\n')}\nspun form 7\tagain\n`)))
    // The duplicate's derived id is numbered ("-2") before the duplicate is found.
    expect([entryError.line, entryError.entryId]).toEqual([50_003, 'spun-form-7-2'])
    expect(entryError.message).toMatch(/duplicate entry for "spun form 7" \(first at line 10\)/)
    expect(() => createRestorer({ dictionaries: [...builtinDictionaries(), path] })).toThrow(DictionaryError)
    expect(restorer.restore('Peskov instructed TASS information company, with out delay.')).toEqual(before)
    expect(builtinDictionaries().map((d) => d.entries.length)).toEqual(builtinCounts)
    expect(restoreText('with out delay').text).toBe('without delay')
  }, 120_000)
})
