/**
 * Load the POS model from the bytes of a model file. Works in browsers: pass the bytes however you
 * fetched them. Every word's tags are flattened into a few typed arrays (P(tag | word), most probable
 * first), so scoring a window reads numbers only.
 */
import { invalidArgument, UnspinError } from '../errors.js'
import { isNumberToken } from '../lm/vocab.js'
import { align4, codeProbability, H, HEADER_BYTES, HEADER_WORDS, POS_BYTE_ORDER_MARK, POS_FORMAT_VERSION, POS_MAGIC } from './format.js'
import { BOS_CONTEXT, CONTEXTS, NO_CONTEXT, OUTCOMES, TAG_COUNT, TAGS, tagIndex } from './tags.js'

/** What a loaded POS model says about itself. */
export interface PosModelInfo {
  readonly tags: readonly string[]
  readonly lexiconWords: number
  readonly suffixes: number
  readonly bytes: number
  readonly meta: Readonly<Record<string, unknown>>
}

// Unknown words looked up by suffix are remembered; the cap keeps a stream of distinct words from growing it forever.
const UNKNOWN_CACHE_LIMIT = 100_000

/**
 * A loaded POS model. A word's tags are entry `e`: tags `entryTag[entryStart[e] .. + entryLength[e]]`,
 * most probable first, with P(tag | word) in `entryProbability` at the same offsets.
 */
export class PosModel {
  readonly info: PosModelInfo
  /** Dense P(outcome | context2, context1), see `transitionIndex`. */
  readonly transitions: Float64Array
  readonly entryStart: Int32Array
  readonly entryLength: Int32Array
  readonly entryTag: Int32Array
  readonly entryProbability: Float64Array
  /** Pseudo-entries for the positions before a window: sentence start, or unknown context. */
  readonly bosEntry: number
  readonly noContextEntry: number
  private readonly numberEntry: number
  private readonly lexicon: Map<string, number>
  private readonly suffixes: Map<string, number>
  private readonly maxSuffix: number
  /** P(tag) over the training tokens. */
  readonly tagPrior: Float64Array
  private readonly unknown = new Map<string, number>()

  /** @internal Use `loadPosModel`. */
  constructor(parts: ParsedModel) {
    this.info = parts.info
    this.transitions = parts.transitions
    this.tagPrior = parts.tagPrior
    this.maxSuffix = parts.maxSuffix
    const { entries } = parts
    this.entryStart = entries.start
    this.entryLength = entries.length
    this.entryTag = entries.tag
    this.entryProbability = entries.probability
    this.lexicon = new Map()
    parts.words.forEach((word, e) => this.lexicon.set(word, e))
    this.suffixes = new Map()
    parts.suffixes.forEach((suffix, i) => this.suffixes.set(suffix, parts.words.length + i))
    this.numberEntry = entries.numberEntry
    this.bosEntry = entries.numberEntry + 1
    this.noContextEntry = entries.numberEntry + 2
  }

  /** The entry of a lowercase word: a number, a known word, or the longest known suffix. */
  entryOf(word: string): number {
    const known = this.lexicon.get(word)
    if (known !== undefined) return known
    const cached = this.unknown.get(word)
    if (cached !== undefined) return cached
    const entry = isNumberToken(word) ? this.numberEntry : this.suffixEntry(word)
    if (this.unknown.size < UNKNOWN_CACHE_LIMIT) this.unknown.set(word, entry)
    return entry
  }

  /** The tags a word may have, most probable first, with P(tag | word). */
  tagsOf(word: string): { tag: string; p: number }[] {
    const e = this.entryOf(word)
    const out: { tag: string; p: number }[] = []
    for (let i = this.entryStart[e]!; i < this.entryStart[e]! + this.entryLength[e]!; i++) {
      const tag = this.entryTag[i]!
      out.push({ tag: TAGS[tag]!, p: this.entryProbability[i]! })
    }
    return out
  }

  private suffixEntry(word: string): number {
    for (let k = Math.min(this.maxSuffix, word.length - 1); k > 0; k--) {
      const found = this.suffixes.get(word.slice(word.length - k))
      if (found !== undefined) return found
    }
    return this.suffixes.get('')!
  }
}

/** Every entry's tags in flat arrays: the words, then the suffixes, then number, BOS and no-context. */
interface EntryTables {
  readonly start: Int32Array
  readonly length: Int32Array
  readonly tag: Int32Array
  readonly probability: Float64Array
  readonly numberEntry: number
}

interface ParsedModel {
  readonly info: PosModelInfo
  readonly tagPrior: Float64Array
  readonly transitions: Float64Array
  readonly words: readonly string[]
  readonly suffixes: readonly string[]
  readonly entries: EntryTables
  readonly maxSuffix: number
}

/**
 * Load a POS model from the bytes of a model file (as written by `serializePosModel`, in
 * scripts/pos/write-model.ts). Throws `UnspinError` (`E_POS_MODEL`) when the bytes are not a POS
 * model of this version and tag set.
 */
