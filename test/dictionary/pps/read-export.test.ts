import { describe, expect, it } from 'vitest'
import { importPps, readExportRows } from '../../../src/dictionary/pps/import-pps.js'

// Rows written for this test, in the export's columns.
describe('readExportRows', () => {
  it('reads CSV with quoted commas, doubled quotes and a line break inside quotes, naming each row\'s line', () => {
    const csv = 'fingerprint,nb_papers,expected,tortured\r\n"""a b"" AND ""c""",3,"x, y",a b\r\n,1,"two\nlines",q r\r\n,2,z,s t\r\n'
    expect(readExportRows(csv)).toEqual([
      { line: 2, tortured: 'a b', expected: 'x, y', papers: '3', fingerprint: '"a b" AND "c"' },
      { line: 3, tortured: 'q r', expected: 'two\nlines', papers: '1', fingerprint: '' },
      { line: 5, tortured: 's t', expected: 'z', papers: '2', fingerprint: '' },
    ])
  })

  it('counts a row with too few cells as malformed and a line break in a field as a forbidden character', () => {
    const { summary } = importPps('tortured,expected,nb_papers,fingerprint\nonly,two\n"bad\nphrase",good phrase,1,\nfine phrase,good phrase,1,\n')
    expect(summary.rowsRead).toBe(3)
    expect(summary.skipped['malformed-row']).toBe(1)
    expect(summary.skipped['forbidden-character']).toBe(1)
    expect(summary.entriesWritten).toBe(1)
  })

  it('reads the tab-separated export the build reads, a byte order mark and a missing last line break included', () => {
    expect(readExportRows('\uFEFFtortured\texpected\tnb_papers\tfingerprint\na b\tc d\t4\t"a b"')).toEqual([{ line: 2, tortured: 'a b', expected: 'c d', papers: '4', fingerprint: '"a b"' }])
  })
})
