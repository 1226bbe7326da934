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
 * # learned: true              (optional: swaps observed in spun copies, read forward for the swap rate)
 * # columns: spun <TAB> ...     (notes: columns, built, imported, derived)
 * spun <TAB> original[|alternative…] <TAB> prior <TAB> pos <TAB> when <TAB> note
 * ```
 * Other `#` lines are comments; blank lines are ignored; empty cells take the defaults; the order of
 * the entries does not matter. A UTF-8 BOM and CRLF or CR line ends are accepted. Like unknown JSON
 * fields, an unknown header key before the first entry is an error, and so is a header after it.
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
      const field = HEADER_LINE.exec(line)
      if (field) readHeaderLine(header, fieldLines, field[1]!, field[2]!, { file, line: lineNumber, firstEntryLine: entryLines[0] })
      return
    }
    entries.push(parseEntryLine(line, file, lineNumber))
    entryLines.push(lineNumber)
  })
  requireHeaders(header, file)
  header.entries = entries
  return { raw: header, options: { file, entryLines, headerLine: 1, fieldLines } }
}

/** `# key: value`. Any other `#` line is a comment, and so is `# https://…`: a URL is not a header. */
const HEADER_LINE = /^#\s*([a-z][a-z-]*):(?!\/\/)\s*(.*?)\s*$/

/** Header keys that set a dictionary field, and the field each sets. */
const FIELD_HEADERS: ReadonlyMap<string, string> = new Map([
  ['name', 'name'],
  ['version', 'version'],
  ['language', 'language'],
  ['description', 'description'],
  ['source', 'source'],
  ['license', 'license'],
  ['default-prior', 'defaultPrior'],
  ['compose', 'compose'],
  ['learned', 'learned'],
])

/** Header keys that only document the file (the shipped files' generators write them): read as comments. */
const NOTE_HEADERS: ReadonlySet<string> = new Set(['columns', 'built', 'imported', 'derived'])

interface HeaderLocation {
  readonly file: string | undefined
  readonly line: number
  /** Line of the first entry, once one was read. */
  readonly firstEntryLine: number | undefined
}

function readHeaderLine(header: Record<string, unknown>, fieldLines: Map<string, number>, key: string, value: string, where: HeaderLocation): void {
  const { file, line, firstEntryLine } = where
  const field = FIELD_HEADERS.get(key)
  if (field === undefined) {
    // Before the entries an unknown key is most likely a misspelled header, which would otherwise
    // leave its field at the default without a word. Among the entries such a line is a comment.
    if (firstEntryLine === undefined && !NOTE_HEADERS.has(key)) {
      const known = [...FIELD_HEADERS.keys(), ...NOTE_HEADERS].join(', ')
      throw new DictionaryError(`unknown header "${key}"; known headers: ${known} (write other notes as comments without "key:")`, { file, line, value: key })
    }
    return
  }
  // Among the entries a header is ambiguous (would `default-prior` apply to the entries above it?).
  if (firstEntryLine !== undefined) {
    throw new DictionaryError(`header "# ${key}:" comes after the first entry (line ${firstEntryLine}): headers must come before the first entry`, { file, line, value: key })
  }
  const earlier = fieldLines.get(field)
  if (earlier !== undefined) throw new DictionaryError(`repeated header "# ${key}:" (first at line ${earlier})`, { file, line, value: key })
  header[field] = parseHeaderValue(key, field, value, file, line)
  fieldLines.set(field, line)
}

function parseHeaderValue(key: string, field: string, value: string, file: string | undefined, line: number): unknown {
  if (field === 'version' || field === 'defaultPrior') {
    const number = Number(value)
    if (value === '' || !Number.isFinite(number)) throw new DictionaryError(`expected a number for "${key}"`, { file, line, value })
    // Checked here as well as by the validator, so the message names the header, not the JSON field.
    if (field === 'defaultPrior' && !(number > 0 && number <= 1)) throw new DictionaryError(`expected "${key}" to be a number in (0, 1]`, { file, line, value })
    return number
  }
  if (field === 'compose' || field === 'learned') {
    if (value !== 'true' && value !== 'false') throw new DictionaryError(`expected "${field}" to be true or false`, { file, line, value })
    return value === 'true'
  }
  return value
}

/**
 * The validator would report a missing `version` or `name` by the JSON field; a TSV author needs to
 * hear which header line to add. Version first: without it nothing else in the file can be trusted.
 */
function requireHeaders(header: Record<string, unknown>, file: string | undefined): void {
  if (header.version === undefined) throw new DictionaryError('missing header "# version: 1"', { file, line: 1 })
  if (header.name === undefined) throw new DictionaryError('missing header "# name: ..." (the dictionary\'s name: lowercase letters, digits, ".", "_", "-")', { file, line: 1 })
}

function parseEntryLine(line: string, file: string | undefined, lineNumber: number): Record<string, unknown> {
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
  return entry
}

function parsePrior(cell: string, file: string | undefined, line: number): number {
  const prior = Number(cell)
  if (!Number.isFinite(prior)) throw new DictionaryError('expected the prior column to be a number in (0, 1]', { file, line, value: cell })
  return prior
}
