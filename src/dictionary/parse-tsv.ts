import { DictionaryError } from '../errors.js'
import type { ValidateOptions } from './validate-dictionary.js'

/**
 * Parse the TSV dictionary format into the JSON dictionary shape, remembering each entry's line.
 *
 * ```
 * # name: news-swaps            header lines: "# key: value" before the first entry
 * # version: 1
 * # default-prior: 0.6
 * # compose: true              (optional: entries only count inside composed phrases)
 * spun <TAB> original[|alternative…] <TAB> prior <TAB> pos <TAB> when <TAB> note
 * ```
 * Other `#` lines are comments; blank lines are ignored; empty cells take the defaults; line order
 * does not matter. A UTF-8 BOM and CRLF or CR line ends are accepted.
 */
export function parseTsvDictionary(text: string, file?: string): { raw: Record<string, unknown>; options: ValidateOptions } {
  const header: Record<string, unknown> = {}
  const fieldLines = new Map<string, number>()
  const entries: Record<string, unknown>[] = []
  const entryLines: number[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/) // CRLF, LF, and old-Mac CR alone
  lines.forEach((line, index) => {
    const lineNumber = index + 1
    if (line.trim() === '') return
    if (line.startsWith('#')) {
      const field = /^#\s*([a-z][a-z-]*):\s*(.*?)\s*$/.exec(line)
      if (field && entries.length === 0) readHeaderField(header, fieldLines, field[1]!, field[2]!, file, lineNumber)
      return
    }
    const cells = line.split('\t')
    if (cells.length < 2 || cells.length > 6) {
      throw new DictionaryError(`expected 2 to 6 tab-separated columns (spun, original, prior, pos, when, note), found ${cells.length}`, { file, line: lineNumber, value: line })
    }
    const [spun, original, prior, pos, when, note] = cells.map((c) => c.trim())
    const entry: Record<string, unknown> = { spun, original: original!.split('|').map((o) => o.trim()) }
    if (prior) entry.prior = parsePrior(prior, file, lineNumber)
    if (pos) entry.pos = pos
    if (when) entry.when = when
    if (note) entry.note = note.replace(/^#\s*/, '')
    entries.push(entry)
    entryLines.push(lineNumber)
  })
  requireHeaders(header, file)
  header.entries = entries
  return { raw: header, options: { file, entryLines, headerLine: 1, fieldLines } }
}

/**
 * The validator would report a missing `version` or `name` by the JSON field; a TSV author needs to
 * hear which header line to add. Version first: without it nothing else in the file can be trusted.
 */
function requireHeaders(header: Record<string, unknown>, file: string | undefined): void {
  if (header.version === undefined) throw new DictionaryError('missing header "# version: 1"', { file, line: 1 })
  if (header.name === undefined) throw new DictionaryError('missing header "# name: ..." (the dictionary\'s name: lowercase letters, digits, ".", "_", "-")', { file, line: 1 })
}

const HEADER_FIELDS: Record<string, string> = {
  name: 'name',
  version: 'version',
  language: 'language',
  description: 'description',
  source: 'source',
  license: 'license',
  'default-prior': 'defaultPrior',
  compose: 'compose',
}

function readHeaderField(header: Record<string, unknown>, fieldLines: Map<string, number>, key: string, value: string, file: string | undefined, line: number): void {
  const field = HEADER_FIELDS[key]
  if (field === undefined) return // other "# key: value" lines are documentation (columns, imported counts)
  fieldLines.set(field, line)
  if (field === 'version' || field === 'defaultPrior') {
    const number = Number(value)
    if (value === '' || !Number.isFinite(number)) throw new DictionaryError(`expected a number for "${key}"`, { file, line, value })
    header[field] = number
  } else if (field === 'compose') {
    if (value !== 'true' && value !== 'false') throw new DictionaryError('expected "compose" to be true or false', { file, line, value })
    header[field] = value === 'true'
  } else header[field] = value
}

function parsePrior(cell: string, file: string | undefined, line: number): number {
  const prior = Number(cell)
  if (!Number.isFinite(prior)) throw new DictionaryError('expected the prior column to be a number in (0, 1]', { file, line, value: cell })
  return prior
}
