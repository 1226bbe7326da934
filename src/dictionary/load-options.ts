import { invalidArgument, rejectUnknownKeys } from '../errors.js'
import type { InvalidEntryPolicy } from './validate-dictionary.js'

export interface LoadDictionaryOptions {
  /** `throw` (default): the first invalid entry throws `DictionaryError`; `skip`: it is left out and reported in `warnings`. */
  readonly onInvalidEntry?: InvalidEntryPolicy
}

const OPTION_KEYS: ReadonlySet<string> = new Set(['onInvalidEntry'])

/**
 * Check the options of `loadDictionary` and `parseDictionaryText` at the API boundary (unknown keys
 * are errors so a typo does not quietly keep the default); returns the invalid-entry policy.
 */
export function checkLoadOptions(options: unknown): InvalidEntryPolicy {
  if (options === undefined || options === null) return 'throw'
  if (typeof options !== 'object' || Array.isArray(options)) invalidArgument('options', 'an object, null or undefined', options)
  rejectUnknownKeys(options, OPTION_KEYS, 'options')
  const policy = (options as LoadDictionaryOptions).onInvalidEntry ?? 'throw'
  if (policy !== 'throw' && policy !== 'skip') invalidArgument('options.onInvalidEntry', '"throw" or "skip"', policy)
  return policy
}
