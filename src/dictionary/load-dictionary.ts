import { readFileSync } from 'node:fs'
import { DictionaryError, invalidArgument } from '../errors.js'
import { parseDictionaryText } from './parse-dictionary-text.js'
import type { Dictionary, DictionaryInput } from './types.js'
import { validateDictionary, type InvalidEntryPolicy } from './validate-dictionary.js'

export interface LoadDictionaryOptions {
  /** `throw` (default): the first invalid entry throws `DictionaryError`; `skip`: it is left out and reported in `warnings`. */
  readonly onInvalidEntry?: InvalidEntryPolicy
}

/**
 * Load and validate a dictionary from a file path (`.json`, or the TSV format for `.tsv`/`.txt`)
 * or from an object in the JSON format. Throws `DictionaryError` naming the file, line and entry.
 */
export function loadDictionary(source: string | DictionaryInput, options?: Readonly<LoadDictionaryOptions> | null): Dictionary {
  const onInvalidEntry = options?.onInvalidEntry ?? 'throw'
  if (onInvalidEntry !== 'throw' && onInvalidEntry !== 'skip') invalidArgument('options.onInvalidEntry', '"throw" or "skip"', onInvalidEntry)
  if (typeof source === 'string') {
    let text: string
    try {
      text = readFileSync(source, 'utf8')
    } catch (error) {
      throw new DictionaryError(`cannot read the dictionary file: ${(error as Error).message}`, { file: source }, { cause: error })
    }
    return parseDictionaryText(text, source, { onInvalidEntry })
  }
  if (typeof source !== 'object' || source === null) invalidArgument('source', 'a file path or a dictionary object', source)
  return validateDictionary(source, { onInvalidEntry })
}
