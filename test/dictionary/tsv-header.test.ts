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
