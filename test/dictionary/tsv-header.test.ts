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
    ['a default prior out of range', lines('# name: mine', '# version: 1', '# default-prior: 7', 'with out\twithout'), 3, /`defaultPrior` to be a number in \(0, 1\]/],
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