export function loadPosModel(bytes: Uint8Array): PosModel {
  if (!(bytes instanceof Uint8Array)) invalidArgument('bytes', 'a Uint8Array (the bytes of a POS model file)', bytes)
  // Copy: the float sections need 4-byte alignment, and the model is small.
  const copy = bytes.slice()
  if (copy.length < HEADER_BYTES || new TextDecoder().decode(copy.subarray(0, 8)) !== POS_MAGIC) throw posModelError('not a POS model file (bad magic)')
  const header = new Uint32Array(copy.buffer, 0, HEADER_WORDS)
  if (header[H.byteOrder] !== POS_BYTE_ORDER_MARK) throw posModelError('the POS model needs a little-endian platform')
  if (header[H.version] !== POS_FORMAT_VERSION) throw posModelError(`POS model format v${header[H.version]}, expected v${POS_FORMAT_VERSION}`)
  if (header[H.tagCount] !== TAG_COUNT) throw posModelError(`POS model has ${header[H.tagCount]} tags, this version uses ${TAG_COUNT}`)
  const reader = new SectionReader(copy)
  const meta = parseMeta(reader.bytes(header[H.metaBytes]!))
  if (!Array.isArray(meta.tags) || meta.tags.join(',') !== TAGS.join(',')) throw posModelError('POS model tag set differs from this version')
  const tagPrior = Float64Array.from(reader.floats(TAG_COUNT))
  const transitions = Float64Array.from(reader.floats(CONTEXTS * CONTEXTS * OUTCOMES))
  const words = reader.keys(header[H.lexiconWords]!, header[H.lexiconTextBytes]!)
  const wordTags = reader.bytes(header[H.lexiconTagBytes]!)
  const suffixes = reader.keys(header[H.suffixCount]!, header[H.suffixTextBytes]!)
  const suffixTags = reader.bytes(header[H.suffixTagBytes]!)
  if (suffixes[0] !== '') throw posModelError('POS model has no fallback for unknown words (empty suffix)')
  if (!tagPrior.every((p) => p > 0 && p <= 1) || !transitions.every((p) => p >= 0 && p <= 1)) throw posModelError('POS model probabilities out of range')
  const entries = entryTables([[words, wordTags], [suffixes, suffixTags]])
  const info: PosModelInfo = { tags: [...TAGS], lexiconWords: words.length, suffixes: suffixes.length, bytes: bytes.length, meta }
  return new PosModel({ info, tagPrior, transitions, words, suffixes, entries, maxSuffix: header[H.maxSuffix]! })
}

/**
 * Decode the tag lists of the word and suffix tables into flat arrays, each list renormalized (the
 * byte codes round); then the three fixed entries.
 */
function entryTables(tables: readonly (readonly [readonly string[], Uint8Array])[]): EntryTables {
  const count = tables.reduce((n, [keys]) => n + keys.length, 0) + 3
  const pairs = tables.reduce((n, [, bytes]) => n + bytes.length, 0) + 3
  const start = new Int32Array(count)
  const length = new Int32Array(count)
  const tag = new Int32Array(pairs)
  const probability = new Float64Array(pairs)
  const codes = new Float64Array(256)
  for (let c = 0; c < 256; c++) codes[c] = codeProbability(c)
  let e = 0
  let offset = 0
  for (const [keys, bytes] of tables) {
    const end = bytes.length
    let at = 0
    for (let w = 0; w < keys.length; w++) {
      const n = at < end ? bytes[at++]! : 0
      if (n === 0 || n > TAG_COUNT || at + 2 * n > end) throw posModelError(`POS model entry "${keys[w]}" is malformed`)
      start[e] = offset
      length[e] = n
      let total = 0
      for (let k = offset; k < offset + n; k++, at += 2) {
        const t = bytes[at]!
        if (t >= TAG_COUNT) throw posModelError(`POS model entry "${keys[w]}" has tag ${t}`)
        tag[k] = t
        total += probability[k] = codes[bytes[at + 1]!]!
      }
      for (let k = offset; k < offset + n; k++) probability[k] = probability[k]! / total
      offset += n
      e++
    }
    if (at !== end) throw posModelError('POS model tag table does not match its words')
  }
  // A number is a number; the pseudo-words before a window carry their context symbol.
  for (const fixed of [tagIndex('NUM'), BOS_CONTEXT, NO_CONTEXT]) {
    start[e] = offset
    length[e] = 1
    tag[offset] = fixed
    probability[offset] = 1
    offset++
    e++
  }
  return { start, length, tag, probability, numberEntry: count - 3 }
}

/** Reads the sections in order, checking each against the file's length. */
class SectionReader {
  private offset = HEADER_BYTES
  constructor(private readonly data: Uint8Array) {}

  bytes(length: number): Uint8Array {
    if (this.offset + length > this.data.length) throw posModelError('truncated POS model file')
    const out = this.data.subarray(this.offset, this.offset + length)
    this.offset += align4(length)
    return out
  }

  floats(count: number): Float32Array {
    const raw = this.bytes(count * 4)
    return new Float32Array(this.data.buffer, raw.byteOffset, count)
  }

  keys(count: number, textBytes: number): string[] {
    const text = new TextDecoder().decode(this.bytes(textBytes))
    const keys = count === 0 ? [] : text.split('\n')
    if (keys.length !== count) throw posModelError('POS model word table does not match its count')
    return keys
  }
}

function parseMeta(bytes: Uint8Array): Record<string, unknown> {
  try {
    const meta = JSON.parse(new TextDecoder().decode(bytes)) as unknown
    if (typeof meta === 'object' && meta !== null && !Array.isArray(meta)) return meta as Record<string, unknown>
  } catch (error) {
    throw posModelError(`POS model meta is not JSON (${(error as Error).message})`)
  }
  throw posModelError('POS model meta is not a JSON object')
}

function posModelError(problem: string): UnspinError {
  return new UnspinError('E_POS_MODEL', `unspin: ${problem}`)
}
