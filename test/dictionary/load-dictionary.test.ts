import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorOf, scratchFiles } from '../helpers/dictionary-errors.js'
import { DictionaryError, createRestorer, loadDictionary, parseDictionaryText, type DictionaryInput } from '../../src/index.js'

const file = scratchFiles('unspin-dict-')


const TSV_HEADER = '# name: mine\n# version: 1\n# columns: spun, original, prior, pos, when, note\n'

describe('TSV dictionaries', () => {
  it('reads entries, defaults, alternatives, BOM and CRLF', () => {
    const path = file('ok.tsv', `\uFEFF${TSV_HEADER}# default-prior: 0.7\r\nwith out\twithout\r\n\r\nhaze figuring\tcloud computing|fog computing\t0.9\tNOUN\t\tfrom a test\r\n`)
    const dictionary = loadDictionary(path)
    expect(dictionary.name).toBe('mine')
    expect(dictionary.entries.map((e) => [e.id, e.originals, e.prior, e.pos, e.note, e.line])).toEqual([
      ['with-out', ['without'], 0.7, undefined, undefined, 5],
      ['haze-figuring', ['cloud computing', 'fog computing'], 0.9, 'NOUN', 'from a test', 7],
    ])
  })

  it.each([
    ['a bad prior', 'with out\twithout\tvery\n', 4, /prior column to be a number/],
    ['a prior out of range', 'with out\twithout\t1.5\n', 4, /`prior` to be a number in \(0, 1\]/],
    ['too many columns', 'a\tb\t0.5\tNOUN\t\tnote\textra\n', 4, /2 to 6 tab-separated columns/],
    ['one column', 'lonely\n', 4, /2 to 6 tab-separated columns/],
    ['an unknown POS', 'with out\twithout\t0.5\tNOUNY\n', 4, /`pos` to be one of/],
    ['a no-op entry', 'without\tWithout\n', 4, /equals `spun`/],
    ['an empty original', 'with out\t\n', 4, /contain a letter or digit/],
    ['a bad condition', 'with out\twithout\t\t\t"unclosed AND\n', 4, /invalid `when` query/],
    ['a duplicate', 'with out\twithout\nWith  Out\twithout\n', 5, /duplicate entry for "With Out" \(first at line 4\)/],
  ])('names file and line for %s', (_label, body, line, message) => {
    const path = file('bad.tsv', TSV_HEADER + body)
    const error = errorOf(() => loadDictionary(path))
    expect(error.file).toBe(path)
    expect(error.line).toBe(line)
    expect(error.message).toMatch(message)
    expect(error.message.startsWith(`${path}:${line}`)).toBe(true)
    expect(error.code).toBe('E_DICTIONARY')
  })

  it('rejects a missing name or an unsupported version at load', () => {
    expect(errorOf(() => parseDictionaryText('with out\twithout\n', 'x.tsv')).message).toMatch(/missing header "# version: 1"/)
    expect(errorOf(() => parseDictionaryText('# version: 2\n# name: x\na\tb\n', 'x.tsv')).message).toMatch(/version number 2: this unspin reads version 1/)
    expect(errorOf(() => parseDictionaryText('# version: 1\na\tb\n', 'x.tsv')).message).toMatch(/missing header "# name: /)
    expect(errorOf(() => parseDictionaryText('# version: 1\n# name: My Words\na\tb\n', 'x.tsv')).message).toMatch(/`name` to be a lowercase name/)
  })
})

describe('JSON dictionaries', () => {
  const good: DictionaryInput = { version: 1, name: 'mine', entries: [{ spun: 'with out', original: 'without' }] }

  it('names the line of the bad entry', () => {
    const text = JSON.stringify({ ...good, entries: [good.entries[0]!, { spun: 'a', original: 'b', prior: 'high' }] }, null, 2)
    const error = errorOf(() => loadDictionary(file('bad.json', text)))
    expect(error.line).toBe(text.split('\n').findIndex((l) => l.includes('"spun": "a"')))
    expect(error.entryId).toBe('a')
  })

  it.each([
    ['invalid JSON', '{ "version": 1, "name": "x", "entries": [ }', /invalid JSON/],
    ['an unknown field', JSON.stringify({ ...good, entries: [{ spun: 'a', original: 'b', orignal: 'c' }] }), /unknown field `orignal`/],
    ['a non-array entries', JSON.stringify({ ...good, entries: {} }), /`entries` to be an array/],
    ['a wrong type', JSON.stringify({ ...good, entries: [{ spun: 42, original: 'b' }] }), /`spun` to be a non-empty string, got number 42/],
    ['an enormous form', JSON.stringify({ ...good, entries: [{ spun: 'x'.repeat(500), original: 'b' }] }), /longer than 200/],
  ])('rejects %s', (_label, text, message) => {
    expect(errorOf(() => loadDictionary(file('bad.json', text))).message).toMatch(message)
  })

  it('names a file that cannot be read', () => {
    const error = errorOf(() => loadDictionary(join(dirname(file('present.json', '{}')), 'missing.json')))
    expect(error.message).toMatch(/missing\.json: cannot read the dictionary file/)
  })

  it('with onInvalidEntry "skip" keeps the good entries and reports the bad ones', () => {
    const dictionary = loadDictionary({ ...good, entries: [...good.entries, { spun: 'x', original: 'x' }] } as never, { onInvalidEntry: 'skip' })
    expect(dictionary.entries.map((e) => e.id)).toEqual(['with-out'])
    expect(dictionary.warnings).toMatchObject([{ code: 'invalid-entry-skipped', entryId: 'x' }])
    expect(createRestorer({ dictionaries: [dictionary] }).warnings).toMatchObject([{ code: 'invalid-entry-skipped' }])
  })

  it('leaves a restorer in use unaffected when a later load fails', () => {
    // One weak-prior swap in a short text is held by the document gate: off, so the restore shows the entry at work.
    const restorer = createRestorer({ dictionaries: [loadDictionary(good)], stages: { documentGate: false } })
    expect(() => createRestorer({ dictionaries: [good, { ...good, version: 2 } as never] })).toThrow(DictionaryError)
    expect(restorer.restore('with out doubt').text).toBe('without doubt')
  })

  it('freezes loaded dictionaries so they cannot change after validation', () => {
    const dictionary = loadDictionary(good)
    expect(Object.isFrozen(dictionary)).toBe(true)
    expect(Object.isFrozen(dictionary.entries)).toBe(true)
  })
})

describe('API misuse', () => {
  const good: DictionaryInput = { version: 1, name: 'mine', entries: [] }
  const tsv = '# name: mine\n# version: 1\n'

  it.each<[string, () => unknown, string]>([
    ['parse: text not a string', () => parseDictionaryText(5 as never), 'unspin: expected `text` to be the dictionary text (a string), got number 5'],
    ['parse: file not a string', () => parseDictionaryText(tsv, 5 as never), 'unspin: expected `file` to be a file name (a string), null or undefined, got number 5'],
    ['parse: options not an object', () => parseDictionaryText(tsv, 'x.tsv', 'skip' as never), 'unspin: expected `options` to be an object, null or undefined, got the string "skip"'],
    ['parse: unknown option', () => parseDictionaryText(tsv, 'x.tsv', { onInvalid: 'skip' } as never), 'unspin: expected `options.onInvalid` to be one of the known options (onInvalidEntry), got the string "onInvalid"'],
    ['parse: unknown policy', () => parseDictionaryText(tsv, 'x.tsv', { onInvalidEntry: 'ignore' } as never), 'unspin: expected `options.onInvalidEntry` to be "throw" or "skip", got the string "ignore"'],
    ['load: a number', () => loadDictionary(5 as never), 'unspin: expected `source` to be a file path or a dictionary object, got number 5'],
    ['load: an array', () => loadDictionary([] as never), 'unspin: expected `source` to be a file path or a dictionary object, got an array'],
    ['load: an empty path', () => loadDictionary(''), 'unspin: expected `source` to be a file path or a dictionary object, got the string ""'],
    ['load: options not an object', () => loadDictionary(good, 5 as never), 'unspin: expected `options` to be an object, null or undefined, got number 5'],
    ['load: unknown option', () => loadDictionary(good, { onInvalid: 'skip' } as never), 'unspin: expected `options.onInvalid` to be one of the known options (onInvalidEntry), got the string "onInvalid"'],
  ])('%s throws a TypeError saying what was expected', (_label, call, message) => {
    expect(call).toThrow(expect.objectContaining({ name: 'TypeError', code: 'E_ARGUMENT', message }))
  })

  it('accepts null or undefined for the optional arguments', () => {
    expect(parseDictionaryText(tsv, null, null).name).toBe('mine')
    expect(parseDictionaryText(tsv, undefined, { onInvalidEntry: 'skip' }).name).toBe('mine')
    expect(loadDictionary(good, null).name).toBe('mine')
  })
})

describe('file types', () => {
  const tsv = '# name: mine\n# version: 1\nwith out\twithout\n'
  const json = JSON.stringify({ version: 1, name: 'mine', entries: [{ spun: 'with out', original: 'without' }] })

  it.each([
    ['another extension', 'mine.jsonl', /: expected a dictionary file ending in \.json \(JSON format\), \.tsv or \.txt \(TSV format\), not "\.jsonl"$/],
    ['no extension', 'mine', /: expected a dictionary file ending in \.json \(JSON format\), \.tsv or \.txt \(TSV format\); this name has no extension$/],
    ['a dot-file without extension', '.tsv', /this name has no extension$/],
  ])('a path with %s fails naming the path and the accepted extensions', (_label, name, message) => {
    const path = file(name, tsv)
    const error = errorOf(() => loadDictionary(path))
    expect(error.file).toBe(path)
    expect(error.message.startsWith(`${path}: `)).toBe(true)
    expect(error.message).toMatch(message)
  })

  it('checks the extension before reading: a missing .jsonl file is reported by its type', () => {
    const path = join(dirname(file('present.tsv', tsv)), 'missing.jsonl')
    expect(errorOf(() => loadDictionary(path)).message).toMatch(/not "\.jsonl"$/)
  })

  it('fails on bytes that are not UTF-8, naming the file, rather than load U+FFFD into forms', () => {
    const path = file('latin1.tsv', '')
    writeFileSync(path, Buffer.concat([Buffer.from('# name: mine\n# version: 1\ncaf'), Buffer.from([0xe9]), Buffer.from('\tcoffee shop\n')]))
    const error = errorOf(() => loadDictionary(path))
    expect(error.file).toBe(path)
    expect(error.message).toMatch(/expected UTF-8 text/)
    expect(loadDictionary(file('bom.tsv', '\ufeff' + tsv)).entries.map((e) => e.spun)).toEqual(['with out'])
  })

  it('accepts .json, .tsv and .txt in any case', () => {
    for (const [name, text] of [['a.JSON', json], ['b.Tsv', tsv], ['c.txt', tsv], ['d.TXT', tsv]] as const) {
      expect(loadDictionary(file(name, text)).entries.map((e) => e.spun)).toEqual(['with out'])
    }
  })

  it('parseDictionaryText falls back to the first character when the file name has another extension', () => {
    expect(parseDictionaryText(json, 'mine.jsonl').entries).toHaveLength(1)
    expect(parseDictionaryText(tsv, 'mine.dict').entries).toHaveLength(1)
    expect(parseDictionaryText(json, '').entries).toHaveLength(1)
  })
})
