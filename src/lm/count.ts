/**
 * N-gram counting by sorting, in typed arrays: the 6M-token build corpus has millions of distinct
 * trigrams, which JS Maps hold slowly and in several hundred MB. Each order's distinct n-grams are
 * numbered in sorted order of (prefix index, last word), like the levels of a trie, so an n-gram is
 * always (index of its (n-1)-word prefix, word id).
 */

import { lowerBound } from './lower-bound.js'

/** Distinct n-grams of one order, in sorted order. */
export interface OrderCounts {
  /** Index of the (n-1)-gram prefix in the previous order (-1 for unigrams). */
  readonly ctx: Int32Array
  /** Last word id. */
  readonly word: Int32Array
  /** Index of the (n-1)-gram suffix in the previous order (-1 for unigrams). */
  readonly suffix: Int32Array
  /** Occurrences in the corpus (for unigrams: as a predicted word, so `<s>` has 0). */
  readonly raw: Float64Array
  /**
   * Kneser-Ney count: raw count at the highest order and for n-grams starting with `<s>` (they cannot
   * be extended to the left); elsewhere the number of distinct words seen before the n-gram.
   */
  readonly adjusted: Float64Array
}

/**
 * Count all n-grams up to `order` in `sentences` (word ids, without `<s>`/`</s>`: they are added).
 * Unigram tables are indexed by word id (`vocabSize` entries).
 */
export function countNgrams(sentences: readonly Int32Array[], vocabSize: number, order: number, bos: number, eos: number): OrderCounts[] {
  let total = 0
  for (const s of sentences) total += s.length + 2
  const tok = new Int32Array(total)
  const left = new Int32Array(total) // position within the sentence: how many tokens precede it
  let p = 0
  for (const s of sentences) {
    tok[p] = bos
    left[p++] = 0
    for (let j = 0; j < s.length; j++, p++) { tok[p] = s[j]!; left[p] = j + 1 }
    tok[p] = eos
    left[p++] = s.length + 1
  }
  const unigrams = unigramCounts(tok, left, vocabSize)
  const tables: OrderCounts[] = [unigrams]
  let prevIdx: Int32Array = tok // unigram index = word id
  const width = 2 ** Math.max(1, Math.ceil(Math.log2(vocabSize)))
  for (let n = 2; n <= order; n++) {
    const { table, idx } = nextOrder(tok, left, prevIdx, n, width, tables[n - 2]!)
    tables.push(table)
    prevIdx = idx
  }
  const top = tables[order - 1]!
  top.adjusted.set(top.raw) // the highest order always uses raw counts
  return tables
}

function unigramCounts(tok: Int32Array, left: Int32Array, vocabSize: number): OrderCounts {
  const raw = new Float64Array(vocabSize)
  for (let i = 0; i < tok.length; i++) if (left[i]! >= 1) raw[tok[i]!]!++
  const word = new Int32Array(vocabSize).map((_, i) => i)
  const none = new Int32Array(vocabSize).fill(-1)
  return { ctx: none, word, suffix: none, raw, adjusted: new Float64Array(vocabSize) }
}

/** Build order n from order n-1 and fill order n-1's Kneser-Ney counts. */
function nextOrder(tok: Int32Array, left: Int32Array, prevIdx: Int32Array, n: number, width: number, prev: OrderCounts): { table: OrderCounts; idx: Int32Array } {
  const all = new Float64Array(tok.length)
  let k = 0
  for (let i = 0; i < tok.length; i++) if (left[i]! >= n - 1) all[k++] = prevIdx[i - 1]! * width + tok[i]!
  const sorted = all.subarray(0, k).sort()
  let m = 0
  for (let i = 0; i < k; i++) if (i === 0 || sorted[i] !== sorted[m - 1]) sorted[m++] = sorted[i]!
  const keys = sorted.slice(0, m)
  const ctx = new Int32Array(m)
  const word = new Int32Array(m)
  for (let i = 0; i < m; i++) {
    ctx[i] = Math.floor(keys[i]! / width)
    word[i] = keys[i]! - ctx[i]! * width
  }
  const idx = new Int32Array(tok.length).fill(-1)
  const raw = new Float64Array(m)
  const suffix = new Int32Array(m)
  const seen = new Uint8Array(m)
  for (let i = 0; i < tok.length; i++) {
    if (left[i]! < n - 1) continue
    const j = Math.min(lowerBound(keys, prevIdx[i - 1]! * width + tok[i]!), keys.length - 1)
    idx[i] = j
    raw[j]!++
    suffix[j] = prevIdx[i]!
    if (!seen[j]) { seen[j] = 1; prev.adjusted[prevIdx[i]!]!++ }
  }
  // N-grams that start at <s> have no left context: their Kneser-Ney count is the raw count.
  for (let i = 0; i < tok.length; i++) if (left[i] === n - 2) prev.adjusted[prevIdx[i]!] = prev.raw[prevIdx[i]!]!
  return { table: { ctx, word, suffix, raw, adjusted: new Float64Array(m) }, idx }
}

