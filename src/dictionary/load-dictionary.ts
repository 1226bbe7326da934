import { readFileSync } from 'node:fs'
import { DictionaryError, invalidArgument } from '../errors.js'
import { checkLoadOptions, type LoadDictionaryOptions } from './load-options.js'
import { parseDictionaryText } from './parse-dictionary-text.js'
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
  let text: string
  try {
    text = readFileSync(source, 'utf8')
  } catch (error) {
    throw new DictionaryError(`cannot read the dictionary file: ${(error as Error).message}`, { file: source }, { cause: error })
  }
  return parseDictionaryText(text, source, { onInvalidEntry })
}
