import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorOf, scratchFiles } from '../helpers/dictionary-errors.js'
import { createRestorer, loadDictionary, parseDictionaryText, type DictionaryInput } from '../../src/index.js'

// Cases already in load-dictionary.test.ts (bad prior, column counts, unknown POS, no-op entry,
// duplicates, missing name or version, invalid JSON with a position, unknown fields, `spun: 42`, a
// 500-character form, an unreadable file, `onInvalidEntry: 'skip'`) are not repeated here.

const file = scratchFiles('unspin-hostile-')


const HEADER = '# name: hostile\n# version: 1\n'
const base = { version: 1, name: 'hostile' } as const
const entriesOf = (entries: unknown[]) => ({ ...base, entries }) as unknown as DictionaryInput

describe('prototype names', () => {
  it('are ordinary spun forms and originals, in TSV and JSON', () => {
    const tsv = loadDictionary(file('proto.tsv', `${HEADER}__proto__\tconstructor\nhasOwnProperty\ttoString\nvalueOf\t__defineGetter__\n`))
    const json = loadDictionary(entriesOf([{ spun: 'constructor', original: '__proto__' }, { spun: 'prototype', original: 'valueOf' }]))
    const restorer = createRestorer({ dictionaries: [tsv, json], stages: { context: false } })
    expect(restorer.restore('The __proto__ and hasOwnProperty and constructor and prototype.').text).toBe('The constructor and toString and __proto__ and valueOf.')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('as JSON keys are unknown fields, never prototype writes', () => {
    const top = errorOf(() => parseDictionaryText('{"version":1,"name":"x","__proto__":{"polluted":1},"entries":[]}', 'x.json'))
    expect(top.message).toMatch(/unknown dictionary field `__proto__`/)
    const entry = errorOf(() => parseDictionaryText('{"version":1,"name":"x","entries":[\n{"spun":"a","original":"b","constructor":{"polluted":1}}]}', 'x.json'))
    expect([entry.line, entry.entryId]).toEqual([2, 'a'])
    expect(entry.message).toMatch(/unknown field `constructor`/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('as a dictionary name: "constructor" is a name like any other, "__proto__" is not a lowercase name', () => {
    expect(loadDictionary({ version: 1, name: 'constructor', entries: [] }).name).toBe('constructor')
    expect(errorOf(() => loadDictionary({ version: 1, name: '__proto__', entries: [] })).message).toMatch(/`name` to be a lowercase name/)
  })
})

describe('cycles', () => {
  // a -> b and b -> a in one dictionary is valid data. Restoring is one pass over the input: every
  // mark is a span of the input, so nothing restored is looked at again and nothing loops.
  const cycle = loadDictionary(entriesOf([
    { spun: 'big', original: 'large', prior: 0.9 },
    { spun: 'large', original: 'big', prior: 0.9 },
    { spun: 'with out', original: 'without', prior: 0.9 },
    { spun: 'without', original: 'with out', prior: 0.9 },
  ]))
  const restorer = createRestorer({ dictionaries: [cycle], stages: { context: false } })

  it('swaps each occurrence once', () => {
    const result = restorer.restore('A big house, large enough, with out a doubt and without fear.')
    expect(result.text).toBe('A large house, big enough, without a doubt and with out fear.')
    expect(result.marks.map((m) => [m.found, m.restored])).toEqual([['big', 'large'], ['large', 'big'], ['with out', 'without'], ['without', 'with out']])
  })

  it('restoring the output swaps back: the cycle is in the data, not in the restorer', () => {
    const input = 'A big house, large enough.'
    expect(restorer.restore(restorer.restore(input).text).text).toBe(input)
  })
})

describe('empty and enormous data', () => {
  it.each([
    ['an empty TSV file', 'empty.tsv', '', /version/],
    ['an empty JSON file', 'empty.json', '', /invalid JSON: Unexpected end/],
    ['a TSV line with an empty spun form', 'tabs.tsv', `${HEADER}\twithout\n`, /contain a letter or digit/],
    ['an empty original list', 'empty.json', JSON.stringify(entriesOf([{ spun: 'a', original: [] }])), /at least one original/],
    ['a blank original', 'blank.json', JSON.stringify(entriesOf([{ spun: 'a', original: ['b', '   '] }])), /contain a letter or digit/],
    ['a 201-character original', 'long.json', JSON.stringify(entriesOf([{ spun: 'a', original: 'b'.repeat(201) }])), /longer than 200/],
    ['a 1 MB TSV line', 'long.tsv', `${HEADER}${'x'.repeat(1_000_000)}\ty\n`, /longer than 200/],
  ])('rejects %s', (_label, name, text, message) => {
    expect(errorOf(() => loadDictionary(file(name, text))).message).toMatch(message)
  })

  it('accepts an empty entry list, a 10,000-original entry and a 1 MB note', () => {
    expect(createRestorer({ dictionaries: [loadDictionary(entriesOf([]))] }).restore('with out').marks).toEqual([])
    const originals = Array.from({ length: 10_000 }, (_, i) => `original ${i}`)
    const big = loadDictionary(entriesOf([{ spun: 'with out', original: originals, note: 'n'.repeat(1_000_000) }]))
    // The prior is shared among the originals (1, 1/2, 1/3 ... normalized), so each is weak.
    const result = createRestorer({ dictionaries: [big], stages: { context: false } }).restore('with out', { threshold: 0 })
    expect(result.marks[0]!.restored).toBe('original 0')
    expect(result.marks[0]!.alternatives).toHaveLength(9_999)
  })

  it('rejects a `when` query nested too deeply with a DictionaryError, not a stack overflow', () => {
    for (const when of ['('.repeat(100_000) + 'a' + ')'.repeat(100_000), 'NOT '.repeat(100_000) + 'a']) {
      const error = errorOf(() => loadDictionary(entriesOf([{ spun: 'a b', original: 'c', when }])))
      expect(error.message).toMatch(/nest at most 64 levels/)
      expect(error.message.length).toBeLessThan(400) // the query is quoted around the problem, not whole
    }
    expect(loadDictionary(entriesOf([{ spun: 'a b', original: 'c', when: Array(10_000).fill('a').join(' AND ') }])).entries).toHaveLength(1)
  })
})

describe('encodings and line ends', () => {
  it('reads a BOM at the start of JSON and TSV, and CR-only line ends in TSV', () => {
    expect(loadDictionary(file('bom.json', '\uFEFF' + JSON.stringify(entriesOf([{ spun: 'with out', original: 'without' }])))).entries).toHaveLength(1)
    expect(parseDictionaryText('\uFEFF' + JSON.stringify(entriesOf([{ spun: 'with out', original: 'without' }]))).entries).toHaveLength(1)
    const cr = loadDictionary(file('cr.tsv', '# name: cr\r# version: 1\rwith out\twithout\rnonetheless\thowever\r'))
    expect(cr.entries.map((e) => [e.spun, e.line])).toEqual([['with out', 3], ['nonetheless', 4]])
  })

  it('rejects control characters and unpaired surrogates in forms, which text never matches', () => {
    expect(errorOf(() => loadDictionary(entriesOf([{ spun: 'with\u0000out', original: 'without' }]))).message).toMatch(/control characters/)
    expect(errorOf(() => loadDictionary(entriesOf([{ spun: 'a', original: 'b\ud800' }]))).message).toMatch(/unpaired surrogates/)
    expect(errorOf(() => loadDictionary(file('nul.tsv', `${HEADER}with out\twith\u0007out\n`))).line).toBe(3)
    expect(loadDictionary(entriesOf([{ spun: '😀 face', original: 'smile' }])).entries).toHaveLength(1)
  })
})

describe('invalid JSON names its line', () => {
  it.each([
    ['a trailing comma', '{\n"version": 1,\n"name": "x",\n"entries": [\n{"spun": "a", "original": "b"},\n]\n}', 6],
    ['a missing value', '{\n"version": 1,\n"name": ,\n"entries": []\n}', 3],
    ['a truncated file', '{\n"version": 1,\n"name": "x",\n"entries": [{"spun": "a",', 4],
    ['text after the object', '{"version": 1, "name": "x", "entries": []}\nextra', 2],
  ])('%s', (_label, text, line) => {
    const error = errorOf(() => loadDictionary(file('bad.json', text)))
    expect(error.message).toMatch(/invalid JSON/)
    expect(error.line).toBe(line)
  })

  it.each([
    ['an array', '[1, 2]', /got an array/],
    ['null', 'null', /got null/],
    ['a string', '"dictionary"', /got the string/],
    ['a number', '42', /got number 42/],
  ])('rejects %s at the top level', (_label, text, message) => {
    expect(errorOf(() => loadDictionary(file('top.json', text))).message).toMatch(message)
  })
})

describe('wrong types', () => {
  it.each([
    ['version as a string', { ...base, version: '1', entries: [] }, /unsupported dictionary version the string "1"/],
    ['name as a number', { ...base, name: 42, entries: [] }, /`name`/],
    ['entries as null', { ...base, entries: null }, /`entries` to be an array/],
    ['defaultPrior out of range', { ...base, defaultPrior: 2, entries: [] }, /`defaultPrior`/],
    ['an entry as null', entriesOf([null]), /expected an entry object, got null/],
    ['an entry as an array', entriesOf([['a', 'b']]), /expected an entry object, got an array/],
    ['an original as a number', entriesOf([{ spun: 'a', original: 1 }]), /`original` to be a non-empty string, got number 1/],
    ['an original list with a number', entriesOf([{ spun: 'a', original: ['b', 2] }]), /got number 2/],
    ['a prior as a string', entriesOf([{ spun: 'a', original: 'b', prior: '0.9' }]), /`prior` to be a number/],
    ['a prior of 0', entriesOf([{ spun: 'a', original: 'b', prior: 0 }]), /`prior` to be a number in \(0, 1\]/],
    ['a prior of Infinity', entriesOf([{ spun: 'a', original: 'b', prior: Infinity }]), /`prior`/],
    ['a prior of NaN', entriesOf([{ spun: 'a', original: 'b', prior: Number.NaN }]), /`prior`/],
    ['a lowercase POS', entriesOf([{ spun: 'a', original: 'b', pos: 'noun' }]), /`pos` to be one of/],
    ['a when query as a number', entriesOf([{ spun: 'a', original: 'b', when: 42 }]), /`when` to be a query string/],
    ['an id with spaces', entriesOf([{ spun: 'a', original: 'b', id: 'Bad Id' }]), /`id` to be a kebab-case string/],
    ['a duplicate explicit id', entriesOf([{ spun: 'a', original: 'b', id: 'x' }, { spun: 'c', original: 'd', id: 'x' }]), /duplicate entry id "x"/],
    ['examples as an object', entriesOf([{ spun: 'a', original: 'b', examples: {} }]), /`examples` to be an array/],
    ['an example referring to itself', (() => { const e: Record<string, unknown> = { spun: 'a', original: 'b' }; e.examples = [e]; return entriesOf([e]) })(), /each example to be/],
    ['counter-examples with a number', entriesOf([{ spun: 'a', original: 'b', counterExamples: ['ok', 1] }]), /`counterExamples` to be an array of strings/],
    ['a note as a number', entriesOf([{ spun: 'a', original: 'b', note: 42 }]), /`note` to be a string/],
  ])('rejects %s', (_label, input, message) => {
    expect(errorOf(() => loadDictionary(input as DictionaryInput)).message).toMatch(message)
  })
})

describe('dictionary layers', () => {
  it('warns when the same dictionary name is given twice and lets the later copy win', () => {
    const first = loadDictionary({ version: 1, name: 'twice', entries: [{ spun: 'with out', original: 'without' }] })
    const second = loadDictionary({ version: 1, name: 'twice', entries: [{ spun: 'with out', original: 'lacking' }] })
    const restorer = createRestorer({ dictionaries: [first, second], stages: { context: false } })
    expect(restorer.warnings.map((w) => w.code)).toContain('duplicate-dictionary')
    expect(restorer.restore('with out').text).toBe('lacking')
  })
})
