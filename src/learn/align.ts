/**
 * Token-level alignment: difflib-style opcodes from an edit-distance DP (Levenshtein, replace cost 1).
 *
 * Among alignments of minimal cost the DP keeps the one with the most matched tokens (so a token that
 * can line up with itself at no extra cost does), and the traceback then prefers diagonal moves
 * (match/replace), then deletions, then insertions. Adjacent non-equal steps merge into one opcode.
 * The result is deterministic.
 */

/** One difflib-style opcode: `a[aStart, aEnd)` becomes `b[bStart, bEnd)`. */
export interface Opcode {
  readonly tag: 'equal' | 'replace' | 'delete' | 'insert'
  readonly aStart: number
  readonly aEnd: number
  readonly bStart: number
  readonly bEnd: number
}

/** Above this many DP cells the middle part is first split at anchors (tokens unique on both sides). */
const MAX_DP_CELLS = 40_000_000

/** Map tokens to small integers so the DP compares numbers, not strings. */
function intern(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>()
  const conv = (xs: readonly string[]): Int32Array => {
    const out = new Int32Array(xs.length)
    xs.forEach((x, i) => {
      let id = ids.get(x)
      if (id === undefined) ids.set(x, (id = ids.size))
      out[i] = id
    })
    return out
  }
  return [conv(a), conv(b)]
}

/** Common prefix length and common suffix length (not overlapping the prefix) of a[lo..] and b[lo..]. */
function trim(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number): [number, number] {
  let p = 0
  while (a0 + p < a1 && b0 + p < b1 && a[a0 + p] === b[b0 + p]) p++
  let s = 0
  while (a1 - s > a0 + p && b1 - s > b0 + p && a[a1 - s - 1] === b[b1 - s - 1]) s++
  return [p, s]
}

const DIAG = 0
const UP = 1 // delete a[i-1]
const LEFT = 2 // insert b[j-1]

/**
 * Full DP on a[a0,a1) x b[b0,b1); pushes unit steps ('=', 'r', 'd', 'i') in order.
 * Score = cost * W - matches, minimized, so cost is minimal and matches maximal among those.
 */
function dpSteps(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number, out: string[]): void {
  const n = a1 - a0
  const m = b1 - b0
  const W = Math.min(n, m) + 1
  const dir = new Uint8Array((n + 1) * (m + 1))
  let prev = new Float64Array(m + 1)
  let cur = new Float64Array(m + 1)
  for (let j = 0; j <= m; j++) {
    prev[j] = j * W
    dir[j] = LEFT
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i * W
    dir[i * (m + 1)] = UP
    const ai = a[a0 + i - 1]
    for (let j = 1; j <= m; j++) {
      const diag = prev[j - 1]! + (ai === b[b0 + j - 1] ? -1 : W)
      const up = prev[j]! + W
      const left = cur[j - 1]! + W
      let best = diag
      let d = DIAG
      if (up < best) { best = up; d = UP }
      if (left < best) { best = left; d = LEFT }
      cur[j] = best
      dir[i * (m + 1) + j] = d
    }
    ;[prev, cur] = [cur, prev]
  }
  const rev: string[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const d = dir[i * (m + 1) + j]
    if (d === DIAG) {
      rev.push(a[a0 + i - 1] === b[b0 + j - 1] ? '=' : 'r')
      i--
      j--
    } else if (d === UP) {
      rev.push('d')
      i--
    } else {
      rev.push('i')
      j--
    }
  }
  for (let k = rev.length - 1; k >= 0; k--) out.push(rev[k]!)
}

