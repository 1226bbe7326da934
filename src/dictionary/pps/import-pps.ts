/**
 * A Problematic Paper Screener export (its tortured-phrases list: columns `tortured`, `expected`,
 * `nb_papers`, `fingerprint`) turned into the lines of an unspin TSV dictionary, with counts of what was
 * read, merged and skipped. Used by `scripts/import-pps.ts` (the built-in `tortured-phrases` dictionary)
 * and by `unspin update-pps` (a newer export, as a dictionary for `--dict`). Rows are cleaned by
 * `cleanPair` (./clean-pair.ts) and fingerprints by `cleanFingerprint`; the output is deterministic (same
 * bytes on every run, whatever the row order).
 *
 * - Several rows with the same spun form (case-insensitive, after cleaning) merge into one line: the
 *   originals of the row with the most nb_papers first; no `when` if any of the rows has none, else the
 *   rows' conditions joined with OR.
 */
import { createConditionDocument, parseCondition, type Condition } from '../condition/index.js'
import { cleanPair, collapseWhitespace, sameText, SKIP_REASONS, type SkipReason } from './clean-pair.js'

// ---------------------------------------------------------------------------------------------
// Fingerprints

export type FingerprintResult =
  | { readonly when: string; readonly status: 'kept' | 'derived' }
  | { readonly when: ''; readonly status: 'none' | 'phrase-only' | 'unparsed' | 'operator-typo'; readonly detail?: string }

// Bare upper-case words one swap away from an operator ("ADN"): parsed as words, they would make the
// condition require a word no document has. NAD is left out: it is a real acronym.
const OPERATOR_TYPOS = new Set(['ADN', 'NTO', 'ONT', 'RO'])

/**
 * The `when` cell for a PPS fingerprint: the query with `\"` unescaped, or empty when there is none, when
 * it is just the quoted tortured phrase, or when it does not parse.
 *
 * `spun` is the cleaned spun form. When cleaning shortened the tortured phrase (an acronym in brackets
 * removed: "business knowledge (BI)" -> "business knowledge") and the fingerprint adds nothing, the
 * condition becomes the quoted tortured phrase, so the entry still needs the document to contain the
 * form PPS listed.
 */
export function cleanFingerprint(rawFingerprint: string, tortured: string, spun?: string): FingerprintResult {
  const result = fingerprintCondition(rawFingerprint, tortured)
  const listed = collapseWhitespace(tortured.normalize('NFC'))
  if ((result.status === 'none' || result.status === 'phrase-only') && spun !== undefined && !sameText(spun, listed) && !listed.includes('"')) {
    const when = `"${listed}"`
    parseCondition(when)
    return { when, status: 'derived' }
  }
  return result
}

function fingerprintCondition(rawFingerprint: string, tortured: string): FingerprintResult {
  const fingerprint = rawFingerprint.replace(/\\"/g, '"').trim()
  if (fingerprint === '') return { when: '', status: 'none' }
  if (/[\t\n\r|]/.test(fingerprint)) return { when: '', status: 'unparsed', detail: 'forbidden character' }
  let condition: Condition
  try {
    condition = parseCondition(fingerprint)
  } catch (error) {
    return { when: '', status: 'unparsed', detail: (error as Error).message }
  }
  const bareWords = fingerprint.replace(/"[^"]*"/g, ' ').split(/[\s()]+/)
  const typo = bareWords.find((word) => OPERATOR_TYPOS.has(word))
  if (typo) return { when: '', status: 'operator-typo', detail: `"${typo}" looks like a misspelled operator` }
  if (condition.type === 'phrase' && condition.proximity === undefined && condition.terms.every((term) => !term.prefix)) {
    const words = condition.terms.map((term) => term.text).join(' ')
    if (words === createConditionDocument(tortured).words.join(' ')) return { when: '', status: 'phrase-only' }
  }
  return { when: fingerprint, status: 'kept' }
}

// ---------------------------------------------------------------------------------------------
// Whole import

export interface ImportSummary {
  readonly rowsRead: number
  readonly entriesWritten: number
  readonly rowsMerged: number
  readonly skipped: Readonly<Record<SkipReason, number>>
  readonly uncertain: number
  readonly fingerprints: Readonly<Record<FingerprintResult['status'], number>>
  /** Fingerprints left out of `when`, with the reason, for the console. */
  readonly droppedFingerprints: readonly string[]
}

interface CleanedRow {
  readonly spun: string
  readonly originals: readonly string[]
  readonly when: string
  readonly papers: number
  readonly uncertain: boolean
}

/** Compare strings by Unicode code point (not UTF-16 unit, not locale). */
export function compareCodePoints(a: string, b: string): number {
  const left = [...a]
  const right = [...b]
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = (left[i] as string).codePointAt(0)! - (right[i] as string).codePointAt(0)!
    if (difference !== 0) return difference
  }
  return left.length - right.length
}

