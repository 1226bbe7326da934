/**
 * `unspin learn`: mine a dictionary from (original, spun) text pairs with the library's
 * `learnFromPairs` and write it in the JSON dictionary format, for `unspin --dict`.
 */

import type { Readable } from 'node:stream'
import type { LearnResult, TextPair } from '../index.js'
import { dictionaryName, nonEmpty, parseStrict } from './args.js'
import { CliError, EXIT } from './errors.js'
import type { CliIO } from './io.js'
import { loadLibrary } from './library.js'
import { count, writeChunk, writeTextOutput } from './output.js'
import { readUtf8Input, withoutByteOrderMark } from './utf8.js'

/**
 * Prior written into every learned entry unless `--prior counts`. learnFromPairs estimates priors from
 * counts made for many scraped copies: a swap seen once gets 0.4 (less likely a swap than not), so
 * one pair teaches little that is applied. Pairs given to `unspin learn` are taken as checked. 0.8
 * restores a swap seen once where the language model agrees, and stays under the 0.85 (STRONG_PRIOR)
 * at which an entry passes the document gate on its own.
 */
export const DEFAULT_LEARN_PRIOR = 0.8

/** Help text for `unspin learn --help`, ending with a newline. */
export const LEARN_HELP = `Usage: unspin learn ORIGINAL SPUN [options]
       unspin learn PAIRS.jsonl [options]

Learn a dictionary from texts you have both ways: an original and a spun copy of it.
Sentences and words are aligned, differences that are not plausible swaps are left
out (reorderings, changed names and numbers, insertions, long rewrites), and one
entry per spun word or phrase is written in the JSON dictionary format. Use it with
  unspin --dict learned.json spun-text.txt

Input
  ORIGINAL SPUN         two text files: the original and its spun copy
  PAIRS.jsonl           one {"original": "...", "spun": "..."} object per line
                        (blank lines are skipped); "-" reads it from stdin

Options
  -o, --out FILE        write the dictionary to FILE (default: stdout)
      --min-support N   swaps an entry needs: how many times the spun form was
                        seen replacing its original across the pairs (default 1,
                        so one pair is enough; raise it for many scraped pairs)
      --prior P         prior written into every entry, above 0 and at most 1
                        (default ${DEFAULT_LEARN_PRIOR}): the pairs are taken as checked, so a
                        swap seen once is restored where the language model
                        agrees; below 0.85, so the entries stay subject to the
                        document gate. They are often ordinary words: load the
                        dictionary for text spun the same way. "counts" keeps
                        the priors learned from counts (0.4 for a swap seen
                        once: less likely a swap than not): use it for
                        many pairs you have not checked
      --name NAME       dictionary name, shown as the source of its changes
                        (default "learned"; lowercase letters, digits, . _ -)
  -h, --help            show this help

A one-line summary goes to stderr: entries, pairs, swaps and rejected regions.
Exit codes: 0 done; 2 usage or input error (a bad JSONL line is named file:line).

Examples
  unspin learn story.txt story-spun.txt --out learned.json
  unspin --dict learned.json other-spun-story.txt
  unspin learn --min-support 2 --prior counts pairs.jsonl > learned.json
`

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  'min-support': { type: 'string' },
  prior: { type: 'string' },
  name: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const HINT = 'Run "unspin learn --help" for the options.'

/** Checked options of `unspin learn`. */
export interface LearnCliOptions {
  /** `[pairs.jsonl]` or `[original, spun]`; `-` is stdin. */
  readonly inputs: readonly string[]
  readonly out: string | undefined
  readonly minSupport: number
  /** A fixed prior for every entry, or `counts` for learnFromPairs' own. */
  readonly prior: number | 'counts'
  readonly name: string
  readonly help: boolean
}

/** Parse the arguments after `learn`. Throws `CliError` (exit code 2) for usage errors. */
export function parseLearnArgs(argv: readonly string[]): LearnCliOptions {
  const { values, positionals } = parseStrict(argv, OPTIONS, HINT)
  const help = values.help ?? false
  if (!help && (positionals.length < 1 || positionals.length > 2)) {
    throw new CliError(`learn needs two text files (ORIGINAL SPUN) or one JSONL file of pairs; got ${positionals.length === 0 ? 'none' : `${positionals.length} arguments`}. ${HINT}`)
  }
  if (positionals.length === 2 && positionals.every((p) => p === '-')) throw new CliError('stdin ("-") is given twice. Pass it once.')
  return {
    inputs: positionals,
    out: nonEmpty('--out', values.out),
    minSupport: minSupport(values['min-support']),
    prior: prior(values.prior),
    name: dictionaryName(values.name, 'learned', 'my-farm'),
    help,
  }
}

function minSupport(value: string | undefined): number {
  if (value === undefined) return 1
  const number = Number(value)
  if (value.trim() === '' || !Number.isInteger(number) || number < 1) throw new CliError(`--min-support must be a whole number from 1, such as 2; got "${value}".`)
  return number
}

function prior(value: string | undefined): number | 'counts' {
  if (value === undefined) return DEFAULT_LEARN_PRIOR
  if (value === 'counts') return value
  const number = Number(value)
  if (value.trim() === '' || !(number > 0 && number <= 1)) throw new CliError(`--prior must be a number above 0 and at most 1, such as 0.8, or "counts"; got "${value}".`)
  return number
}