/** Anchors for a large region: tokens occurring once on each side, longest increasing run in b order. */
function anchors(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number): [number, number][] {
  const count = (xs: Int32Array, lo: number, hi: number): Map<number, number> => {
    const c = new Map<number, number>()
    for (let k = lo; k < hi; k++) c.set(xs[k]!, c.get(xs[k]!) === undefined ? k : -1)
    return c
  }
  const ca = count(a, a0, a1)
  const cb = count(b, b0, b1)
  const pairs: [number, number][] = []
  for (let k = a0; k < a1; k++) {
    const pa = ca.get(a[k]!)
    const pb = cb.get(a[k]!)
    if (pa === k && pb !== undefined && pb >= 0) pairs.push([k, pb])
  }
  // Longest increasing subsequence of b positions (patience sorting), pairs already in a order.
  const tails: number[] = []
  const back = new Int32Array(pairs.length).fill(-1)
  for (let k = 0; k < pairs.length; k++) {
    const v = pairs[k]![1]
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pairs[tails[mid]!]![1] < v) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) back[k] = tails[lo - 1]!
    tails[lo] = k
  }
  const chain: [number, number][] = []
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = back[k]!) chain.push(pairs[k]!)
  return chain.reverse()
}

/** Unit steps for a[a0,a1) vs b[b0,b1): trim, then DP, or split at anchors when too large. */
function steps(a: Int32Array, b: Int32Array, a0: number, a1: number, b0: number, b1: number, out: string[]): void {
  const [p, s] = trim(a, b, a0, a1, b0, b1)
  for (let k = 0; k < p; k++) out.push('=')
  const ma0 = a0 + p
  const ma1 = a1 - s
  const mb0 = b0 + p
  const mb1 = b1 - s
  const n = ma1 - ma0
  const m = mb1 - mb0
  if (n === 0) for (let k = 0; k < m; k++) out.push('i')
  else if (m === 0) for (let k = 0; k < n; k++) out.push('d')
  else if ((n + 1) * (m + 1) <= MAX_DP_CELLS) dpSteps(a, b, ma0, ma1, mb0, mb1, out)
  else {
    const chain = anchors(a, b, ma0, ma1, mb0, mb1)
    if (chain.length === 0) dpSteps(a, b, ma0, ma1, mb0, mb1, out) // may be slow and large; no better split
    else {
      let pa = ma0
      let pb = mb0
      for (const [ka, kb] of chain) {
        steps(a, b, pa, ka, pb, kb, out)
        out.push('=')
        pa = ka + 1
        pb = kb + 1
      }
      steps(a, b, pa, ma1, pb, mb1, out)
    }
  }
  for (let k = 0; k < s; k++) out.push('=')
}

/**
 * Token diff of `a` -> `b` as difflib-style opcodes covering both sequences in order. Runs of
 * replace/delete/insert steps merge into one opcode, tagged `replace` when both sides are non-empty.
 * O(n*m) time and bytes on the part left after stripping the common prefix and suffix; above ~40M cells
 * that part is first split at tokens unique on both sides (patience-diff anchors), which is then no
 * longer guaranteed minimal.
 */
export function diffTokens(a: readonly string[], b: readonly string[]): Opcode[] {
  const [ia, ib] = intern(a, b)
  const unit: string[] = []
  steps(ia, ib, 0, ia.length, 0, ib.length, unit)
  const ops: Opcode[] = []
  let i = 0
  let j = 0
  let k = 0
  while (k < unit.length) {
    const equal = unit[k] === '='
    const i0 = i
    const j0 = j
    while (k < unit.length && (unit[k] === '=') === equal) {
      const u = unit[k++]
      if (u !== 'i') i++
      if (u !== 'd') j++
    }
    const tag = equal ? 'equal' : i > i0 && j > j0 ? 'replace' : i > i0 ? 'delete' : 'insert'
    ops.push({ tag, aStart: i0, aEnd: i, bStart: j0, bEnd: j })
  }
  return ops
}

/** Edit cost of a diff: each non-equal opcode costs the longer of its two sides. */
export function opcodeDistance(ops: readonly Opcode[]): number {
  let d = 0
  for (const op of ops) if (op.tag !== 'equal') d += Math.max(op.aEnd - op.aStart, op.bEnd - op.bStart)
  return d
}

/**
 * Token Levenshtein distance (insert, delete, replace each cost 1). Exact except for inputs large
 * enough that `diffTokens` splits at anchors (then an upper bound).
 */
export function tokenDistance(a: readonly string[], b: readonly string[]): number {
  return opcodeDistance(diffTokens(a, b))
}
