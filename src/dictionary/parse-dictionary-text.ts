import { invalidArgument } from '../errors.js'
import { checkLoadOptions, type LoadDictionaryOptions } from './load-options.js'
import { parseJsonDictionary } from './parse-json.js'
import { parseTsvDictionary } from './parse-tsv.js'
import type { Dictionary } from './types.js'
import { validateDictionary, type InvalidEntryPolicy, type ValidateOptions } from './validate-dictionary.js'

export type DictionaryFormat = 'json' | 'tsv'

/** The extensions that name a dictionary format, as docs/api.md (`loadDictionary`) documents them. */
const FORMAT_OF_EXTENSION: ReadonlyMap<string, DictionaryFormat> = new Map([
  ['.json', 'json'],
  ['.tsv', 'tsv'],
  ['.txt', 'tsv'],
])
export const DICTIONARY_EXTENSIONS_TEXT = '.json (JSON format), .tsv or .txt (TSV format)'

/**
 * Parse dictionary text; the format follows the file extension (`.json`; `.tsv` or `.txt`), else
 * (no file name, or another extension) the first character: `{` means JSON.
 */
export function parseDictionaryText(text: string, file?: string | null, options?: Readonly<LoadDictionaryOptions> | null): Dictionary {
  if (typeof text !== 'string') invalidArgument('text', 'the dictionary text (a string)', text)
  if (file !== undefined && file !== null && typeof file !== 'string') invalidArgument('file', 'a file name (a string), null or undefined', file)
  const onInvalidEntry = checkLoadOptions(options)
  const name = file ?? undefined
  const format = (name === undefined ? undefined : formatOfFileName(name)) ?? (/^\uFEFF?\s*\{/.test(text) ? 'json' : 'tsv')
  return parseDictionaryAs(format, text, name, onInvalidEntry)
}

/** Parse and validate `text` in a known format; `extra` adds validation options (a forward channel, trusted built-in entries). */
export function parseDictionaryAs(format: DictionaryFormat, text: string, file: string | undefined, onInvalidEntry: InvalidEntryPolicy, extra: Pick<ValidateOptions, 'spinner' | 'trustedEntries'> = {}): Dictionary {
  const parsed = format === 'json' ? parseJsonDictionary(text, file) : parseTsvDictionary(text, file)
  return validateDictionary(parsed.raw, { ...parsed.options, onInvalidEntry, ...extra })
}

/** The format `file`'s extension names, in any case; `undefined` for another extension or none. */
export function formatOfFileName(file: string): DictionaryFormat | undefined {
  return FORMAT_OF_EXTENSION.get(extensionOf(file))
}

/** `.ext` of the last path segment, lowercased; '' when it has none (a dot-file has none, as in node:path). */
export function extensionOf(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot).toLowerCase() : ''
}