/** Run `unspin learn` with the arguments after `learn`; resolves to the exit code (CliError is thrown). */
export async function runLearn(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseLearnArgs(argv)
  if (options.help) {
    await writeChunk(io.stdout, LEARN_HELP)
    return EXIT.ok
  }
  const pairs = options.inputs.length === 2 ? [await readPair(options.inputs[0]!, options.inputs[1]!, io.stdin)] : await readPairs(options.inputs[0]!, io.stdin)
  const library = await loadLibrary()
  const fixed = options.prior === 'counts' ? undefined : options.prior
  const result = library.learnFromPairs(pairs, {
    name: options.name,
    minSwaps: options.minSupport,
    ...(fixed === undefined ? {} : { description: `Priors set to ${fixed} by unspin learn --prior (the counts are in each note).` }),
  })
  const dictionary = fixed === undefined ? result.dictionary : { ...result.dictionary, entries: result.dictionary.entries.map((entry) => ({ ...entry, prior: fixed })) }
  // What is written must load: a failure here is a bug, reported as an internal error.
  library.loadDictionary(dictionary)
  const json = `${JSON.stringify(dictionary, null, 2)}\n`
  await writeTextOutput(io.stdout, options.out, json)
  io.stderr.write(`unspin: ${summary(result, options)}\n`)
  return EXIT.ok
}

/** The one-line summary of a learn run, e.g. "learned 4 entries from 1 pair (4 swaps); 1 region rejected (1 name)." */
export function summary(result: LearnResult, options: Pick<LearnCliOptions, 'prior' | 'out'>): string {
  const { stats } = result
  const rejected = Object.entries(stats.rejected).filter(([, n]) => n > 0)
  const rejectedCount = rejected.reduce((sum, [, n]) => sum + n, 0)
  const reasons = rejected.length === 0 ? '' : ` (${rejected.map(([reason, n]) => `${n} ${reason.replace(/-/g, ' ')}`).join(', ')})`
  const unaligned = stats.sentencesUnaligned > 0 ? `, ${count(stats.sentencesUnaligned, 'sentence')} without a match` : ''
  const priors = stats.entries === 0 ? '' : options.prior === 'counts' ? ' Priors from counts.' : ` Priors set to ${options.prior}.`
  const where = options.out === undefined ? '' : ` Written to ${options.out}.`
  const hint = stats.swaps === 0 ? ' No differences looked like swaps: is the second text a spun copy of the first?' : ''
  return `learned ${count(stats.entries, 'entry', 'entries')} from ${count(stats.pairs, 'pair')} (${count(stats.swaps, 'swap')}${unaligned}); ${count(rejectedCount, 'region')} rejected${reasons}.${priors}${where}${hint}`
}

async function readPair(originalPath: string, spunPath: string, stdin: () => Readable): Promise<TextPair> {
  return { original: await readUtf8Input(originalPath, stdin), spun: await readUtf8Input(spunPath, stdin) }
}

const LINE_SHAPE = 'Each line must be one JSON object like {"original": "...", "spun": "..."}.'

/** The pairs of a JSONL file (or stdin for `-`); every bad line is reported as `file:line`, then exit 2. */
async function readPairs(path: string, stdin: () => Readable): Promise<TextPair[]> {
  const name = path === '-' ? '<stdin>' : path
  const text = withoutByteOrderMark(await readUtf8Input(path, stdin))
  if (!looksLikeJsonl(path, text)) {
    throw new CliError(`"${name}" is not JSONL. learn takes two text files (ORIGINAL SPUN) or one JSONL file of {"original": "...", "spun": "..."} lines. ${HINT}`)
  }
  const pairs: TextPair[] = []
  const errors: string[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    const pair = parsePairLine(line, `${name}:${i + 1}`)
    if (typeof pair === 'string') errors.push(pair)
    else pairs.push(pair)
  })
  if (errors.length > 0) {
    const shown = errors.slice(0, 10)
    const more = errors.length > shown.length ? `\n(${errors.length - shown.length} more bad lines)` : ''
    throw new CliError(`${shown.join('\nunspin: ')}${more}\nNothing was learned: fix ${errors.length === 1 ? 'that line' : 'those lines'} and run again.`)
  }
  if (pairs.length === 0) throw new CliError(`no pairs in "${name}". ${LINE_SHAPE}`)
  return pairs
}

/**
 * Whether the one input of `learn` is meant as JSONL: named so, or its first non-blank line opens an
 * object. Otherwise it is most likely an ORIGINAL given without its SPUN copy, which deserves that
 * explanation rather than "file:1: not valid JSON"; a file named as JSONL keeps the line-by-line report.
 */
function looksLikeJsonl(path: string, text: string): boolean {
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return true
  const firstLine = /\S.*/.exec(text)?.[0]
  return firstLine === undefined || firstLine.startsWith('{')
}

/** One JSONL line as a pair, or the message saying why it is not one (`where` is `file:line`). */
export function parsePairLine(line: string, where: string): TextPair | string {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return `${where}: not valid JSON (${(error as Error).message}). ${LINE_SHAPE}`
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${where}: not a JSON object. ${LINE_SHAPE}`
  const { original, spun } = value as { original?: unknown; spun?: unknown }
  for (const [key, field] of [['original', original], ['spun', spun]] as const) {
    if (typeof field !== 'string') return `${where}: "${key}" must be a string. ${LINE_SHAPE}`
  }
  return { original: original as string, spun: spun as string }
}
