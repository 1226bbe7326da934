/** Typed errors. Programmer errors at the API boundary are `TypeError`s naming the package. */

import levenshtein from 'fast-levenshtein'

/** Base class of every error unspin throws on purpose; `code` is stable across versions. */
export class UnspinError extends Error {
  readonly code: string
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'UnspinError'
    this.code = code
  }
}

/** Where in a dictionary a problem was found. Every field is optional: fill in what is known. */
export interface DictionaryErrorLocation {
  readonly file?: string
  readonly line?: number
  readonly column?: number
  readonly entryId?: string
  readonly value?: unknown
}

/** Bad dictionary data: thrown at load time, naming the file, line and entry. */
export class DictionaryError extends UnspinError {
  readonly file: string | undefined
  readonly line: number | undefined
  readonly column: number | undefined
  readonly entryId: string | undefined
  readonly value: unknown
  constructor(message: string, location: DictionaryErrorLocation = {}, options?: { cause?: unknown }) {
    super('E_DICTIONARY', `${formatLocation(location)}${message}`, options)
    this.name = 'DictionaryError'
    this.file = location.file
    this.line = location.line
    this.column = location.column
    this.entryId = location.entryId
    this.value = location.value
  }
}

function formatLocation(location: DictionaryErrorLocation): string {
  let where = location.file ?? ''
  if (location.line !== undefined) where += `${where ? ':' : 'line '}${location.line}`
  if (location.line !== undefined && location.column !== undefined) where += `:${location.column}`
  if (location.entryId !== undefined) where += `${where ? ' ' : ''}(entry "${location.entryId}")`
  return where ? `${where}: ` : ''
}

/** A `TypeError` thrown for API misuse carries this `code`, like every `UnspinError`. */
const ARGUMENT_ERROR_CODE = 'E_ARGUMENT'

/** A `TypeError` for API misuse: `message` names the package and what was expected; `code` is `E_ARGUMENT`. */
export function argumentError(message: string): TypeError & { readonly code: string } {
  return Object.assign(new TypeError(`unspin: ${message}`), { code: ARGUMENT_ERROR_CODE })
}

/** Throw a `TypeError` that says what was expected and what came instead. */
export function invalidArgument(name: string, expected: string, actual: unknown): never {
  throw argumentError(`expected \`${name}\` to be ${expected}, got ${describe(actual)}`)
}

/**
 * Throw for the first key of `options` not in `known`, naming the known ones and the likely intended
 * one: from `aliases` (a name used elsewhere, e.g. by the CLI), or a known key one or two edits away
 * ("treshold" -> `threshold`). Typos never pass silently.
 */
export function rejectUnknownKeys(options: object, known: ReadonlySet<string>, name: string, what = 'one of the known options', aliases: Readonly<Record<string, string>> = {}): void {
  for (const key of Object.keys(options)) {
    if (known.has(key)) continue
    const near = Object.hasOwn(aliases, key) ? aliases[key] : closestKey(key, known)
    const hint = near === undefined ? '' : `; did you mean \`${near}\`?`
    throw argumentError(`expected \`${name}.${key}\` to be ${what} (${[...known].join(', ')}), got ${describe(key)}${hint}`)
  }
}

function closestKey(key: string, known: ReadonlySet<string>): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of known) {
    const distance = levenshtein.get(key.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Internal invariant: a failure here is a bug in unspin, not in the caller's input. */
export function assertInvariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new UnspinError('E_INTERNAL', `unspin internal error: ${message} (please report this)`)
}

export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`
  return typeof value
}
