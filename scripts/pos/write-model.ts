/** Serialize a trained POS model to the bytes of a model file (layout: format.ts). */
import { align4, H, HEADER_BYTES, HEADER_WORDS, POS_BYTE_ORDER_MARK, POS_FORMAT_VERSION, POS_MAGIC, probabilityCode } from '../../src/pos/format.js'
import type { PosModelData, TagProbability } from '../../src/pos/types.js'

/** The bytes of a model file. Deterministic: the same model gives the same bytes. */
export function serializePosModel(model: PosModelData): Uint8Array {
  const encoder = new TextEncoder()
  const meta = encoder.encode(JSON.stringify({ ...model.meta, tags: model.tags }))
  const lexicon = table(model.lexicon, encoder)
  const suffixes = table(model.suffixes, encoder)
  const tagCount = model.tags.length
  const sections = [
    meta,
    new Uint8Array(new Float32Array(model.tagPrior).buffer),
    new Uint8Array(new Float32Array(model.transitions).buffer),
    lexicon.text,
    lexicon.tags,
    suffixes.text,
    suffixes.tags,
  ]
  const total = sections.reduce((n, s) => n + align4(s.length), HEADER_BYTES)
  const bytes = new Uint8Array(total)
  bytes.set(encoder.encode(POS_MAGIC), 0)
  const header = new Uint32Array(bytes.buffer, 0, HEADER_WORDS)
  header[H.version] = POS_FORMAT_VERSION
  header[H.byteOrder] = POS_BYTE_ORDER_MARK
  header[H.tagCount] = tagCount
  header[H.maxSuffix] = model.maxSuffix
  header[H.metaBytes] = meta.length
  header[H.lexiconWords] = model.lexicon.size
  header[H.lexiconTextBytes] = lexicon.text.length
  header[H.lexiconTagBytes] = lexicon.tags.length
  header[H.suffixCount] = model.suffixes.size
  header[H.suffixTextBytes] = suffixes.text.length
  header[H.suffixTagBytes] = suffixes.tags.length
  let offset = HEADER_BYTES
  for (const section of sections) {
    bytes.set(section, offset)
    offset += align4(section.length)
  }
  return bytes
}

/** A word (or suffix) table: keys joined by "\n", and their tag lists as bytes. */
function table(entries: ReadonlyMap<string, readonly TagProbability[]>, encoder: TextEncoder): { text: Uint8Array; tags: Uint8Array } {
  const keys = [...entries.keys()]
  for (const key of keys) if (key.includes('\n')) throw new RangeError(`unspin: a POS model key cannot hold a line break: ${JSON.stringify(key)}`)
  const tags: number[] = []
  for (const key of keys) {
    const list = entries.get(key)!
    tags.push(list.length)
    for (const { tag, p } of list) tags.push(tag, probabilityCode(p))
  }
  return { text: encoder.encode(keys.join('\n')), tags: Uint8Array.from(tags) }
}
