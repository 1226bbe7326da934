/**
 * Count pruning and backoff weights. An n-gram is kept when seen at least `minCounts[n-1]` times, or
 * when it is the context of a kept longer n-gram (its backoff weight is needed then). Backoff
 * weights are computed after pruning so the pruned Kneser-Ney model still sums to one:
 * bow(h) = (1 - sum of kept P(w|h)) / (1 - sum of the same words' P(w|h')), with P(w|h') itself
 * taken from the pruned lower-order model (SRILM/KenLM convention).
 */
import type { OrderCounts } from './count.js'
import { forEachContext, STUPID_BACKOFF } from './estimate.js'
import type { SmoothingMethod } from './types.js'

/** Kept flags and backoff weights per order (same indexing as the counts). */
export interface Pruned {
  readonly kept: Uint8Array[]
  /** ln backoff weight of each kept entry used as a context (0 elsewhere and at the highest order). */
  readonly backoff: Float64Array[]
}

// Floor for 1 - sum P: guards against rounding when the kept words take (almost) all the mass.
const MIN_MASS = 1e-12

/** Prune by count and compute backoff weights. `minCounts[n-1]` applies to order n; unigrams are all kept. */
export function pruneAndBackoff(tables: readonly OrderCounts[], logProbs: readonly Float64Array[], minCounts: readonly number[], method: SmoothingMethod): Pruned {
  const order = tables.length
  const kept = tables.map((t) => new Uint8Array(t.raw.length))
  kept[0]!.fill(1)
  for (let n = order; n >= 2; n--) {
    const t = tables[n - 1]!
    const min = minCounts[n - 1] ?? 1
    const k = kept[n - 1]!
    for (let i = 0; i < k.length; i++) if (k[i] || t.raw[i]! >= min) { k[i] = 1; kept[n - 2]![t.ctx[i]!] = 1 }
  }
  const backoff = tables.map((t) => new Float64Array(t.raw.length))
  // Model probability of an entry in the pruned model (pruned entries back off to their suffix).
  const modelLogProb = (n: number, i: number): number => {
    if (kept[n - 1]![i]) return logProbs[n - 1]![i]!
    const t = tables[n - 1]!
    return (kept[n - 2]![t.ctx[i]!] ? backoff[n - 2]![t.ctx[i]!]! : 0) + modelLogProb(n - 1, t.suffix[i]!)
  }
  for (let n = 2; n <= order; n++) {
    const t = tables[n - 1]!
    const bow = backoff[n - 2]!
    const ctxKept = kept[n - 2]!
    if (method === 'stupid-backoff') {
      for (let c = 0; c < bow.length; c++) if (ctxKept[c]) bow[c] = STUPID_BACKOFF
      continue
    }
    // Contexts without any kept continuation keep bow = ln 1 = 0: all their mass goes to the lower order.
    forEachContext(t.ctx, (from, to) => {
      let high = 0
      let low = 0
      for (let i = from; i < to; i++) {
        if (!kept[n - 1]![i]) continue
        high += Math.exp(logProbs[n - 1]![i]!)
        low += Math.exp(modelLogProb(n - 1, t.suffix[i]!))
      }
      if (high > 0) bow[t.ctx[from]!] = Math.log(Math.max(1 - high, MIN_MASS) / Math.max(1 - low, MIN_MASS))
    })
  }
  return { kept, backoff }
}
