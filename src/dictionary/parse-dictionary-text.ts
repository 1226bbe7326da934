import { parseJsonDictionary } from './parse-json.js'
import { parseTsvDictionary } from './parse-tsv.js'
import type { Dictionary } from './types.js'
import { validateDictionary, type InvalidEntryPolicy } from './validate-dictionary.js'

/** Parse dictionary text; the format follows the file extension, else the first character (`{` = JSON). */
export function parseDictionaryText(text: string, file?: string, options: { onInvalidEntry?: InvalidEntryPolicy } = {}): Dictionary {
  const isJson = file ? /\.json$/i.test(file) : /^\uFEFF?\s*\{/.test(text)
  const parsed = isJson ? parseJsonDictionary(text, file) : parseTsvDictionary(text, file)
  return validateDictionary(parsed.raw, { ...parsed.options, ...options })
}
