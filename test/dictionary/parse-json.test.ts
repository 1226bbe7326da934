import { describe, expect, it } from 'vitest'
import { parseJsonDictionary } from '../../src/dictionary/parse-json.js'
import { errorOf } from '../helpers/dictionary-errors.js'

// parseJsonDictionary alone: JSON.parse plus the line of each entry and top-level field (so the
// validator can name them), and the line of a syntax error. Field checks are validateDictionary's
// and are tested through loadDictionary / parseDictionaryText.

const GARDEN = `{
  "version": 1,
  "name": "garden-words",
  "entries": [
    { "spun": "tiny", "original": "small" },
    {
      "spun": "vibrant",
      "original": ["bright", "vivid"]
    },
    { "spun": "guidance", "original": "advice", "note": "a [bracket] and a {brace} in a string, and \\"quotes\\"" }
  ]
}
`

describe('parseJsonDictionary: valid JSON', () => {
  it('returns the parsed value unchanged', () => {
    expect(parseJsonDictionary(GARDEN).raw).toEqual(JSON.parse(GARDEN))
  })

  it('locates the line where each entry starts', () => {
    const { options } = parseJsonDictionary(GARDEN, 'garden.json')
    expect(options.entryLines).toEqual([5, 6, 10])
    expect(options.file).toBe('garden.json')
    expect(options.headerLine).toBe(1)
  })

  it('locates each top-level field, not keys of nested objects', () => {
    const { fieldLines } = parseJsonDictionary(GARDEN).options
    expect([...fieldLines!]).toEqual([['version', 2], ['name', 3], ['entries', 4]])
  })

  it('a repeated top-level key is located at its last occurrence, the one JSON.parse keeps', () => {
    const text = '{\n  "version": 1,\n  "name": "first-name",\n  "name": "second-name",\n  "entries": []\n}'
    const { raw, options } = parseJsonDictionary(text)
    expect((raw as { name: string }).name).toBe('second-name')
    expect(options.fieldLines!.get('name')).toBe(4)
  })

  it('a string value that spells a key does not count as a key', () => {
    const text = '{\n  "version": 1,\n  "description": "name",\n  "name": "garden-words",\n  "entries": []\n}'
    expect(parseJsonDictionary(text).options.fieldLines!.get('name')).toBe(4)
  })

  it('entries that are not objects still get a line each (the validator reports them)', () => {
    const text = '{\n  "version": 1,\n  "name": "garden-words",\n  "entries": [\n    "tiny",\n    3,\n    null,\n    [1, 2],\n    { "spun": "home", "original": "house" }\n  ]\n}'
    expect(parseJsonDictionary(text).options.entryLines).toEqual([5, 6, 7, 8, 9])
  })

  it('several entries on one line share it; an empty list has none', () => {
    expect(parseJsonDictionary('{"version": 1, "name": "x", "entries": [{"spun": "a", "original": "b"}, {"spun": "c", "original": "d"}]}').options.entryLines).toEqual([1, 1])
    expect(parseJsonDictionary('{"version": 1, "name": "x", "entries": []}').options.entryLines).toEqual([])
  })

  it('a document on one line (read without scanning it) gets the lines the scan gives', () => {
    const oneLine = '{"version": 1, "name": "x", "note": "a\\nb {", "entries": [{"spun": "a", "original": "b", "entries": 3}, "odd", {"spun": "c", "original": "d"}]}'
    // A trailing line break sends the same document through the character scan.
    expect(parseJsonDictionary(oneLine).options).toEqual(parseJsonDictionary(`${oneLine}\n`).options)
    expect(parseJsonDictionary('[1]').options).toEqual(parseJsonDictionary('[1]\n').options)
    expect(parseJsonDictionary('{"entries": {}}').options).toEqual(parseJsonDictionary('{"entries": {}}\n').options)
  })

  it('an "entries" key inside an entry is not the entry list', () => {
    const text = '{\n  "version": 1,\n  "name": "x",\n  "entries": [\n    { "spun": "a", "original": "b", "entries": [1, 2] }\n  ]\n}'
    expect(parseJsonDictionary(text).options.entryLines).toEqual([5])
  })

  it('accepts a byte order mark', () => {
    const { raw, options } = parseJsonDictionary(`\uFEFF${GARDEN}`)
    expect(raw).toEqual(JSON.parse(GARDEN))
    expect(options.entryLines).toEqual([5, 6, 10])
  })

  it('does not validate: any JSON value parses', () => {
    expect(parseJsonDictionary('[1, 2]').raw).toEqual([1, 2])
    expect(parseJsonDictionary('"just a string"').raw).toBe('just a string')
  })
})

describe('parseJsonDictionary: syntax errors name the line', () => {
  it.each<[string, string, number]>([
    ['a trailing comma in the entries', '{\n  "version": 1,\n  "name": "x",\n  "entries": [\n    { "spun": "a", "original": "b" },\n  ]\n}', 6],
    ['a trailing comma in an object', '{\n  "version": 1,\n  "name": "x",\n}', 4],
    ['a missing comma', '{\n  "version": 1\n  "name": "x"\n}', 3],
    ['a missing colon', '{\n  "version" 1\n}', 2],
    ['a single-quoted string', "{\n  \"version\": 1,\n  'name': 'x'\n}", 3],
    ['an unquoted key', '{\n\n  version: 1\n}', 3],
    ['a bad escape', '{\n  "version": 1,\n  "name": "a\\qb"\n}', 3],
    ['a short unicode escape', '{\n  "version": 1,\n\n  "name": "\\u12"\n}', 4],
    ['a raw line break in a string', '{\n  "version": 1,\n  "name": "two\nlines"\n}', 3],
    ['an unterminated string', '{\n  "version": 1,\n  "name": "x', 3],
    ['an unclosed object', '{\n  "version": 1,\n  "entries": [\n', 4],
    ['a mismatched bracket', '{\n  "entries": [\n  }\n}', 3],
    ['a comment', '{\n  // a note\n  "version": 1\n}', 2],
    ['text after the value', '{"version": 1}\n\nmore', 3],
    ['a bare word', '{\n  "version": one\n}', 2],
    ['an empty file', '', 1],
  ])('%s', (_label, text, line) => {
    const error = errorOf(() => parseJsonDictionary(text, 'garden.json'))
    expect(error.message).toMatch(new RegExp(`^garden\\.json:${line}: invalid JSON: `))
    expect(error.line).toBe(line)
    expect(error.file).toBe('garden.json')
    expect(error.code).toBe('E_DICTIONARY')
    expect(error.cause).toBeInstanceOf(SyntaxError)
  })

  it('the line counts from the text after a byte order mark', () => {
    expect(errorOf(() => parseJsonDictionary('\uFEFF{\n  "version": 1,\n}')).line).toBe(3)
  })
})
