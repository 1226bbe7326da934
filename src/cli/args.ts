/** Parse and check the command line with `node:util` `parseArgs`; every problem becomes a `CliError`. */

import { parseArgs, type ParseArgsConfig } from 'node:util'
import { coreCount } from './cores.js'
import { COLOR_CHOICES, type ColorChoice } from './color.js'
import { CliError } from './errors.js'

/** Output formats of the command (`text` is the restored text alone). */
export const CLI_FORMATS = ['inline', 'ansi', 'text', 'markdown', 'html', 'json', 'jsonl'] as const

/** One of `CLI_FORMATS`. */
export type CliFormat = (typeof CLI_FORMATS)[number]

/** How inputs are read: `auto` reads `*.jsonl`/`*.ndjson` files as JSONL and everything else (and stdin) as text. */
export type InputFormat = 'auto' | 'text' | 'jsonl'

/** Markup kinds of `--markup`: which parts of a document are prose (the library's `inputFormat`). */
export const MARKUPS = ['auto', 'text', 'html', 'markdown'] as const

/**
 * `--markup`: `auto` decides per file by its extension (`markupOf` in inputs.ts); the others apply
 * to every document, stdin and JSONL records included.
 */
export type Markup = (typeof MARKUPS)[number]

/** A document's markup as the library's `inputFormat` option takes it. */
export type MarkupKind = Exclude<Markup, 'auto'>

/** Checked command-line options. */
export interface CliOptions {
  /** Files and folders to read; empty or `-` means stdin. */
  readonly inputs: readonly string[]
  readonly format: CliFormat
  /** `--color`: whether `--format ansi` writes colour (`auto`: on a terminal, see color.ts). */
  readonly color: ColorChoice
  /** Output folder (default: stdout). */
  readonly out: string | undefined
  readonly threshold: number | undefined
  /** Dictionary files layered after the built-ins and the spinner databases, in order. */
  readonly dicts: readonly string[]
  /** Spinner synonym databases layered after the built-ins, before the `--dict` files, in order. */
  readonly spinnerDbs: readonly string[]
  /** Which parts of each document are prose (restored); the rest is kept byte for byte. */
  readonly markup: Markup
  /** Glob filters for files found in folders (default: `DEFAULT_GLOBS`). */
  readonly globs: readonly string[]
  readonly detect: boolean
  /** Exit 1 when a document's spin score is above this; 0: when a document has any suspect (`failsSpinLimit`). */
  readonly failOnSpin: number | undefined
  /** Worker threads; 1 restores in the main thread. */
  readonly jobs: number
  readonly inputFormat: InputFormat
  readonly help: boolean
  readonly version: boolean
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  color: { type: 'string' },
  out: { type: 'string', short: 'o' },
  threshold: { type: 'string', short: 't' },
  dict: { type: 'string', short: 'd', multiple: true },
  'spinner-db': { type: 'string', multiple: true },
  markup: { type: 'string' },
  glob: { type: 'string', short: 'g', multiple: true },
  detect: { type: 'boolean' },
  'fail-on-spin': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'input-format': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

const HINT = 'Run "unspin --help" for the options.'

/** Parse `argv` (without the node and script paths). Throws `CliError` (exit code 2) for usage errors. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const { values, positionals } = parseStrict(argv, OPTIONS, HINT)
  return {
    inputs: positionals,
    format: oneOf('--format', values.format ?? 'inline', CLI_FORMATS),
    color: oneOf('--color', values.color ?? 'auto', COLOR_CHOICES),
    out: nonEmpty('--out', values.out),
    threshold: fraction('--threshold', values.threshold),
    dicts: (values.dict ?? []).map((d) => nonEmpty('--dict', d)!),
    spinnerDbs: (values['spinner-db'] ?? []).map((d) => nonEmpty('--spinner-db', d)!),
    markup: oneOf('--markup', values.markup ?? 'auto', MARKUPS),
    globs: (values.glob ?? []).map((g) => nonEmpty('--glob', g)!),
    detect: values.detect ?? false,
    failOnSpin: fraction('--fail-on-spin', values['fail-on-spin']),
    jobs: jobs(values.jobs),
    inputFormat: oneOf('--input-format', values['input-format'] ?? 'auto', ['auto', 'text', 'jsonl'] as const),
    help: values.help ?? false,
    version: values.version ?? false,
  }
}

/** `parseArgs` in strict mode with positionals; a parse error becomes a `CliError` ending with `hint`. */
export function parseStrict<T extends ParseArgsConfig['options'] & object>(argv: readonly string[], options: T, hint: string) {
  try {
    return parseArgs({ args: joinOptionValues(argv, options), options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new CliError(`${describeParseError(error)} ${hint}`)
  }
}

/** An argument that is a negative number ("-1", "-0.1", "-.5"), never an option: no option is named by a digit or ".". */
const NEGATIVE_NUMBER = /^-\.?\d/

/**
 * `argv` with option values parseArgs would misread written as `--name=value`: a negative number
 * after an option ("--threshold -0.1", which parseArgs takes for a flag and refuses as ambiguous)
 * gets its option's range error, and "-t=0.5" means -t 0.5 (parseArgs reads the value "=0.5").
 * Arguments after "--" are left alone.
 */
function joinOptionValues(argv: readonly string[], options: ParseArgsConfig['options'] & object): string[] {
  // "--threshold" and "-t" -> "threshold", for the options that take a value.
  const takesValue = new Map<string, string>()
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue
    takesValue.set(`--${name}`, name)
    if (option.short !== undefined) takesValue.set(`-${option.short}`, name)
  }
  const joined: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') return [...joined, ...argv.slice(i)]
    const shortWithEquals = /^(-[^-])=(.*)$/s.exec(arg)
    const name = takesValue.get(shortWithEquals?.[1] ?? arg)
    if (name !== undefined && shortWithEquals !== null) {
      joined.push(`--${name}=${shortWithEquals[2]}`)
    } else if (name !== undefined && NEGATIVE_NUMBER.test(argv[i + 1] ?? '')) {
      joined.push(`--${name}=${argv[++i]}`)
    } else {
      joined.push(arg)
    }
  }
  return joined
}

function describeParseError(error: unknown): string {
  const { code, message = '' } = error as { code?: string; message?: string }
  const option = /'([^']+)'/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? ''}.`.replace(' .', '.')
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // "ambiguous": the option is followed by another option ("--out --detect"), not by its value.
    if (/argument missing/.test(message)) return `${longName(message, option)} needs a value.`
    if (/ambiguous/.test(message)) {
      // Followed by an option, or by a value that starts with "-": say how to give the latter.
      const name = longName(message, option)
      return `${name} needs a value (for a value that starts with "-", write ${name}=VALUE).`
    }
    return `${longName(message, option)} does not take a value.`
  }
  return message || String(error)
}