/** One data row of an export, by column name; `line` is its 1-based line in the file. */
export interface ExportRow {
  readonly line: number
  readonly tortured: string
  readonly expected: string
  readonly papers: string
  readonly fingerprint: string
}

/** The columns an export must have, by their header names. */
export const EXPORT_COLUMNS = ['tortured', 'expected', 'nb_papers', 'fingerprint'] as const

/** A file that is not a PPS export (no header with the four columns): `cause` says what was found. */
export class NotAnExportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NotAnExportError'
  }
}

/**
 * The rows of an export, tab-separated (the July 2025 copy the build reads) or comma-separated (RFC 4180
 * quoting: `"..."`, `""` for a quote, line breaks inside quotes), told apart by the header line, whose
 * columns may come in any order. A row without exactly the header's number of cells is `undefined`:
 * counted as malformed, as the build always has.
 */
export function readExportRows(text: string): (ExportRow | undefined)[] {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const headerLine = body.slice(0, body.indexOf('\n') === -1 ? body.length : body.indexOf('\n'))
  const separator = headerLine.includes('\t') ? '\t' : ','
  const records = separator === '\t' ? body.split('\n').map((line, i) => ({ line: i + 1, cells: line.split('\t') })) : csvRecords(body)
  const header = (records[0]?.cells ?? []).map((cell) => cell.trim().toLowerCase())
  const columns = EXPORT_COLUMNS.map((name) => header.indexOf(name))
  if (columns.some((column) => column === -1)) {
    const missing = EXPORT_COLUMNS.filter((_, i) => columns[i] === -1)
    throw new NotAnExportError(`expected a Problematic Paper Screener export: a header line with the columns ${EXPORT_COLUMNS.join(', ')} (tab- or comma-separated); ${missing.join(', ')} missing from the first line ${JSON.stringify(headerLine.slice(0, 80))}`)
  }
  const [tortured, expected, papers, fingerprint] = columns as [number, number, number, number]
  return records.slice(1).filter((record) => !(record.cells.length === 1 && record.cells[0] === '')).map((record) => {
    if (record.cells.length !== header.length) return undefined
    const cell = (index: number): string => record.cells[index] as string
    return { line: record.line, tortured: cell(tortured), expected: cell(expected), papers: cell(papers), fingerprint: cell(fingerprint) }
  })
}

/** RFC 4180 records with the line each starts on. An unclosed quote runs to the end of the file. */
function csvRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let recordLine = 1
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        cell += char
      }
    } else if (char === '"' && cell === '') quoted = true
    else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else if (char === '\n') {
      cells.push(cell)
      records.push({ line: recordLine, cells })
      cells = []
      cell = ''
      recordLine = ++line
    } else cell += char
  }
  if (cell !== '' || cells.length > 0) records.push({ line: recordLine, cells: [...cells, cell] })
  return records
}

