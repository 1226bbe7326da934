/**
 * Serialize a trained model to the binary format (`format.ts`): kept n-grams only, 8-bit codes.
 * Deterministic: tables are filled in entry order and the meta JSON has no timestamps, so the same
 * training data gives the same bytes.
 */
import { align8, BYTE_ORDER_MARK, FORMAT_VERSION, H, HEADER_BYTES, HEADER_WORDS, MAGIC, NONE, T, tableSlots } from '../../src/lm/format.js'
import { fingerprint, HASH_OUT, hashNgram, hashToken, packedFingerprint } from '../../src/lm/hash.js'
import { BOS_ID, EOS_ID, UNK_ID, type TrainedModel } from '../../src/lm/train.js'
import { NUM } from '../../src/lm/vocab.js'
import { buildCodebook, encode } from './quantize.js'

/** Serialization options. */
export interface SerializeOptions {
  /** Filled share of each hash table (default 0.75): lower is faster to probe, higher is smaller. */
  readonly loadFactor?: number
  /** Extra build facts stored in the file's meta JSON (sources, licences, pruning). */
  readonly meta?: Readonly<Record<string, unknown>>
}

interface Section { table: Int32Array; probBook: Float32Array; backoffBook: Float32Array | null; entries: number }

/** Encode `model` as bytes for `loadLanguageModel`. */
export function serializeLanguageModel(model: TrainedModel, options: SerializeOptions = {}): Uint8Array {
  const loadFactor = options.loadFactor ?? 0.75
  const sections: Section[] = []
  const slotOf = new Int32Array(model.vocab.length)
  let collisions = 0
  for (let n = 1; n <= model.order; n++) {
    const kept = model.kept[n - 1]!
    const entries: number[] = []
    for (let i = 0; i < kept.length; i++) if (kept[i]) entries.push(i)
    const slots = tableSlots(entries.length, loadFactor)
    const packed = n === model.order && n > 1 // one word per slot, no backoff (unigrams always two)
    const width = packed ? 1 : 2
    const table = new Int32Array(slots * width)
    const lp = model.logProbs[n - 1]!
    const bow = n < model.order ? model.backoff[n - 1]! : null
    const probBook = buildCodebook(Float64Array.from(entries, (i) => lp[i]!))
    const backoffBook = bow ? buildCodebook(Float64Array.from(entries, (i) => bow[i]!)) : null
    for (const i of entries) {
      if (n === 1) hashToken(model.vocab[i]!)
      else hashKey(model, n, i, slotOf)
      const fp = packed ? packedFingerprint(HASH_OUT[1]!) : fingerprint(HASH_OUT[1]!)
      const mask = packed ? ~0xff : -1
      let slot = HASH_OUT[0]! % slots
      while (table[slot * width] !== 0) {
        if ((table[slot * width]! & mask) === fp) collisions++ // this key will be shadowed by the earlier one
        slot = slot + 1 === slots ? 0 : slot + 1
      }
      if (n === 1) slotOf[i] = slot
      const code = encode(probBook, lp[i]!)
      if (packed) table[slot] = fp | code
      else {
        table[slot * 2] = fp
        table[slot * 2 + 1] = code | (bow ? encode(backoffBook!, bow[i]!) << 8 : 0)
      }
    }
    sections.push({ table, probBook, backoffBook, entries: entries.length })
  }
  const numId = model.vocab.indexOf(NUM)
  const meta = new TextEncoder().encode(JSON.stringify({
    format: `${MAGIC} v${FORMAT_VERSION}`,
    order: model.order,
    method: model.method,
    vocabulary: model.vocab.length,
    ngrams: sections.map((s) => s.entries),
    trainingTokens: model.tokens,
    trainingSentences: model.sentences,
    unknownTypes: model.unknownTypes,
    loadFactor,
    fingerprintCollisions: collisions,
    ...options.meta,
  }))
  return layout(model, sections, meta, slotOf, numId)
}

// Word slots of entry i of order n, newest first, hashed into HASH_OUT.
function hashKey(model: TrainedModel, n: number, i: number, slotOf: Int32Array): void {
  const ids = [0, 0, 0, 0]
  let entry = i
  for (let k = n; k >= 1; k--) {
    const t = model.tables[k - 1]!
    ids[n - k] = slotOf[t.word[entry]!]!
    entry = t.ctx[entry]!
  }
  hashNgram(n, ids[0]!, ids[1]!, ids[2]!, ids[3]!)
}

function layout(model: TrainedModel, sections: Section[], meta: Uint8Array, slotOf: Int32Array, numId: number): Uint8Array {
  let size = align8(HEADER_BYTES + meta.length)
  const offsets = sections.map((s) => {
    const o = { probBook: size, backoffBook: 0, table: 0 }
    size = align8(size + s.probBook.byteLength)
    if (s.backoffBook) { o.backoffBook = size; size = align8(size + s.backoffBook.byteLength) }
    o.table = size
    size = align8(size + s.table.byteLength)
    return o
  })
  const bytes = new Uint8Array(size)
  const header = new Uint32Array(bytes.buffer, 0, HEADER_WORDS)
  bytes.set(new TextEncoder().encode(MAGIC), 0)
  header[H.version] = FORMAT_VERSION
  header[H.order] = model.order
  header[H.method] = model.method === 'kneser-ney' ? 0 : 1
  header[H.bos] = slotOf[BOS_ID]!
  header[H.eos] = slotOf[EOS_ID]!
  header[H.unk] = slotOf[UNK_ID]!
  header[H.num] = numId < 0 ? NONE : slotOf[numId]!
  new Float32Array(bytes.buffer, H.unknownPenalty * 4, 1)[0] = Math.log(Math.max(1, model.unknownTypes))
  header[H.metaLength] = meta.length
  header[H.byteOrder] = BYTE_ORDER_MARK
  bytes.set(meta, HEADER_BYTES)
  sections.forEach((s, k) => {
    const o = offsets[k]!
    const slots = k + 1 === model.order && k > 0 ? s.table.length : s.table.length / 2
    header.set([slots, s.entries, o.table, o.probBook, o.backoffBook], H.tables + k * T.words)
    bytes.set(new Uint8Array(s.probBook.buffer), o.probBook)
    if (s.backoffBook) bytes.set(new Uint8Array(s.backoffBook.buffer), o.backoffBook)
    bytes.set(new Uint8Array(s.table.buffer), o.table)
  })
  return bytes
}