// parseArgs names options as "-f, --format <value>" or "-t" (the long name then comes later in its
// message, as in "use '--threshold=-XYZ'"); keep the long name.
function longName(message: string, option: string | undefined): string {
  return /--[\w-]+/.exec(message)?.[0] ?? option ?? 'an option'
}

/** `value` when it is one of `allowed`; else a `CliError` listing them. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new CliError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`)
}

/** `value`, or a `CliError` when it is the empty string. */
export function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === '') throw new CliError(`${flag} needs a non-empty value.`)
  return value
}

export function fraction(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (value.trim() === '' || !(number >= 0 && number <= 1)) throw new CliError(`${flag} must be a number from 0 to 1, such as 0.5; got "${value}".`)
  return number
}

function jobs(value: string | undefined): number {
  if (value === undefined) return 1
  if (value === 'auto') return coreCount()
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > 256) throw new CliError(`--jobs must be a whole number from 1 to 256, or "auto"; got "${value}".`)
  return number
}

/**
 * `--name` of a dictionary a command writes: the dictionary format's name rule (lowercase letters,
 * digits, ".", "_" or "-"), checked here so the error names the flag. `example` shows a good one.
 */
export function dictionaryName(value: string | undefined, fallback: string, example: string): string {
  if (value === undefined) return fallback
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(value)) throw new CliError(`--name must be lowercase letters, digits, ".", "_" or "-", starting with a letter or digit, such as ${example}; got "${value}".`)
  return value
}