/** Clean, merge and sort the rows of an export (TSV or CSV, see `readExportRows`) into dictionary lines. */
export function importPps(text: string): { lines: string[]; summary: ImportSummary } {
  const rows = readExportRows(text)
  const skipped: Record<SkipReason, number> = { 'unknown-expected': 0, description: 0, 'same-as-spun': 0, 'forbidden-character': 0, 'malformed-row': 0 }
  const fingerprints: Record<FingerprintResult['status'], number> = { kept: 0, derived: 0, none: 0, 'phrase-only': 0, unparsed: 0, 'operator-typo': 0 }
  const droppedFingerprints: string[] = []
  const cleanedRows: CleanedRow[] = []
  let rowsRead = 0
  let uncertain = 0
  for (const row of rows) {
    rowsRead++
    if (row === undefined || !/^\d+$/.test(row.papers)) {
      skipped['malformed-row']++
      continue
    }
    const { tortured, expected, papers, fingerprint } = row
    const cleaned = cleanPair(tortured, expected)
    if (cleaned.kind === 'skip') {
      skipped[cleaned.reason]++
      continue
    }
    const when = cleanFingerprint(fingerprint, tortured, cleaned.spun)
    fingerprints[when.status]++
    if (when.status === 'unparsed' || when.status === 'operator-typo') droppedFingerprints.push(`line ${row.line}: ${fingerprint} -- ${when.detail}`)
    if (cleaned.uncertain) uncertain++
    cleanedRows.push({ spun: cleaned.spun, originals: cleaned.originals, when: when.when, papers: Number(papers), uncertain: cleaned.uncertain })
  }

  // Rows that clean to the same spun form (case-insensitively) merge into one entry. Most nb_papers
  // first (then by content, so the input's row order never matters): that row gives the spun casing
  // and the first originals.
  cleanedRows.sort(
    (a, b) =>
      b.papers - a.papers ||
      compareCodePoints(a.spun, b.spun) ||
      compareCodePoints(a.originals.join('|'), b.originals.join('|')) ||
      compareCodePoints(a.when, b.when),
  )
  const groups = new Map<string, CleanedRow[]>()
  for (const row of cleanedRows) {
    const key = row.spun.toLowerCase()
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const lines: string[] = []
  for (const group of groups.values()) {
    const originals: string[] = []
    for (const original of group.flatMap((row) => row.originals)) {
      if (!originals.some((seen) => seen.toLowerCase() === original.toLowerCase())) originals.push(original)
    }
    // A merged entry applies when any of its rows would: no condition if one row has none.
    const whens = [...new Set(group.map((row) => row.when))]
    const when = whens.includes('') ? '' : whens.map((w) => (whens.length === 1 || parseCondition(w).type === 'phrase' ? w : `(${w})`)).join(' OR ')
    if (when !== '') parseCondition(when)
    const papers = group.map((row) => row.papers).join('+')
    const note = `PPS nb_papers=${papers}${group.some((row) => row.uncertain) ? '; PPS marks the original as uncertain (?)' : ''}`
    lines.push([(group[0] as CleanedRow).spun, originals.join('|'), '', '', when, note].join('\t'))
  }
  lines.sort((a, b) => {
    const [spunA, originalA] = a.split('\t') as [string, string]
    const [spunB, originalB] = b.split('\t') as [string, string]
    return compareCodePoints(spunA, spunB) || compareCodePoints(originalA, originalB)
  })
  const rowsMerged = cleanedRows.length - groups.size
  return { lines, summary: { rowsRead, entriesWritten: lines.length, rowsMerged, skipped, uncertain, fingerprints, droppedFingerprints } }
}

export function formatSkipped(summary: ImportSummary): string {
  const total = Object.values(summary.skipped).reduce((sum, count) => sum + count, 0)
  const parts = (Object.keys(SKIP_REASONS) as SkipReason[]).filter((reason) => summary.skipped[reason] > 0).map((reason) => `${summary.skipped[reason]} ${SKIP_REASONS[reason]}`)
  return parts.length > 0 ? `${total} (${parts.join(', ')})` : '0'
}

export function formatConditions(summary: ImportSummary): string {
  const { fingerprints } = summary
  return `${fingerprints.kept} PPS fingerprints, ${fingerprints.derived} from a tortured form with its acronym removed; fingerprints left out: ${fingerprints['phrase-only']} just the phrase, ${fingerprints.unparsed} unparsed, ${fingerprints['operator-typo']} with a misspelled operator`
}

/** What the header of a written dictionary says about it. */
export interface DictionaryHeader {
  readonly name: string
  readonly description: string
  /** Where the export came from, with the attribution. */
  readonly source: string
  /** The line saying what wrote the file. */
  readonly generated: string
}

/** The header of the built-in `tortured-phrases` dictionary (scripts/import-pps.ts). */
export const BUILTIN_HEADER: DictionaryHeader = {
  name: 'tortured-phrases',
  description: 'Tortured phrases from paper mills (spun scientific terms) and the terms they replaced.',
  source: 'Problematic Paper Screener, tortured-phrases export of July 2025 (Cabanac, Labbé, Magazinov), https://www.irit.fr/~Guillaume.Cabanac/problematic-paper-screener',
  generated: 'Generated by scripts/import-pps.ts; change the script and re-run it rather than editing this file.',
}

/** The TSV dictionary file: a header with the attribution and the import counts, then `lines`. */
export function formatDictionary(lines: readonly string[], summary: ImportSummary, about: DictionaryHeader = BUILTIN_HEADER): string {
  const header = [
    '# unspin dictionary',
    `# name: ${about.name}`,
    '# version: 1',
    '# language: en',
    `# description: ${about.description}`,
    `# source: ${about.source}`,
    '# license: CC BY 4.0',
    '# default-prior: 0.9',
    `# imported: ${summary.rowsRead} rows; skipped: ${formatSkipped(summary)}; written: ${summary.entriesWritten} entries (${summary.rowsMerged} ${summary.rowsMerged === 1 ? 'row' : 'rows'} merged into the entry of another row with the same spun form); originals PPS marks uncertain (?): ${summary.uncertain}; conditions: ${formatConditions(summary)}.`,
    `# ${about.generated}`,
    '# In the note column, nb_papers is the screener\'s raw search-hit count for the phrase (one count per merged row, joined with "+"), not a count of confirmed cases.',
    '# columns: spun <TAB> original[|alternative...] <TAB> prior <TAB> pos <TAB> when <TAB> note',
    '# Empty cells take the defaults. Line order does not matter; lines are sorted by spun form for readable diffs.',
  ]
  return `${[...header, ...lines].join('\n')}\n`
}
