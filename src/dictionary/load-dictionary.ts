import { readFileSync } from 'node:fs'
import { decodeUtf8 } from '../decode-utf8.js'
import { DictionaryError, invalidArgument } from '../errors.js'
import { checkLoadOptions, type LoadDictionaryOptions } from './load-options.js'
import { DICTIONARY_EXTENSIONS_TEXT, extensionOf, formatOfFileName, parseDictionaryAs, type DictionaryFormat } from './parse-dictionary-text.js'
import type { Dictionary, DictionaryInput } from './types.js'
import { validateDictionary } from './validate-dictionary.js'

export type { LoadDictionaryOptions }

/**
 * Load and validate a dictionary from a file path (`.json`, or the TSV format for `.tsv`/`.txt`)
 * or from an object in the JSON format. Throws `DictionaryError` naming the file, line and entry.
 */
export function loadDictionary(source: string | DictionaryInput, options?: Readonly<LoadDictionaryOptions> | null): Dictionary {
  const onInvalidEntry = checkLoadOptions(options)
  // An empty path names no file: a mistake in the call, not in dictionary data.
  const isPath = typeof source === 'string' && source !== ''
  const isObject = typeof source === 'object' && source !== null && !Array.isArray(source)
  if (!isPath && !isObject) invalidArgument('source', 'a file path or a dictionary object', source)
  if (typeof source !== 'string') return validateDictionary(source, { onInvalidEntry })
  const format = formatOfPath(source)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(source)
  } catch (error) {
    throw new DictionaryError(`cannot read the dictionary file: ${(error as Error).message}`, { file: source }, { cause: error })
  }
  return parseDictionaryAs(format, textOf(bytes, source), source, onInvalidEntry)
}

/** The file's text; bytes that are not UTF-8 would load forms nobody wrote (U+FFFD), so they fail here. */
function textOf(bytes: Uint8Array, file: string): string {
  try {
    return decodeUtf8(bytes)
  } catch (error) {
    throw new DictionaryError('expected UTF-8 text; convert the file first, e.g. iconv -f latin1 -t utf-8 (for Latin-1 text)', { file }, { cause: error })
  }
}

/**
 * The format of the file at `path`, from its extension. Another extension is a `DictionaryError`
 * naming the file, like a file that cannot be read: a path is data the caller was given (the CLI's
 * `--dict`), and reading a `.jsonl` or `.csv` file as TSV would only fail later, less clearly. Checked
 * before reading, so a large file of another kind is not read at all.
 */
function formatOfPath(path: string): DictionaryFormat {
  const format = formatOfFileName(path)
  if (format !== undefined) return format
  const extension = extensionOf(path)
  const found = extension === '' ? '; this name has no extension' : `, not ${JSON.stringify(extension)}`
  throw new DictionaryError(`expected a dictionary file ending in ${DICTIONARY_EXTENSIONS_TEXT}${found}`, { file: path, value: path })
}
