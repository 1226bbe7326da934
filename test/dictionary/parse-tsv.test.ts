import { describe, expect, it } from 'vitest'
import { parseTsvDictionary } from '../../src/dictionary/parse-tsv.js'
import { errorOf } from '../helpers/dictionary-errors.js'

// parseTsvDictionary alone: TSV text -> the raw JSON dictionary shape plus the line of each entry and
// header. Validation (prior ranges, POS names, duplicates) is validateDictionary's job and is tested
// through loadDictionary in load-dictionary.test.ts and tsv-header.test.ts.

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`
const HEADER = ['# name: garden-words', '# version: 1']

describe('parseTsvDictionary: entries', () => {
  it('reads spun and original; empty optional cells are left out', () => {
    const { raw } = parseTsvDictionary(lines(...HEADER, 'tiny\tsmall', 'vibrant\tbright\t\t\t\t'))
    expect(raw).toEqual({ name: 'garden-words', version: 1, entries: [{ spun: 'tiny', original: ['small'] }, { spun: 'vibrant', original: ['bright'] }] })
  })

  it('reads every column: alternatives split at "|", prior as a number, pos, when, and a note without its "#"', () => {
    const { raw } = parseTsvDictionary(lines(...HEADER, 'persistence\tpatience | perseverance\t0.75\tNOUN\t"garden" AND "tools"\t# written for this test'))
    expect(raw.entries).toEqual([{ spun: 'persistence', original: ['patience', 'perseverance'], prior: 0.75, pos: 'NOUN', when: '"garden" AND "tools"', note: 'written for this test' }])
  })

  it('trims cells and keeps the spun form as written (case and inner spaces are the validator\'s business)', () => {
    const { raw } = parseTsvDictionary(lines(...HEADER, '  Costly  Tools \t expensive tools \t 0.5 '))
    expect(raw.entries).toEqual([{ spun: 'Costly  Tools', original: ['expensive tools'], prior: 0.5 }])
  })

  it('a note without "#" is kept as it is', () => {
    const { raw } = parseTsvDictionary(lines(...HEADER, 'guidance\tadvice\t\t\t\tfrom the garden letter'))
    expect(raw.entries).toEqual([{ spun: 'guidance', original: ['advice'], note: 'from the garden letter' }])
  })

  it('records the 1-based line of every entry, skipping comments and blank lines', () => {
    const { options } = parseTsvDictionary(lines(...HEADER, '', '# a comment', 'tiny\tsmall', '', '   ', 'home\thouse'), 'garden.tsv')
    expect(options.entryLines).toEqual([5, 8])
    expect(options.file).toBe('garden.tsv')
    expect(options.headerLine).toBe(1)
  })

  it('accepts a byte order mark and CRLF, LF or lone CR line ends, with the same line numbers', () => {
    const body = [...HEADER, 'tiny\tsmall', 'home\thouse']
    const expected = parseTsvDictionary(lines(...body))
    for (const eol of ['\r\n', '\r', '\n']) {
      const parsed = parseTsvDictionary(`\uFEFF${body.join(eol)}${eol}`)
      expect(parsed.raw).toEqual(expected.raw)
      expect(parsed.options.entryLines).toEqual([3, 4])
    }
  })

  it('an entry order is kept as written (sorting is not the parser\'s job)', () => {
    const { raw } = parseTsvDictionary(lines(...HEADER, 'vibrant\tbright', 'costly\texpensive', 'tiny\tsmall'))
    expect((raw.entries as { spun: string }[]).map((e) => e.spun)).toEqual(['vibrant', 'costly', 'tiny'])
  })

  it('a header with no entries gives an empty list', () => {
    expect(parseTsvDictionary(lines(...HEADER)).raw).toEqual({ name: 'garden-words', version: 1, entries: [] })
  })
})

describe('parseTsvDictionary: headers', () => {
  it('maps every field header to its JSON field, numbers and booleans parsed', () => {
    const { raw, options } = parseTsvDictionary(lines(
      '# version: 1',
      '# name: garden-words',
      '# language: en',
      '# description: Swaps seen in a spun gardening letter',
      '# source: written by hand',
      '# license: CC0-1.0',
      '# default-prior: 0.7',
      '# compose: false',
      'tiny\tsmall',
    ))
    expect(raw).toEqual({
      version: 1,
      name: 'garden-words',
      language: 'en',
      description: 'Swaps seen in a spun gardening letter',
      source: 'written by hand',
      license: 'CC0-1.0',
      defaultPrior: 0.7,
      compose: false,
      entries: [{ spun: 'tiny', original: ['small'] }],
    })
    expect([...options.fieldLines!]).toEqual([['version', 1], ['name', 2], ['language', 3], ['description', 4], ['source', 5], ['license', 6], ['defaultPrior', 7], ['compose', 8]])
  })

  it('"# compose: true" sets compose', () => {
    expect(parseTsvDictionary(lines(...HEADER, '# compose: true')).raw.compose).toBe(true)
  })

  it('note headers (columns, built, imported, derived), URLs and other "#" lines are comments', () => {
    const { raw } = parseTsvDictionary(lines(
      '# A dictionary of garden words',
      ...HEADER,
      '# columns: spun, original, prior',
      '# built: by hand',
      '# imported: nothing',
      '# derived: nothing',
      '# https://example.com/garden',
      '# Note: capitalised, so not a header key',
      '#two words: not a key either',
    ))
    expect(raw).toEqual({ name: 'garden-words', version: 1, entries: [] })
  })

  it('an unknown "# key:" among the entries is a comment', () => {
    const { raw, options } = parseTsvDictionary(lines(...HEADER, 'tiny\tsmall', '# todo: more words', 'home\thouse'))
    expect((raw.entries as unknown[]).length).toBe(2)
    expect(options.entryLines).toEqual([3, 5])
  })
})

describe('parseTsvDictionary: errors name the file and line', () => {
  it.each<[string, string, number, RegExp]>([
    ['a missing version', lines('# name: garden-words', 'tiny\tsmall'), 1, /missing header "# version: 1"/],
    ['a missing name', lines('# version: 1', 'tiny\tsmall'), 1, /missing header "# name: \.\.\."/],
    ['an empty file', '', 1, /missing header "# version: 1"/],
    ['an unknown header before the entries', lines(...HEADER, '# licence: CC0-1.0', 'tiny\tsmall'), 3, /unknown header "licence"; known headers: name, version, .*columns/],
    ['a header after the first entry', lines('# version: 1', 'tiny\tsmall', '# name: garden-words'), 3, /header "# name:" comes after the first entry \(line 2\)/],
    ['a repeated header', lines(...HEADER, '# name: other-words'), 3, /repeated header "# name:" \(first at line 1\)/],
    ['a version that is not a number', lines('# name: garden-words', '# version: one'), 2, /expected a number for "version"/],
    ['an empty default prior', lines(...HEADER, '# default-prior:'), 3, /expected a number for "default-prior"/],
    ['a default prior of 0', lines(...HEADER, '# default-prior: 0'), 3, /"default-prior" to be a number in \(0, 1\]/],
    ['a default prior above 1', lines(...HEADER, '# default-prior: 1.5'), 3, /"default-prior" to be a number in \(0, 1\]/],
    ['a compose that is not true or false', lines(...HEADER, '# compose: yes'), 3, /"compose" to be true or false/],
    ['one column', lines(...HEADER, 'tiny'), 3, /expected 2 to 6 tab-separated columns .* found 1/],
    ['seven columns', lines(...HEADER, 'tiny\tsmall\t0.5\tADJ\t\tnote\textra'), 3, /found 7/],
    ['a prior that is not a number', lines(...HEADER, 'tiny\tsmall\tlikely'), 3, /prior column to be a number in \(0, 1\]/],
  ])('%s', (_label, text, line, message) => {
    const error = errorOf(() => parseTsvDictionary(text, 'garden.tsv'))
    expect(error.file).toBe('garden.tsv')
    expect(error.line).toBe(line)
    expect(error.message).toMatch(new RegExp(`^garden\\.tsv:${line}: `))
    expect(error.message).toMatch(message)
    expect(error.code).toBe('E_DICTIONARY')
  })

  it('names the offending value', () => {
    expect(errorOf(() => parseTsvDictionary(lines(...HEADER, 'tiny\tsmall\tlikely'))).value).toBe('likely')
    expect(errorOf(() => parseTsvDictionary(lines(...HEADER, '# colour: green'))).value).toBe('colour')
    expect(errorOf(() => parseTsvDictionary(lines(...HEADER, 'tiny'))).value).toBe('tiny')
  })

  it('without a file name, the location is the line alone', () => {
    expect(errorOf(() => parseTsvDictionary(lines(...HEADER, 'tiny'))).message).toMatch(/^line 3: /)
  })

  it('the parser does not range-check an entry prior (the validator does, naming the field)', () => {
    expect(parseTsvDictionary(lines(...HEADER, 'tiny\tsmall\t7')).raw.entries).toEqual([{ spun: 'tiny', original: ['small'], prior: 7 }])
  })
})
