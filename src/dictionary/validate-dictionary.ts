import { DictionaryError, describe } from '../errors.js'
import type { RestoreWarning } from '../types.js'
import { spunKey } from './entry-id.js'
import type { Dictionary, DictionaryEntry, SpinnerChannel } from './types.js'
import { learnedChannel } from './read-forward.js'
import { DEFAULT_PRIOR, trustedEntry, validateEntry } from './validate-entry.js'

/** What to do with an invalid entry: throw (default) or leave it out with a warning. */
export type InvalidEntryPolicy = 'throw' | 'skip'

export interface ValidateOptions {
  /** File the data came from, named in errors. */
  readonly file?: string | undefined
  /** 1-based line of each entry in the file, when known. */
  readonly entryLines?: readonly (number | undefined)[]
  /** Line of the dictionary header, named in header errors that no single field's line fits. */
  readonly headerLine?: number
  /** Line of each top-level field (JSON key, or TSV header as its field name), named in that field's errors. */
  readonly fieldLines?: ReadonlyMap<string, number>
  readonly onInvalidEntry?: InvalidEntryPolicy
  /**
   * The forward channel to keep on the dictionary, made from its validated entries (`loadSpinnerThesaurus`,
   * the opt-in thesaurus). Without it, a `learned` dictionary gets `learnedChannel`.
   */
  readonly spinner?: (entries: readonly DictionaryEntry[]) => SpinnerChannel
  /**
   * The entries were validated when they were written (the built-in data, `npm run build:dict`):
   * only the header is checked here, the entries are taken as they are (`trustedEntry`).
   */
  readonly trustedEntries?: boolean
}

const HEADER_KEYS = new Set(['$schema', 'version', 'name', 'language', 'description', 'source', 'license', 'defaultPrior', 'compose', 'learned', 'entries'])
/** Dictionary names: lowercase letters, digits, ".", "_", "-". */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/

// Dictionaries this module returned, recognised by identity so they are not validated twice.
// They are frozen, so a caller cannot change one after it was checked.
const validated = new WeakSet<object>()

/** Whether `value` is a `Dictionary` returned by `validateDictionary` (and so already checked). */
export function isValidatedDictionary(value: object): value is Dictionary {
  return validated.has(value)
}

