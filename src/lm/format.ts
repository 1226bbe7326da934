/**
 * Layout of the binary model file (little-endian):
 *
 * - Header, HEADER_WORDS 32-bit words: magic `UNSPINLM` (words 0-1), format version, order, method
 *   (0 Kneser-Ney, 1 stupid backoff), ids of `<s>` `</s>` `<unk>` `<num>` (0xffffffff = none), the
 *   unknown-word penalty (float32 bits), meta JSON length, a byte-order mark 0x01020304, then eight
 *   words per order 1..4: slots, entries, byte offsets of the slot table and of the log-prob and
 *   backoff codebooks (0 = absent), three reserved.
 * - Meta: UTF-8 JSON (build facts: sources, counts, pruning), right after the header.
 * - Per order, each section 8-byte aligned: codebooks (256 float32 each: 8-bit codes index them),
 *   then the slot table. Lower orders use two int32 words per slot: the 32-bit fingerprint (0 =
 *   empty) and `probCode | backoffCode << 8`. The highest order (when above 1), which has no backoff weights, packs
 *   a slot into one int32: 24-bit fingerprint in the high bits, log-prob code in the low byte. A hit
 *   thus reads one cache line.
 *
 * Each order is an open-addressing table with linear probing: home slot = h1 mod slots, fingerprint
 * from h2 (`hash.ts`). Unigram keys hash the token text and a word's id IS its slot, so n-gram keys
 * hash the slot numbers of their words.
 */

export const MAGIC = 'UNSPINLM'
export const FORMAT_VERSION = 1
export const HEADER_WORDS = 44
export const HEADER_BYTES = HEADER_WORDS * 4
export const BYTE_ORDER_MARK = 0x01020304
export const NONE = 0xffffffff
export const MAX_ORDER = 4

/** Header word indexes. */
export const H = {
  version: 2,
  order: 3,
  method: 4,
  bos: 5,
  eos: 6,
  unk: 7,
  num: 8,
  unknownPenalty: 9,
  metaLength: 10,
  byteOrder: 11,
  tables: 12,
} as const

/** Word offsets inside one order's eight-word table descriptor. */
export const T = { slots: 0, entries: 1, table: 2, probBook: 3, backoffBook: 4, words: 8 } as const

/** Round up to a multiple of 8 so typed-array views are aligned. */
export function align8(n: number): number {
  return (n + 7) & ~7
}

/** Number of slots for `entries` keys at the given load factor (at least entries + 1, so probes end). */
export function tableSlots(entries: number, loadFactor: number): number {
  return Math.max(entries + 1, Math.ceil(entries / loadFactor))
}
