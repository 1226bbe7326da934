import { describe, expect, it } from 'vitest'
import * as library from '../../src/index.js'
import { buildUpdate, parseUpdatePpsArgs, updateSummary } from '../../src/cli/update-pps.js'
import { CliError } from '../../src/cli/errors.js'

// A small export in the screener's columns, written for this test (phrases invented here). One row
// repeats an entry of the built-in list, read from the shipped dictionary at run time.
const builtinEntry = library.builtinDictionaries().find((d) => d.name === 'tortured-phrases')!.entries.find((e) => e.when === undefined && e.originals.length === 1 && /^[a-z ]+$/.test(e.spun))!

function csv(extraRows: string[] = []): string {
  return [
    'tortured,expected,nb_papers,fingerprint',
    'scattered record,distributed ledger,7,"""scattered record"" AND ""blockchain"""',
    'Scattered Record,distributed ledger (DL),2,"""scattered record"" AND ""blockchain"""',
    '"squashed, noisy signal","compressed sensing",3,',
    'murky layer,???,5,',
    'broken row,with,many,',
    `${builtinEntry.spun},${builtinEntry.originals[0]},40,`,
    ...extraRows,
    '',
  ].join('\r\n')
}

const options = { name: 'pps-test', all: false, source: '"test.csv"' }

describe('update-pps', () => {
  it('cleans, merges, counts and validates an export as the build does, leaving out what the built-in list has', () => {
    const result = buildUpdate(csv(), options, library)
    expect(result.summary.rowsRead).toBe(6)
    expect(result.summary.skipped['unknown-expected']).toBe(1)
    expect(result.summary.skipped['malformed-row']).toBe(1)
    expect(result.summary.rowsMerged).toBe(1)
    expect(result.unchanged).toBe(1)
    expect(result.invalid).toEqual([])
    const dictionary = library.parseDictionaryText(result.text, 'pps-test.tsv')
    expect(dictionary.name).toBe('pps-test')
    expect(dictionary.entries.map((e) => [e.spun, e.originals, e.when])).toEqual([
      ['scattered record', ['distributed ledger'], '"scattered record" AND "blockchain"'],
      ['squashed, noisy signal', ['compressed sensing'], undefined],
    ])
    expect(result.text).toMatch(/^# source: Problematic Paper Screener, tortured-phrases export "test.csv" \(Cabanac, Labbé, Magazinov\)/m)
    expect(updateSummary(result, { out: 'x.tsv', all: false })).toMatch(/^read 6 rows; skipped 2 \(1 original unknown .*, 1 malformed row\); 1 merged into another row's entry; 3 entries: 1 left out as the built-in list has them the same way \(--all keeps them\), 0 changed from it .*; wrote 2\. .* Written to x\.tsv\.$/)
  })

  it('keeps built-in entries with --all, counts changed ones, and reads the tab-separated export', () => {
    const changed = `${builtinEntry.spun},an original we made up,3,`
    const all = buildUpdate(csv(), { ...options, all: true }, library)
    expect(all.written).toBe(3)
    const tsv = csv([changed]).replace(/"""scattered record"" AND ""blockchain"""/g, '"scattered record" AND "blockchain"').replace(/"squashed, noisy signal","compressed sensing"/, 'squashed noisy signal,compressed sensing').replace(/,/g, '\t')
    const result = buildUpdate(tsv, options, library)
    expect(result.changed).toBe(1)
    expect(result.unchanged).toBe(0)
    const entries = library.parseDictionaryText(result.text, 'x.tsv').entries
    expect(entries.find((e) => e.spun === builtinEntry.spun)?.originals).toEqual([builtinEntry.originals[0], 'an original we made up'])
  })

  it('restores a new phrase once the written dictionary is layered after the built-in ones', () => {
    const dictionary = library.parseDictionaryText(buildUpdate(csv(), options, library).text, 'pps-test.tsv')
    const restorer = library.createRestorer({ dictionaries: [...library.builtinDictionaries(), dictionary] })
    const text = 'The payments are kept in a scattered record secured by blockchain.'
    const result = restorer.restore(text)
    expect(result.text).toBe('The payments are kept in a distributed ledger secured by blockchain.')
    expect(result.marks[0]?.source).toBe('pps-test')
    expect(restorer.warnings.filter((w) => w.code === 'shadowed-entry')).toEqual([])
  })

  it('refuses a file that is not an export, and bad arguments, with what was expected', () => {
    expect(() => buildUpdate('tortured\texpected\nfoo\tbar\n', options, library)).toThrow(/expected a Problematic Paper Screener export: a header line with the columns tortured, expected, nb_papers, fingerprint .*; nb_papers, fingerprint missing/)
    expect(() => parseUpdatePpsArgs([])).toThrow(CliError)
    expect(() => parseUpdatePpsArgs(['a.csv', 'b.csv'])).toThrow(/one export file/)
    expect(() => parseUpdatePpsArgs(['a.csv', '--name', 'Bad Name'])).toThrow(/--name must be/)
    expect(parseUpdatePpsArgs(['a.csv', '-o', 'out.tsv', '--all'])).toEqual({ input: 'a.csv', out: 'out.tsv', name: 'pps-update', all: true, help: false })
  })
})
