/**
 * Layout of the POS model file (`models/pos-en.bin`), little-endian, every section 4-byte aligned:
 *
 * - Header, HEADER_WORDS 32-bit words: magic `UNSPINPS` (words 0-1), then the words named in `H`.
 * - Meta: UTF-8 JSON (tag names, sources, counts).
 * - P(tag): TAG_COUNT float32.
 * - Transitions: CONTEXTS * CONTEXTS * OUTCOMES float32, P(outcome | context2, context1) (tags.ts).
 * - Lexicon: the words, UTF-8, joined by "\n"; then per word one byte n and n pairs of bytes
 *   (tag, probability code), most probable first.
 * - Suffixes: the same two blocks for the suffix table (the first suffix is the empty one).
 *
 * A probability code c stands for exp(-c / 16): 1/16 nat steps, enough for P(tag | word) (tags
 * below 0.01 are not stored).
 */

import { BYTE_ORDER_MARK } from '../lm/format.js'

export const POS_MAGIC = 'UNSPINPS'
export const POS_FORMAT_VERSION = 1
// The same mark as the language model's: a file written on a big-endian platform reads differently.
export const POS_BYTE_ORDER_MARK = BYTE_ORDER_MARK

/** Header word indexes (after the two magic words). */
export const H = {
  version: 2,
  byteOrder: 3,
  tagCount: 4,
  maxSuffix: 5,
  metaBytes: 6,
  lexiconWords: 7,
  lexiconTextBytes: 8,
  lexiconTagBytes: 9,
  suffixCount: 10,
  suffixTextBytes: 11,
  suffixTagBytes: 12,
} as const

export const HEADER_WORDS = 13
export const HEADER_BYTES = HEADER_WORDS * 4

const CODE_SCALE = 16

/** The byte code of a probability (0 < p <= 1). */
export function probabilityCode(p: number): number {
  return Math.max(0, Math.min(255, Math.round(-Math.log(p) * CODE_SCALE)))
}

/** The probability a byte code stands for. */
export function codeProbability(code: number): number {
  return Math.exp(-code / CODE_SCALE)
}

/** Round up to a multiple of 4. */
export function align4(n: number): number {
  return (n + 3) & ~3
}
