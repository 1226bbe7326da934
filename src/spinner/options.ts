import { NAME_PATTERN } from '../dictionary/validate-dictionary.js'
import { invalidArgument, rejectUnknownKeys } from '../errors.js'
import type { ChannelParameters } from './reverse-channel.js'
import {
  DEFAULT_MAX_CONFIDENCE, DEFAULT_MAX_ORIGINALS, DEFAULT_MEMBER_WEIGHT, DEFAULT_MIN_CONFIDENCE, DEFAULT_POSITION_WEIGHTS,
} from './weights.js'

/** Options for `loadSpinnerThesaurus`. Every field is optional. */
export interface SpinnerThesaurusOptions {
  /** Dictionary name, carried by marks as `source` and usable in `disable` (default `spinner-db`). */
  readonly name?: string
  /** File name for errors when `pathOrText` is the text itself. */
  readonly file?: string
  /** Weights of synonym positions 1, 2, ... (default 0.45, 0.30, then halving: see weights.ts). */
  readonly positionWeights?: readonly number[]
  /** Weight of a line's other members together as the original, relative to its headword (default 0.5). */
  readonly memberWeight?: number
  /** Highest prior confidence a candidate from the database gets, before context scoring (default 0.9). */
  readonly maxConfidence?: number
  /** Originals kept per spun form, best first (default 8). */
  readonly maxOriginals?: number
  /** Leave out spun forms whose best original would get less confidence than this (default 0.1; 0 keeps all). */
  readonly minConfidence?: number
  /** Longest member kept, in words (default 6). */
  readonly maxWords?: number
}

const OPTION_KEYS = new Set(['name', 'file', 'positionWeights', 'memberWeight', 'maxConfidence', 'maxOriginals', 'minConfidence', 'maxWords'])

/** The channel's numbers: the options given, defaults for the rest (weights.ts). */
export function channelParameters(o: SpinnerThesaurusOptions): ChannelParameters {
  return {
    positionWeights: o.positionWeights ?? DEFAULT_POSITION_WEIGHTS,
    memberWeight: o.memberWeight ?? DEFAULT_MEMBER_WEIGHT,
    maxConfidence: o.maxConfidence ?? DEFAULT_MAX_CONFIDENCE,
    maxOriginals: o.maxOriginals ?? DEFAULT_MAX_ORIGINALS,
    minConfidence: o.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
  }
}

/** Check options at the API boundary: `TypeError` for unknown keys and values out of range. */
export function checkSpinnerOptions(options: Readonly<SpinnerThesaurusOptions> | null | undefined): SpinnerThesaurusOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) invalidArgument('options', 'an object, null or undefined', options)
  rejectUnknownKeys(options, OPTION_KEYS, 'options')
  const { name, file, positionWeights: w, memberWeight, maxConfidence, maxOriginals, minConfidence, maxWords } = options
  if (name !== undefined && (typeof name !== 'string' || !NAME_PATTERN.test(name))) {
    invalidArgument('options.name', 'a lowercase name (letters, digits, ".", "_", "-")', name)
  }
  if (file !== undefined && typeof file !== 'string') invalidArgument('options.file', 'a string', file)
  if (w !== undefined && (!Array.isArray(w) || w.length === 0 || !w.every((x) => typeof x === 'number' && x > 0 && x <= 1))) {
    invalidArgument('options.positionWeights', 'a non-empty array of numbers in (0, 1]', w)
  }
  const unit = (value: unknown, key: string, low: number): void => {
    if (value !== undefined && (typeof value !== 'number' || !(value >= low && value <= 1))) {
      invalidArgument(`options.${key}`, `a number in ${low === 0 ? '[0' : '(0'}, 1]`, value)
    }
  }
  if (memberWeight !== undefined && (typeof memberWeight !== 'number' || !(memberWeight >= 0 && Number.isFinite(memberWeight)))) {
    invalidArgument('options.memberWeight', 'a finite number >= 0', memberWeight)
  }
  unit(maxConfidence, 'maxConfidence', Number.MIN_VALUE)
  unit(minConfidence, 'minConfidence', 0)
  for (const [value, key] of [[maxOriginals, 'maxOriginals'], [maxWords, 'maxWords']] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) invalidArgument(`options.${key}`, 'a positive integer', value)
  }
  return options
}
