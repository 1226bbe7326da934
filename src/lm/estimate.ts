/**
 * Probability estimation over counted n-grams: interpolated modified Kneser-Ney (Chen & Goodman
 * 1998, three discounts per order from count-of-counts) or stupid backoff (Brants et al. 2007,
 * relative frequencies, backoff factor 0.4). Produces ln P(word | context) for every distinct n-gram;
 * pruning and backoff weights come after (`prune.ts`).
 */
import type { OrderCounts } from './count.js'
import type { SmoothingMethod } from './types.js'

/** ln of the stupid-backoff factor 0.4 (Brants et al.). */
export const STUPID_BACKOFF = Math.log(0.4)

/**
 * ln P for every entry of every order (same indexing as the counts). For Kneser-Ney these are the
 * interpolated probabilities; for stupid backoff, relative frequencies (not normalized over backoff).
 */
export function estimateLogProbs(tables: readonly OrderCounts[], method: SmoothingMethod, bos: number): Float64Array[] {
  const out: Float64Array[] = []
  for (let n = 1; n <= tables.length; n++) {
    const t = tables[n - 1]!
    out.push(method === 'kneser-ney' ? kneserNey(t, n, out[n - 2], bos) : stupid(t, n))
  }
  return out
}

/** Discounts D1, D2, D3+ from count-of-counts; falls back to 0.5/1/1.5 where the counts are too few. */
function discounts(counts: Float64Array): [number, number, number] {
  const c = [0, 0, 0, 0, 0]
  for (const x of counts) if (x >= 1 && x <= 4) c[x]!++
  const [n1, n2, n3, n4] = [c[1]!, c[2]!, c[3]!, c[4]!]
  const y = n1 / (n1 + 2 * n2)
  const d = [1 - (2 * y * n2) / n1, 2 - (3 * y * n3) / n2, 3 - (4 * y * n4) / n3]
  const fallback = [0.5, 1, 1.5]
  return d.map((v, k) => (Number.isFinite(v) && v > 0 && v < k + 1 ? v : fallback[k]!)) as [number, number, number]
}

function kneserNey(t: OrderCounts, n: number, lower: Float64Array | undefined, bos: number): Float64Array {
  const a = t.adjusted
  const [d1, d2, d3] = discounts(n === 1 ? a.filter((_, w) => w !== bos) : a)
  const disc = (x: number): number => (x <= 0 ? 0 : x === 1 ? d1 : x === 2 ? d2 : d3)
  const lp = new Float64Array(a.length)
  if (n === 1) {
    // Unigrams interpolate with the uniform distribution over the predictable words (all but <s>).
    const { total, gamma } = groupStats(a, 0, a.length, disc, bos)
    const uniform = 1 / Math.max(1, a.length - 1)
    for (let w = 0; w < a.length; w++) lp[w] = Math.log(Math.max(a[w]! - disc(a[w]!), 0) / total + gamma * uniform)
    return lp
  }
  forEachContext(t.ctx, (from, to) => {
    const { total, gamma } = groupStats(a, from, to, disc, -1)
    for (let i = from; i < to; i++) {
      lp[i] = Math.log(Math.max(a[i]! - disc(a[i]!), 0) / total + gamma * Math.exp(lower![t.suffix[i]!]!))
    }
  })
  return lp
}

function groupStats(a: Float64Array, from: number, to: number, disc: (x: number) => number, skip: number): { total: number; gamma: number } {
  let total = 0
  let mass = 0
  for (let i = from; i < to; i++) {
    if (i === skip) continue
    total += a[i]!
    mass += disc(a[i]!)
  }
  return total > 0 ? { total, gamma: mass / total } : { total: 1, gamma: 1 }
}

function stupid(t: OrderCounts, n: number): Float64Array {
  const c = t.raw
  const lp = new Float64Array(c.length)
  if (n === 1) {
    let total = 0
    for (const x of c) total += x
    // Words never seen as a prediction (<s>, an unused <unk>) get half a count, not -Infinity.
    for (let w = 0; w < c.length; w++) lp[w] = Math.log(Math.max(c[w]!, 0.5) / Math.max(total, 1))
    return lp
  }
  forEachContext(t.ctx, (from, to) => {
    let total = 0
    for (let i = from; i < to; i++) total += c[i]!
    for (let i = from; i < to; i++) lp[i] = Math.log(c[i]! / total)
  })
  return lp
}

/** Call `fn(from, to)` for each run of entries sharing a context (entries are sorted by context). */
export function forEachContext(ctx: Int32Array, fn: (from: number, to: number) => void): void {
  let from = 0
  for (let i = 1; i <= ctx.length; i++) {
    if (i === ctx.length || ctx[i] !== ctx[from]) {
      fn(from, i)
      from = i
    }
  }
}
