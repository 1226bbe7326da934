import { DictionaryError, describe } from '../errors.js'
import { ConditionSyntaxError, parseCondition } from './condition/index.js'
import { entryIdFromSpun } from './entry-id.js'
import type { DictionaryEntry, EntryExample, EntryPos } from './types.js'

/** Where an entry was read from, for error messages. */
export interface EntryLocation {
  readonly file: string | undefined
  readonly line: number | undefined
}

export const DEFAULT_PRIOR = 0.6
/** Longest spun form or original accepted, in UTF-16 code units. */
export const MAX_FORM_LENGTH = 200
/** A form must contain at least one of these. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const POS_TAGS: ReadonlySet<string> = new Set<EntryPos>(['NOUN', 'VERB', 'ADJ', 'ADV', 'ADP', 'PROPN', 'NUM', 'PRON', 'DET', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'INTJ'])
const ENTRY_KEYS = new Set(['id', 'spun', 'original', 'prior', 'pos', 'when', 'examples', 'counterExamples', 'note'])
const ID_PATTERN = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u

/**
 * Check one raw entry and return it normalized (trimmed, NFC, defaults filled in).
 * Throws `DictionaryError` naming the file, line, entry and what is allowed.
 */
export function validateEntry(raw: unknown, defaultPrior: number, where: EntryLocation): DictionaryEntry {
  const fail = (message: string, entryId?: string, value?: unknown): never => {
    throw new DictionaryError(message, { file: where.file, line: where.line, entryId, value })
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(`expected an entry object, got ${describe(raw)}`)
  const record = raw as Record<string, unknown>
  const spun = checkForm(record.spun, '`spun`', fail)
  const id = record.id === undefined ? entryIdFromSpun(spun) : record.id
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) fail('expected `id` to be a kebab-case string (lowercase letters, digits, dashes)', undefined, id)
  const entryId = id as string
  for (const key of Object.keys(record)) {
    if (!ENTRY_KEYS.has(key)) fail(`unknown field \`${key}\`; allowed: ${[...ENTRY_KEYS].join(', ')}`, entryId, key)
  }
  const originalList = Array.isArray(record.original) ? record.original : [record.original]
  if (originalList.length === 0) fail('expected `original` to name at least one original', entryId)
  const originals = originalList.map((o) => checkForm(o, '`original`', fail, entryId))
  for (const original of originals) {
    if (original.toLowerCase() === spun.toLowerCase()) fail('`original` equals `spun`: the entry would change nothing', entryId, original)
  }
  const prior = record.prior === undefined ? defaultPrior : record.prior
  if (typeof prior !== 'number' || !(prior > 0 && prior <= 1)) fail('expected `prior` to be a number in (0, 1]', entryId, prior)
  if (record.pos !== undefined && (typeof record.pos !== 'string' || !POS_TAGS.has(record.pos))) {
    fail(`expected \`pos\` to be one of ${[...POS_TAGS].join(', ')}`, entryId, record.pos)
  }
  const when = record.when === undefined || record.when === '' ? undefined : record.when
  if (when !== undefined) checkCondition(when, fail, entryId)
  return {
    id: entryId,
    spun,
    originals: [...new Set(originals)],
    prior: prior as number,
    pos: record.pos as EntryPos | undefined,
    when: when as string | undefined,
    examples: checkExamples(record.examples, fail, entryId),
    counterExamples: checkStrings(record.counterExamples, '`counterExamples`', fail, entryId),
    note: typeof record.note === 'string' ? record.note : record.note === undefined ? undefined : fail('expected `note` to be a string', entryId, record.note),
    line: where.line,
  }
}

/**
 * An entry of the built-in data, which `npm run build:dict` validated and normalized when it wrote
 * it: the object `validateEntry` returns, built without checking it again. Checking 8,000 entries
 * (forms normalized, `when` queries parsed) was a third of a cold `createRestorer()`.
 * Only for that data: anything else goes through `validateEntry`.
 */
export function trustedEntry(raw: unknown, defaultPrior: number, line: number | undefined): DictionaryEntry {
  const record = raw as { id: string; spun: string; original: string | string[]; prior?: number; pos?: EntryPos; when?: string; examples?: EntryExample[]; counterExamples?: string[]; note?: string }
  return {
    id: record.id,
    spun: record.spun,
    originals: [...new Set(Array.isArray(record.original) ? record.original : [record.original])],
    prior: record.prior ?? defaultPrior,
    pos: record.pos,
    when: record.when === '' ? undefined : record.when,
    examples: record.examples?.map(({ spun, restored }) => ({ spun, restored })) ?? [],
    counterExamples: record.counterExamples ? [...record.counterExamples] : [],
    note: record.note,
    line,
  }
}

type Fail = (message: string, entryId?: string, value?: unknown) => never

function checkForm(value: unknown, name: string, fail: Fail, entryId?: string): string {
  if (typeof value !== 'string') return fail(`expected ${name} to be a non-empty string, got ${describe(value)}`, entryId, value)
  const form = value.normalize('NFC').trim().replace(/\s+/g, ' ')
  if (!LETTER_OR_DIGIT.test(form)) fail(`expected ${name} to contain a letter or digit`, entryId, value)
  if (form.length > MAX_FORM_LENGTH) fail(`${name} is longer than ${MAX_FORM_LENGTH} characters`, entryId, value)
  if (/[\t\n\r|]/.test(value.trim())) fail(`${name} may not contain tabs, line breaks or "|"`, entryId, value)
  // Text never holds these, so an entry with them could never match: say so instead.
  if (/[\u0000-\u001f\u007f-\u009f]|\p{Cs}/u.test(form)) fail(`${name} may not contain control characters or unpaired surrogates`, entryId, value)
  return form
}

function checkCondition(when: unknown, fail: Fail, entryId: string): void {
  if (typeof when !== 'string') fail('expected `when` to be a query string', entryId, when)
  try {
    parseCondition(when as string)
  } catch (error) {
    if (!(error instanceof ConditionSyntaxError)) throw error
    fail(`invalid \`when\` query: ${(error as Error).message}`, entryId, when)
  }
}

function checkExamples(value: unknown, fail: Fail, entryId: string): EntryExample[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) return fail('expected `examples` to be an array of { spun, restored }', entryId, value)
  return value.map((example: unknown) => {
    const e = example as Record<string, unknown> | null
    if (typeof e !== 'object' || e === null || typeof e.spun !== 'string' || typeof e.restored !== 'string') {
      return fail('expected each example to be { "spun": string, "restored": string }', entryId, example)
    }
    return { spun: e.spun, restored: e.restored }
  })
}

function checkStrings(value: unknown, name: string, fail: Fail, entryId: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return fail(`expected ${name} to be an array of strings`, entryId, value)
  return [...value]
}
