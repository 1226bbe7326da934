/**
 * Gradient-boosted regression trees with logistic loss, for the forward judge (bench/fit-forward-judge.ts).
 * Histogram-based: each input is cut into at most `bins` quantile bins once, and each tree is grown
 * level by level to `depth`, every split chosen by the second-order gain of the logistic loss, each
 * leaf given the Newton step -G / (H + lambda), shrunk by `shrinkage`. Deterministic: no sampling.
 */
import { treeValue, type JudgeModel, type JudgeTree } from '../../src/decode/forward-judge.js'

export interface BoostParameters {
  readonly rounds: number
  readonly depth: number
  readonly shrinkage: number
  /** Ridge on leaf values. */
  readonly lambda: number
  /** Least hessian sum in a leaf. */
  readonly minHessian: number
  readonly bins: number
}

export type BoostedModel = JudgeModel

/** Cut points per input: the value thresholds between quantile bins (a value v goes right of cut c when v > c). */
export function quantileCuts(rows: readonly (readonly number[])[], bins: number): number[][] {
  const d = rows[0]!.length
  const cuts: number[][] = []
  for (let j = 0; j < d; j++) {
    const values = Float64Array.from(rows, (r) => r[j]!).sort()
    const distinct: number[] = []
    for (let b = 1; b < bins; b++) {
      const v = values[Math.floor((b * values.length) / bins)]!
      // A cut between v and the next smaller value, so ties stay together.
      if (distinct.length === 0 || v > distinct[distinct.length - 1]!) distinct.push(v)
    }
    // Each cut is the midpoint below a quantile value: "x > cut" holds for x >= v.
    const out: number[] = []
    for (const v of distinct) {
      // Largest value strictly below v.
      let lo = 0
      let hi = values.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (values[mid]! < v) lo = mid + 1
        else hi = mid
      }
      if (lo === 0) continue
      const below = values[lo - 1]!
      out.push(shortCut(below, v))
    }
    cuts.push(out)
  }
  return cuts
}

/** The shortest decimal c with below <= c < above (so the shipped cuts are short and split the data as fitted). */
function shortCut(below: number, above: number): number {
  const mid = (below + above) / 2
  for (let digits = 1; digits < 17; digits++) {
    const c = Number(mid.toPrecision(digits))
    if (below <= c && c < above) return c
  }
  return below
}

function binOf(value: number, cuts: readonly number[]): number {
  let lo = 0
  let hi = cuts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (value > cuts[mid]!) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Fit the model on rows (inputs) and labels (0 or 1). */
export function fitBoosted(rows: readonly (readonly number[])[], labels: readonly number[], p: BoostParameters, log?: (round: number, model: BoostedModel) => void): BoostedModel {
  const n = rows.length
  const d = rows[0]!.length
  const cuts = quantileCuts(rows, p.bins)
  const binned = cuts.map((c, j) => Uint8Array.from(rows, (r) => binOf(r[j]!, c)))
  const positives = labels.reduce((a, b) => a + b, 0)
  const base = Math.log(positives / (n - positives))
  const margin = new Float64Array(n).fill(base)
  const g = new Float64Array(n)
  const h = new Float64Array(n)
  const node = new Int32Array(n)
  const trees: JudgeTree[] = []
  for (let round = 0; round < p.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const q = 1 / (1 + Math.exp(-margin[i]!))
      g[i] = q - labels[i]!
      h[i] = Math.max(q * (1 - q), 1e-12)
    }
    node.fill(0)
    // Nodes of a full binary tree in heap order: node k has children 2k+1, 2k+2; a split is [input, cut].
    const splits: Array<[number, number] | undefined> = []
    let level = [0]
    for (let depth = 0; depth < p.depth; depth++) {
      const next: number[] = []
      // Histograms per node of this level, per input, per bin.
      const hist = new Map<number, { g: Float64Array[]; h: Float64Array[]; G: number; H: number }>()
      for (const k of level) hist.set(k, { g: cuts.map((c) => new Float64Array(c.length + 1)), h: cuts.map((c) => new Float64Array(c.length + 1)), G: 0, H: 0 })
      for (let i = 0; i < n; i++) {
        const hk = hist.get(node[i]!)
        if (!hk) continue
        hk.G += g[i]!
        hk.H += h[i]!
        for (let j = 0; j < d; j++) {
          const b = binned[j]![i]!
          hk.g[j]![b]! += g[i]!
          hk.h[j]![b]! += h[i]!
        }
      }
      for (const k of level) {
        const hk = hist.get(k)!
        const parent = (hk.G * hk.G) / (hk.H + p.lambda)
        let best = 1e-9
        let split: [number, number] | undefined
        for (let j = 0; j < d; j++) {
          let GL = 0
          let HL = 0
          const c = cuts[j]!
          for (let b = 0; b < c.length; b++) {
            GL += hk.g[j]![b]!
            HL += hk.h[j]![b]!
            const GR = hk.G - GL
            const HR = hk.H - HL
            if (HL < p.minHessian || HR < p.minHessian) continue
            const gain = (GL * GL) / (HL + p.lambda) + (GR * GR) / (HR + p.lambda) - parent
            if (gain > best) {
              best = gain
              split = [j, c[b]!]
            }
          }
        }
        splits[k] = split
        if (split) next.push(2 * k + 1, 2 * k + 2)
      }
      for (let i = 0; i < n; i++) {
        const s = splits[node[i]!]
        if (s && hist.has(node[i]!)) node[i] = rows[i]![s[0]]! > s[1] ? 2 * node[i]! + 2 : 2 * node[i]! + 1
      }
      level = next
    }
    // Leaves: the nodes rows ended in.
    const G = new Map<number, number>()
    const H = new Map<number, number>()
    for (let i = 0; i < n; i++) {
      G.set(node[i]!, (G.get(node[i]!) ?? 0) + g[i]!)
      H.set(node[i]!, (H.get(node[i]!) ?? 0) + h[i]!)
    }
    const tree = compact(splits, (k) => (G.has(k) ? (-p.shrinkage * G.get(k)!) / (H.get(k)! + p.lambda) : 0))
    trees.push(tree)
    for (let i = 0; i < n; i++) margin[i]! += treeValue(tree, rows[i]!)
    log?.(round, { base, trees })
  }
  return { base, trees }
}

/** A heap-ordered tree as flat arrays: internal nodes [input, cut, left, right]; leaves as negative indices into values. */
function compact(splits: ReadonlyArray<[number, number] | undefined>, leaf: (k: number) => number): JudgeTree {
  const nodes: number[] = []
  const values: number[] = []
  const build = (k: number): number => {
    const s = splits[k]
    if (!s) {
      values.push(Math.round(leaf(k) * 1e6) / 1e6)
      return -values.length
    }
    const at = nodes.length / 4
    nodes.push(s[0], s[1], 0, 0)
    const left = build(2 * k + 1)
    const right = build(2 * k + 2)
    nodes[4 * at + 2] = left
    nodes[4 * at + 3] = right
    return at
  }
  const root = build(0)
  return root < 0 ? { nodes: [], values } : { nodes, values }
}