/** Validate a whole dictionary object; nothing is returned half-loaded. */
export function validateDictionary(raw: unknown, options: ValidateOptions = {}): Dictionary {
  const file = options.file
  const headerFail: HeaderFail = (field, message, value) => {
    const line = (field === undefined ? undefined : options.fieldLines?.get(field)) ?? options.headerLine
    throw new DictionaryError(message, { file, line, value })
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return headerFail(undefined, `expected a dictionary object, got ${describe(raw)}`)
  const record = raw as Record<string, unknown>
  const defaultPrior = checkHeaderFields(record, headerFail)
  if (!Array.isArray(record.entries)) return headerFail('entries', 'expected `entries` to be an array of entries', record.entries)

  const warnings: RestoreWarning[] = []
  const entries: DictionaryEntry[] = []
  const byKey = new Map<string, DictionaryEntry>()
  const ids = new Set<string>()
  record.entries.forEach((rawEntry: unknown, index: number) => {
    const line = options.entryLines?.[index]
    try {
      if (options.trustedEntries) {
        entries.push(trustedEntry(rawEntry, defaultPrior, line))
        return
      }
      let entry = validateEntry(rawEntry, defaultPrior, { file, line })
      // Derived ids may collide ("well-being", "well being"): number the later ones, in file order.
      if (ids.has(entry.id) && (rawEntry as { id?: unknown }).id === undefined) entry = { ...entry, id: nextFreeId(entry.id, ids) }
      const key = spunKey(entry.spun)
      const earlier = byKey.get(key)
      if (earlier) throw new DictionaryError(`duplicate entry for "${entry.spun}" (first at ${earlier.line === undefined ? `entry "${earlier.id}"` : `line ${earlier.line}`}); merge the originals into one entry`, { file, line, entryId: entry.id })
      if (ids.has(entry.id)) throw new DictionaryError(`duplicate entry id "${entry.id}"; give one of them an explicit \`id\``, { file, line, entryId: entry.id })
      byKey.set(key, entry)
      ids.add(entry.id)
      entries.push(entry)
    } catch (error) {
      if (!(error instanceof DictionaryError) || options.onInvalidEntry !== 'skip') throw error
      warnings.push({ code: 'invalid-entry-skipped', message: error.message, source: record.name as string, ...(error.entryId ? { entryId: error.entryId } : {}) })
    }
  })
  const spinner = options.spinner ? options.spinner(entries) : record.learned === true ? learnedChannel(entries) : undefined
  const dictionary: Dictionary = {
    ...headerFields(record, file),
    entries: Object.freeze(entries),
    warnings: Object.freeze(warnings),
    ...(spinner ? { spinner } : {}),
  }
  validated.add(Object.freeze(dictionary))
  return dictionary
}

/**
 * A dictionary whose header is checked now and whose entries are read by `entries` on first use, as
 * `validateDictionary` makes it otherwise. For trusted data with no forward channel (the built-in
 * tables that are not `learned`): most restorers never match most of them.
 */
export function deferredDictionary(header: Record<string, unknown>, file: string | undefined, entries: () => readonly DictionaryEntry[]): Dictionary {
  const fail: HeaderFail = (_field, message, value) => {
    throw new DictionaryError(message, { file, value })
  }
  checkHeaderFields(header, fail)
  if (header.learned === true) fail('learned', 'a learned dictionary builds its forward channel from its entries: they cannot be deferred')
  let read: readonly DictionaryEntry[] | undefined
  const dictionary: Dictionary = {
    ...headerFields(header, file),
    get entries() {
      return (read ??= Object.freeze(entries()))
    },
    warnings: Object.freeze([]),
  }
  validated.add(Object.freeze(dictionary))
  return dictionary
}

/** A dictionary's fields other than its entries, warnings and channel, from its checked header. */
function headerFields(record: Record<string, unknown>, file: string | undefined): Omit<Dictionary, 'entries' | 'warnings' | 'spinner'> {
  return {
    name: record.name as string,
    version: 1,
    file,
    description: record.description as string | undefined,
    source: record.source as string | undefined,
    license: record.license as string | undefined,
    compose: record.compose === true,
  }
}

/** Throw a header error at the line of `field` when it is known (a missing field has none). */
type HeaderFail = (field: string | undefined, message: string, value?: unknown) => never

/** Check every top-level field but `entries`; returns the prior for entries that give none. */
function checkHeaderFields(record: Record<string, unknown>, fail: HeaderFail): number {
  for (const key of Object.keys(record)) {
    if (!HEADER_KEYS.has(key)) fail(key, `unknown dictionary field \`${key}\`; allowed: ${[...HEADER_KEYS].join(', ')}`, key)
  }
  if (record.version === undefined) fail(undefined, 'missing field `version` (this unspin reads version 1)')
  if (record.name === undefined) fail(undefined, 'missing field `name` (a lowercase name: letters, digits, ".", "_", "-")')
  if (record.version !== 1) fail('version', `unsupported dictionary version ${describe(record.version)}: this unspin reads version 1`, record.version)
  if (typeof record.name !== 'string' || !NAME_PATTERN.test(record.name)) {
    fail('name', 'expected `name` to be a lowercase name (letters, digits, ".", "_", "-")', record.name)
  }
  if (record.language !== undefined && record.language !== 'en') fail('language', 'expected `language` to be "en" (the only language supported)', record.language)
  const defaultPrior = record.defaultPrior ?? DEFAULT_PRIOR
  if (typeof defaultPrior !== 'number' || !(defaultPrior > 0 && defaultPrior <= 1)) fail('defaultPrior', 'expected `defaultPrior` to be a number in (0, 1]', defaultPrior)
  for (const key of ['description', 'source', 'license'] as const) {
    if (record[key] !== undefined && typeof record[key] !== 'string') fail(key, `expected \`${key}\` to be a string`, record[key])
  }
  if (record.compose !== undefined && typeof record.compose !== 'boolean') fail('compose', 'expected `compose` to be true or false', record.compose)
  if (record.learned !== undefined && typeof record.learned !== 'boolean') fail('learned', 'expected `learned` to be true or false', record.learned)
  return defaultPrior as number
}

function nextFreeId(id: string, taken: ReadonlySet<string>): string {
  let n = 2
  while (taken.has(`${id}-${n}`)) n++
  return `${id}-${n}`
}
