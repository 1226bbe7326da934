/**
 * 8-bit quantization of log-probabilities and backoff weights: a 256-entry codebook per table.
 * 224 levels come from 1-D k-means (Lloyd, started from equal-population bins), so dense regions get
 * fine steps; 32 more are spread evenly over the whole range, which bounds the error of rare values
 * in the sparse tails (k-means alone left errors above 1 nat there). Deterministic: sorting and
 * fixed iterations only.
 */

import { lowerBound } from '../../src/lm/lower-bound.js'

/** Number of levels of a codebook (one byte per value). */
export const LEVELS = 256

const ITERATIONS = 12
const EVEN = 32
const CLUSTERS = LEVELS - EVEN

/**
 * Codebook for `values` (any order): LEVELS ascending centres, exact when there are at most LEVELS
 * distinct values (then padded with the largest).
 */
export function buildCodebook(values: Float64Array): Float32Array {
  const v = Float64Array.from(values).sort()
  const distinct = unique(v)
  if (distinct.length <= LEVELS) {
    const book = new Float32Array(LEVELS).fill(distinct[distinct.length - 1] ?? 0)
    book.set(distinct)
    return book
  }
  const prefix = new Float64Array(v.length + 1)
  for (let i = 0; i < v.length; i++) prefix[i + 1] = prefix[i]! + v[i]!
  // Bin b covers sorted values [bounds[b], bounds[b + 1]).
  const bounds = new Int32Array(CLUSTERS + 1)
  for (let b = 0; b <= CLUSTERS; b++) bounds[b] = Math.floor((b * v.length) / CLUSTERS)
  let centres: Float64Array = new Float64Array(CLUSTERS)
  for (let it = 0; it <= ITERATIONS; it++) {
    centres = means(prefix, bounds)
    if (it === ITERATIONS) break
    // Each boundary moves to the midpoint between neighbouring centres.
    for (let b = 1; b < CLUSTERS; b++) {
      const cut = lowerBound(v, (centres[b - 1]! + centres[b]!) / 2)
      bounds[b] = Math.min(Math.max(cut, bounds[b - 1]! + 1), v.length - (CLUSTERS - b))
    }
  }
  const lo = v[0]!
  const step = (v[v.length - 1]! - lo) / (EVEN - 1)
  const even = Array.from({ length: EVEN }, (_, k) => lo + k * step)
  return Float32Array.from([...centres, ...even]).sort()
}

/** Index of the codebook entry nearest to `value`. */
export function encode(codebook: Float32Array, value: number): number {
  const lo = Math.min(lowerBound(codebook, value), codebook.length - 1)
  if (lo > 0 && value - codebook[lo - 1]! <= codebook[lo]! - value) return lo - 1
  return lo
}

function means(prefix: Float64Array, bounds: Int32Array): Float64Array {
  const out = new Float64Array(CLUSTERS)
  for (let b = 0; b < CLUSTERS; b++) out[b] = (prefix[bounds[b + 1]!]! - prefix[bounds[b]!]!) / (bounds[b + 1]! - bounds[b]!)
  return out
}

function unique(sorted: Float64Array): number[] {
  const out: number[] = []
  for (const x of sorted) if (out.length === 0 || out[out.length - 1] !== x) out.push(x)
  return out
}

