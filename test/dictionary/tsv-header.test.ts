import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { errorOf } from '../helpers/dictionary-errors.js'
import { loadDictionary, parseDictionaryText } from '../../src/index.js'

// Header problems of the TSV format: each must name the file, the line and what to write.

describe('missing headers', () => {
  it('a TSV without "# version: 1" says that header is missing', () => {
    const error = errorOf(() => parseDictionaryText('# name: mine\nwith out\twithout\n', 'my.tsv'))
    expect(error.message).toBe('my.tsv:1: missing header "# version: 1"')
    expect(error.line).toBe(1)
  })

  it('a TSV without "# name:" says that header is missing', () => {
    const error = errorOf(() => parseDictionaryText('# version: 1\n# a comment\nwith out\twithout\n', 'my.tsv'))
    expect(error.message).toMatch(/^my\.tsv:1: missing header "# name: \.\.\."/)
  })

  it('an empty TSV file names the version header first', () => {
    expect(errorOf(() => parseDictionaryText('', 'empty.tsv')).message).toBe('empty.tsv:1: missing header "# version: 1"')
  })

  it('a dictionary object without `version` or `name` says the field is missing', () => {
    expect(errorOf(() => loadDictionary({ name: 'mine', entries: [] } as never)).message).toMatch(/^missing field `version` \(this unspin reads version 1\)/)
    expect(errorOf(() => loadDictionary({ version: 1, entries: [] } as never)).message).toMatch(/^missing field `name`/)
  })
})

describe('header errors name the header line', () => {
  const lines = (...rows: string[]) => rows.join('\n') + '\n'

  it.each([
    ['a default prior out of range', lines('# name: mine', '# version: 1', '# default-prior: 7', 'with out\twithout'), 3, /"default-prior" to be a number in \(0, 1\]/],
    ['a name that is not lowercase', lines('# unspin dictionary', '# version: 1', '# name: My Words', 'with out\twithout'), 3, /`name` to be a lowercase name/],
    ['an unsupported version', lines('# name: mine', '# language: en', '# version: 2', 'with out\twithout'), 3, /version number 2/],
    ['an unsupported language', lines('# name: mine', '# version: 1', '', '# language: fr', 'with out\twithout'), 4, /`language` to be "en"/],
  ])('TSV: %s', (_label, text, line, message) => {
    const error = errorOf(() => parseDictionaryText(text, 'my.tsv'))
    expect(error.line).toBe(line)
    expect(error.message).toMatch(new RegExp(`^my\\.tsv:${line}: `))
    expect(error.message).toMatch(message)
  })

  it.each([
    ['a default prior out of range', '{\n  "version": 1,\n  "name": "mine",\n  "defaultPrior": 7,\n  "entries": []\n}', 4, /`defaultPrior`/],
    ['an unknown field', '{\n  "version": 1,\n  "name": "mine",\n  "entires": [],\n  "entries": []\n}', 4, /unknown dictionary field `entires`/],
    ['a non-array entries', '{\n  "version": 1,\n  "name": "mine",\n\n  "entries": {}\n}', 5, /`entries` to be an array/],
    ['a repeated field, where the value JSON keeps is', '{\n  "version": 1,\n  "name": "mine",\n  "name": "My Words",\n  "entries": []\n}', 4, /`name`/],
  ])('JSON: %s', (_label, text, line, message) => {
    const error = errorOf(() => parseDictionaryText(text, 'my.json'))
    expect(error.line).toBe(line)
    expect(error.message).toMatch(message)
  })

  it('a JSON string value that looks like a key does not move the line', () => {
    const text = '{\n  "version": 1,\n  "defaultPrior": 2,\n  "name": "mine",\n  "description": "defaultPrior",\n  "entries": []\n}'
    expect(errorOf(() => parseDictionaryText(text, 'my.json')).line).toBe(3)
  })
})

describe('unknown and misplaced headers', () => {
  const HEAD = '# name: mine\n# version: 1\n'

  it('a misspelled header key fails at its line, naming the key and the known keys', () => {
    const error = errorOf(() => parseDictionaryText(`${HEAD}# defualt-prior: 0.5\nwith out\twithout\n`, 'my.tsv'))
    expect(error.line).toBe(3)
    expect(error.message).toMatch(/^my\.tsv:3: unknown header "defualt-prior"; known headers: .*\bdefault-prior\b/)
    expect(error.message).toMatch(/\bcolumns\b/)
  })

  it('a key named like an Object.prototype member is an unknown header, not a field', () => {
    expect(errorOf(() => parseDictionaryText(`${HEAD}# constructor: x\n`, 'my.tsv')).message).toMatch(/my\.tsv:3: unknown header "constructor"/)
  })

  it('a header after the first entry fails at its line, naming where the entries start', () => {
    const error = errorOf(() => parseDictionaryText(`${HEAD}with out\twithout\n# default-prior: 0.5\nnonetheless\thowever\n`, 'my.tsv'))
    expect(error.line).toBe(4)
    expect(error.message).toMatch(/^my\.tsv:4: header "# default-prior:" comes after the first entry \(line 3\): headers must come before the first entry/)
  })

  it('a repeated header fails at the second one', () => {
    const error = errorOf(() => parseDictionaryText(`${HEAD}# default-prior: 0.5\n# default-prior: 0.7\n`, 'my.tsv'))
    expect(error.line).toBe(4)
    expect(error.message).toMatch(/repeated header "# default-prior:" \(first at line 3\)/)
  })

  it('keeps comments, notes headers and "key:" lines among the entries working', () => {
    const text = [
      '# unspin dictionary',
      '# https://example.com/where-the-list-came-from',
      '# Note: capitalised words before a colon are comments',
      '# prior = 0.35 * support (a formula, not a header)',
      '#',
      '# name: mine',
      '# version: 1',
      '# default-prior: 0.7',
      '# built: by hand; imported: nothing; derived: nothing',
      '# imported: 2 rows',
      '# derived: from two rows',
      '# columns: spun <TAB> original',
      'with out\twithout',
      '# todo: check the next one',
      '# columns: spun <TAB> original <TAB> prior',
      'nonetheless\thowever\t0.9',
    ].join('\n')
    const dictionary = parseDictionaryText(text, 'my.tsv')
    expect(dictionary.entries.map((e) => [e.spun, e.prior, e.line])).toEqual([['with out', 0.7, 13], ['nonetheless', 0.9, 16]])
  })
})

describe('shipped TSV files', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const shipped = ['dictionaries/', 'dictionaries/opt-in/'].flatMap((folder) => readdirSync(root + folder).filter((f) => f.endsWith('.tsv')).map((f) => folder + f))

  it('are found', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(3)
  })

  it.each(shipped)('%s loads with its header notes (built, imported, derived, columns)', (path) => {
    const dictionary = loadDictionary(root + path)
    expect(dictionary.entries.length).toBeGreaterThan(100)
    expect(dictionary.license).toBeTruthy()
  })
})
