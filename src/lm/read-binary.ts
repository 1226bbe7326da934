/**
 * Load the binary model: typed-array views over the bytes (no per-entry objects, no copying unless
 * the bytes are misaligned), so loading costs little more than reading the file. Works in browsers:
 * pass the bytes however you fetched them.
 */
import { invalidArgument, UnspinError } from '../errors.js'
import { BYTE_ORDER_MARK, FORMAT_VERSION, H, HEADER_BYTES, HEADER_WORDS, MAGIC, MAX_ORDER, NONE, T } from './format.js'
import { fingerprint, HASH_OUT, hashNgram, hashToken, packedFingerprint } from './hash.js'
import { BackoffModel, type NgramStore } from './query.js'
import type { LanguageModel, SmoothingMethod } from './types.js'
import { isNumberToken } from './vocab.js'

class BinaryStore implements NgramStore {
  readonly order: number
  readonly bosId: number
  readonly eosId: number
  readonly unknownId: number
  readonly numId: number
  readonly unknownPenalty: number
  /** The order whose table packs one word per slot (the highest, when above 1). */
  readonly packed: number
  // Per order: slot table (two words per slot below the highest order, one at it) and codebooks.
  readonly tables: Int32Array[] = []
  readonly slots: number[] = []
  readonly probBooks: Float32Array[] = []
  readonly backoffBooks: Float32Array[] = []

  constructor(bytes: Uint8Array, header: Uint32Array) {
    this.order = header[H.order]!
    this.bosId = header[H.bos]!
    this.eosId = header[H.eos]!
    this.unknownId = header[H.unk]!
    this.numId = header[H.num] === NONE ? this.unknownId : header[H.num]!
    this.unknownPenalty = new Float32Array(bytes.buffer, bytes.byteOffset + H.unknownPenalty * 4, 1)[0]!
    this.packed = this.order > 1 ? this.order : 0
    const at = (offset: number): number => bytes.byteOffset + offset
    for (let n = 1; n <= this.order; n++) {
      const d = H.tables + (n - 1) * T.words
      const slots = header[d + T.slots]!
      this.slots.push(slots)
      this.tables.push(new Int32Array(bytes.buffer, at(header[d + T.table]!), n === this.packed ? slots : slots * 2))
      this.probBooks.push(new Float32Array(bytes.buffer, at(header[d + T.probBook]!), 256))
      if (n < this.order) this.backoffBooks.push(new Float32Array(bytes.buffer, at(header[d + T.backoffBook]!), 256))
    }
  }

  wordId(token: string): number {
    if (isNumberToken(token)) return this.numId
    hashToken(token)
    const slot = this.find2(this.tables[0]!, this.slots[0]!)
    return slot < 0 ? this.unknownId : slot
  }

  find(n: number, w: number, p1: number, p2: number, p3: number): number {
    if (n === 1) return w
    hashNgram(n, w, p1, p2, p3)
    return n === this.packed ? this.find1(this.tables[n - 1]!, this.slots[n - 1]!) : this.find2(this.tables[n - 1]!, this.slots[n - 1]!)
  }

  logProbAt(n: number, slot: number): number {
    const code = n === this.packed ? this.tables[n - 1]![slot]! & 0xff : this.tables[n - 1]![slot * 2 + 1]! & 0xff
    return this.probBooks[n - 1]![code]!
  }

  backoffAt(n: number, slot: number): number {
    return this.backoffBooks[n - 1]![(this.tables[n - 1]![slot * 2 + 1]! >> 8) & 0xff]!
  }

  // Linear probing for the key hashed into HASH_OUT in a two-word table; -1 at the first empty slot.
  private find2(table: Int32Array, slots: number): number {
    const fp = fingerprint(HASH_OUT[1]!)
    let slot = HASH_OUT[0]! % slots
    for (;;) {
      const f = table[slot * 2]!
      if (f === fp) return slot
      if (f === 0) return -1
      slot = slot + 1 === slots ? 0 : slot + 1
    }
  }

  // The same in a packed one-word table (fingerprint in the high 24 bits).
  private find1(table: Int32Array, slots: number): number {
    const fp = packedFingerprint(HASH_OUT[1]!)
    let slot = HASH_OUT[0]! % slots
    for (;;) {
      const f = table[slot]!
      if ((f & ~0xff) === fp) return slot
      if (f === 0) return -1
      slot = slot + 1 === slots ? 0 : slot + 1
    }
  }
}

/**
 * Load a model from the bytes of a model file (as written by `serializeLanguageModel`, in
 * scripts/lm/write-binary.ts). The bytes are used in place, not copied (unless misaligned): do not
 * modify them afterwards.
 * Throws `UnspinError` (`E_LANGUAGE_MODEL`) when the bytes are not a model file of a supported version.
 */
export function loadLanguageModel(bytes: Uint8Array): LanguageModel {
  if (!(bytes instanceof Uint8Array)) invalidArgument('bytes', 'a Uint8Array (the bytes of a model file)', bytes)
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice()
  if (bytes.length < HEADER_BYTES || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) {
    throw modelError('not a language model file (bad magic)')
  }
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS)
  if (header[H.byteOrder] !== BYTE_ORDER_MARK) throw modelError('the language model needs a little-endian platform')
  if (header[H.version] !== FORMAT_VERSION) throw modelError(`language model format v${header[H.version]}, expected v${FORMAT_VERSION}`)
  const order = header[H.order]!
  if (order < 1 || order > MAX_ORDER) throw modelError(`bad language model order ${order}`)
  checkBounds(bytes.length, header, order)
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + header[H.metaLength]!))) as Record<string, unknown>
  const store = new BinaryStore(bytes, header)
  const ngramCounts = Array.from({ length: order }, (_, k) => header[H.tables + k * T.words + T.entries]!)
  const method: SmoothingMethod = header[H.method] === 0 ? 'kneser-ney' : 'stupid-backoff'
  return new BackoffModel(store, { order, method, vocabularySize: ngramCounts[0]!, ngramCounts, bytes: bytes.length, meta })
}

function checkBounds(length: number, header: Uint32Array, order: number): void {
  for (let n = 1; n <= order; n++) {
    const d = H.tables + (n - 1) * T.words
    const slots = header[d + T.slots]!
    const ends = [header[d + T.table]! + slots * (n === order && n > 1 ? 4 : 8), header[d + T.probBook]! + 1024]
    if (n < order) ends.push(header[d + T.backoffBook]! + 1024)
    if (slots === 0 || ends.some((e) => e > length)) throw modelError('truncated language model file')
  }
}

function modelError(problem: string): UnspinError {
  return new UnspinError('E_LANGUAGE_MODEL', `unspin: ${problem}`)
}
