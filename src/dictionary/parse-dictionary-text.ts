import { invalidArgument } from '../errors.js'
import { checkLoadOptions, type LoadDictionaryOptions } from './load-options.js'
import { parseJsonDictionary } from './parse-json.js'
import { parseTsvDictionary } from './parse-tsv.js'
import type { Dictionary } from './types.js'
import { validateDictionary } from './validate-dictionary.js'

/** Parse dictionary text; the format follows the file extension, else the first character (`{` = JSON). */
export function parseDictionaryText(text: string, file?: string | null, options?: Readonly<LoadDictionaryOptions> | null): Dictionary {
  if (typeof text !== 'string') invalidArgument('text', 'the dictionary text (a string)', text)
  if (file !== undefined && file !== null && typeof file !== 'string') invalidArgument('file', 'a file name (a string), null or undefined', file)
  const onInvalidEntry = checkLoadOptions(options)
  const name = file ?? undefined
  const isJson = name ? /\.json$/i.test(name) : /^\uFEFF?\s*\{/.test(text)
  const parsed = isJson ? parseJsonDictionary(text, name) : parseTsvDictionary(text, name)
  return validateDictionary(parsed.raw, { ...parsed.options, onInvalidEntry })
}
