/**
 * `unspin update-pps`: turn a newer Problematic Paper Screener export into a dictionary for `--dict`,
 * cleaned, merged, counted and validated as the built-in `tortured-phrases` dictionary is
 * (src/dictionary/pps/, shared with scripts/import-pps.ts).
 */

import type { Readable } from 'node:stream'
import type { Dictionary } from '../index.js'
import { formatConditions, formatDictionary, formatSkipped, importPps, NotAnExportError, type ImportSummary } from '../dictionary/pps/import-pps.js'
import { dictionaryName, nonEmpty, parseStrict } from './args.js'
import { CliError, EXIT } from './errors.js'
import type { CliIO } from './io.js'
import { loadLibrary } from './library.js'
import { count, writeChunk, writeTextOutput } from './output.js'
import { readUtf8Input } from './utf8.js'

export const PPS_SITE = 'https://www.irit.fr/~Guillaume.Cabanac/problematic-paper-screener'

/** Help text for `unspin update-pps --help`, ending with a newline. */
export const UPDATE_PPS_HELP = `Usage: unspin update-pps EXPORT [options]

Turn a Problematic Paper Screener export of tortured phrases into a dictionary
for --dict, cleaned and validated as the built-in tortured-phrases list is.
The screener adds phrases every month; the built-in list is its July 2025 export.
Download a newer export of the tortured-phrases list from the screener:
  ${PPS_SITE}

Input
  EXPORT                the export, tab- or comma-separated, with a header line
                        holding the columns tortured, expected, nb_papers and
                        fingerprint (in any order); "-" reads it from stdin

Options
  -o, --out FILE        write the dictionary to FILE (default: stdout)
      --name NAME       dictionary name, shown as the source of its changes
                        (default "pps-update"; lowercase letters, digits, . _ -)
      --all             keep the entries the built-in list already has, the
                        same way (by default they are left out, so the file
                        adds to the built-in list: new phrases, and changed
                        ones, which take the built-in entry's place)
  -h, --help            show this help

A summary goes to stderr: rows read, skipped (and why), merged and written.
Exit codes: 0 done; 2 usage or input error (not an export, unreadable file).

Examples
  unspin update-pps tortured-phrases-2026-01.csv --out pps-2026-01.tsv
  unspin --dict pps-2026-01.tsv paper.txt
`

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  name: { type: 'string' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

const HINT = 'Run "unspin update-pps --help" for the options.'

export interface UpdatePpsOptions {
  readonly input: string
  readonly out: string | undefined
  readonly name: string
  readonly all: boolean
  readonly help: boolean
}

/** Parse the arguments after `update-pps`. Throws `CliError` (exit code 2) for usage errors. */
export function parseUpdatePpsArgs(argv: readonly string[]): UpdatePpsOptions {
  const { values, positionals } = parseStrict(argv, OPTIONS, HINT)
  const help = values.help ?? false
  if (!help && positionals.length !== 1) throw new CliError(`update-pps needs one export file (or "-" for stdin); got ${positionals.length === 0 ? 'none' : `${positionals.length}`}. ${HINT}`)
  const name = dictionaryName(values.name, 'pps-update', 'pps-2026-01')
  return { input: positionals[0] ?? '-', out: nonEmpty('--out', values.out), name, all: values.all ?? false, help }
}

/** What `update-pps` wrote, for the summary. */
export interface UpdatePpsResult {
  readonly text: string
  /** The import's counts; `entriesWritten` counts entries before the built-in ones are left out. */
  readonly summary: ImportSummary
  /** Entries in the file. */
  readonly written: number
  /** Entries left out because the built-in list has them the same way (0 with `--all`). */
  readonly unchanged: number
  /** Written entries whose spun form the built-in list has, with other originals or condition. */
  readonly changed: number
  /** Entries that failed validation, with the reason; left out. */
  readonly invalid: readonly string[]
}

/**
 * The dictionary file for an export. Entries are validated by the library's own loader, so the file
 * loads: one that does not validate is left out and named in `invalid`, as `onInvalidEntry: 'skip'`.
 */
export function buildUpdate(exportText: string, options: Pick<UpdatePpsOptions, 'name' | 'all'> & { readonly source: string }, library: Pick<typeof import('../index.js'), 'builtinDictionaries' | 'parseDictionaryText'>): UpdatePpsResult {
  const { lines, summary } = importPps(exportText)
  const builtin = library.builtinDictionaries().find((dictionary) => dictionary.name === 'tortured-phrases')
  const known = new Map((builtin?.entries ?? []).map((entry) => [entry.spun.toLowerCase(), `${entry.originals.join('|')}\t${entry.when ?? ''}`]))
  let unchanged = 0
  let changed = 0
  const kept = lines.filter((line) => {
    const [spun, originals, , , when] = line.split('\t') as [string, string, string, string, string]
    const before = known.get(spun.toLowerCase())
    if (before === undefined) return true
    if (before === `${originals}\t${when}`) {
      unchanged++
      return options.all
    }
    changed++
    return true
  })
  const about = {
    name: options.name,
    description: `Tortured phrases from a Problematic Paper Screener export${options.all ? '' : ', less the entries the built-in tortured-phrases list has the same way'}.`,
    source: `Problematic Paper Screener, tortured-phrases export ${options.source} (Cabanac, Labbé, Magazinov), ${PPS_SITE}`,
    generated: 'Generated by unspin update-pps; re-run it on a newer export rather than editing this file.',
  }
  const draft = formatDictionary(kept, { ...summary, entriesWritten: kept.length }, about)
  const dictionary: Dictionary = library.parseDictionaryText(draft, `${options.name}.tsv`, { onInvalidEntry: 'skip' })
  const invalid = dictionary.warnings.filter((warning) => warning.code === 'invalid-entry-skipped').map((warning) => warning.message)
  if (invalid.length === 0) return { text: draft, summary, written: kept.length, unchanged, changed, invalid }
  // Drop the lines that did not validate (after the header, whose length does not depend on the counts).
  const valid = new Set(dictionary.entries.map((entry) => entry.line))
  const headerLength = draft.split('\n').length - 1 - kept.length
  const final = kept.filter((_, i) => valid.has(headerLength + i + 1))
  return { text: formatDictionary(final, { ...summary, entriesWritten: final.length }, about), summary, written: final.length, unchanged, changed, invalid }
}

/** Run `unspin update-pps` with the arguments after `update-pps`; resolves to the exit code. */
export async function runUpdatePps(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseUpdatePpsArgs(argv)
  if (options.help) {
    await writeChunk(io.stdout, UPDATE_PPS_HELP)
    return EXIT.ok
  }
  const name = options.input === '-' ? '<stdin>' : options.input
  const exportText = await readUtf8Input(options.input, io.stdin)
  const library = await loadLibrary()
  let result: UpdatePpsResult
  try {
    result = buildUpdate(exportText, { ...options, source: `"${name.replace(/^.*[\\/]/, '')}"` }, library)
  } catch (error) {
    if (error instanceof NotAnExportError) throw new CliError(`${name}: ${error.message}.`)
    throw error
  }
  await writeTextOutput(io.stdout, options.out, result.text)
  for (const message of result.invalid.slice(0, 10)) io.stderr.write(`unspin: left out an entry that does not validate: ${message}\n`)
  io.stderr.write(`unspin: ${updateSummary(result, options)}\n`)
  return EXIT.ok
}

/** The summary of an update-pps run: rows read, skipped, merged, written, and how they relate to the built-in list. */
export function updateSummary(result: UpdatePpsResult, options: Pick<UpdatePpsOptions, 'out' | 'all'>): string {
  const { summary } = result
  const builtin = options.all
    ? `${result.unchanged} the same as in the built-in list`
    : `${result.unchanged} left out as the built-in list has them the same way (--all keeps them)`
  const invalid = result.invalid.length === 0 ? '' : `; ${result.invalid.length} left out that do not validate`
  const where = options.out === undefined ? '' : ` Written to ${options.out}.`
  return `read ${count(summary.rowsRead, 'row')}; skipped ${formatSkipped(summary)}; ${summary.rowsMerged} merged into another row's entry; ${count(summary.entriesWritten, 'entry', 'entries')}: ${builtin}, ${result.changed} changed from it (they take its entry's place)${invalid}; wrote ${result.written}. Conditions: ${formatConditions(summary)}.${where}`
}

