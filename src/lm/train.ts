/**
 * Training: tokens -> vocabulary -> counts -> probabilities -> pruning. Used by the build script for
 * the shipped model and by `createLanguageModelFromCounts` for small test models, so both go through
 * exactly the same estimation.
 */
import { countNgrams, type OrderCounts } from './count.js'
import { estimateLogProbs } from './estimate.js'
import { pruneAndBackoff } from './prune.js'
import type { SmoothingMethod } from './types.js'
import { BOS, EOS, foldAscii, lmToken, UNK } from './vocab.js'

/** How to train. */
export interface TrainOptions {
  /** N-gram order, 1 to 4 (default 3). */
  readonly order?: number
  /** Default `'kneser-ney'`. */
  readonly method?: SmoothingMethod
  /** Words seen fewer times become `<unk>` (default 1: keep every word). */
  readonly minWordCount?: number
  /** Keep at most this many words, most frequent first (default: no cap). */
  readonly maxVocabulary?: number
  /** Minimum count to keep an n-gram, per order starting at unigrams (default 1: no pruning). */
  readonly minCounts?: readonly number[]
}

/** A trained model before serialization: exact (unquantized) values. */
export interface TrainedModel {
  readonly order: number
  readonly method: SmoothingMethod
  /** Vocabulary by id: `<s>`, `</s>`, `<unk>` first, then by descending count. */
  readonly vocab: readonly string[]
  /** Distinct training word types that became `<unk>`. */
  readonly unknownTypes: number
  readonly tables: readonly OrderCounts[]
  readonly logProbs: readonly Float64Array[]
  readonly kept: readonly Uint8Array[]
  readonly backoff: readonly Float64Array[]
  /** Tokens read (without `<s>`/`</s>`) and sentences. */
  readonly tokens: number
  readonly sentences: number
}

/** Ids of the special tokens in every trained vocabulary. */
export const BOS_ID = 0
export const EOS_ID = 1
export const UNK_ID = 2

/** Train on sentences of tokens (normalized as `normalizeToken` does; numbers are mapped to `<num>` here). */
export function trainLanguageModel(sentences: Iterable<readonly string[]>, options: TrainOptions = {}): TrainedModel {
  const order = options.order ?? 3
  if (!Number.isInteger(order) || order < 1 || order > 4) throw new RangeError(`order must be 1..4, got ${order}`)
  const method = options.method ?? 'kneser-ney'
  // One pass: provisional ids in order of first sight, remapped once the vocabulary is known.
  const provisional = new Map<string, number>()
  const counts: number[] = []
  const raw: Int32Array[] = []
  let tokens = 0
  for (const sentence of sentences) {
    if (sentence.length === 0) continue
    const ids = new Int32Array(sentence.length)
    for (let i = 0; i < sentence.length; i++) {
      const t = vocabForm(sentence[i]!)
      let id = provisional.get(t)
      if (id === undefined) { id = counts.length; provisional.set(t, id); counts.push(0) }
      counts[id]!++
      ids[i] = id
    }
    tokens += ids.length
    raw.push(ids)
  }
  const { vocab, remap, unknownTypes } = chooseVocabulary(provisional, counts, options)
  const ids = raw.map((s) => s.map((id) => remap[id]!))
  const tables = countNgrams(ids, vocab.length, order, BOS_ID, EOS_ID)
  const logProbs = estimateLogProbs(tables, method, BOS_ID)
  const { kept, backoff } = pruneAndBackoff(tables, logProbs, options.minCounts ?? [], method)
  return { order, method, vocab, unknownTypes, tables, logProbs, kept, backoff, tokens, sentences: ids.length }
}

// Literal special tokens in the input must not act as sentence boundaries.
function vocabForm(token: string): string {
  const t = lmToken(foldAscii(token))
  return t === BOS || t === EOS || t.length === 0 ? UNK : t
}

function chooseVocabulary(provisional: Map<string, number>, counts: number[], options: TrainOptions): { vocab: string[]; remap: Int32Array; unknownTypes: number } {
  const minCount = options.minWordCount ?? 1
  const words = [...provisional.keys()].filter((w) => w !== UNK && counts[provisional.get(w)!]! >= minCount)
  const count = (w: string): number => counts[provisional.get(w)!]!
  words.sort((a, b) => count(b) - count(a) || (a < b ? -1 : a > b ? 1 : 0))
  const chosen = words.slice(0, options.maxVocabulary ?? words.length)
  const vocab = [BOS, EOS, UNK, ...chosen]
  const remap = new Int32Array(counts.length).fill(UNK_ID)
  chosen.forEach((w, i) => { remap[provisional.get(w)!] = i + 3 })
  const unknownTypes = provisional.size - chosen.length - (provisional.has(UNK) ? 1 : 0)
  return { vocab, remap, unknownTypes }
}
