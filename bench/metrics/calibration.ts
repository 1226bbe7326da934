/**
 * Confidence calibration: reliability table over ten equal-width buckets and expected calibration error,
 * plus `judgeMarks`, which decides for each applied mark whether it restored the original wording.
 */
import { diffTokens, type Opcode } from './align.js'
import { scoreTokens, scoreTokensWithOffsets } from './normalize.js'

/** One judged prediction. */
export interface Judged {
  /** Stated confidence in [0, 1]. */
  readonly confidence: number
  /** Whether the prediction was right. */
  readonly correct: boolean
}

/** One reliability row. Bucket k covers [k/10, (k+1)/10), the last one [0.9, 1]. */
export interface CalibrationRow {
  /** Label such as `[0.3,0.4)` or `[0.9,1.0]`. */
  readonly bucket: string
  /** Lower edge of the bucket. */
  readonly lo: number
  /** Upper edge of the bucket. */
  readonly hi: number
  /** Predictions in the bucket. */
  readonly n: number
  /** Mean stated confidence, null when empty. */
  readonly meanConfidence: number | null
  /** Share correct, null when empty. */
  readonly observed: number | null
}

/** Reliability table and expected calibration error. */
export interface Calibration {
  /** Ten rows, lowest bucket first, empty buckets included. */
  readonly rows: CalibrationRow[]
  /** Total predictions. */
  readonly n: number
  /** Sum over buckets of n_b/n * |meanConfidence_b - observed_b|; null when n is 0. */
  readonly ece: number | null
}

/** Bucket index 0..9 of a confidence; throws RangeError outside [0, 1] or for NaN. */
export function bucketOf(confidence: number): number {
  if (!(confidence >= 0 && confidence <= 1)) throw new RangeError(`confidence out of [0,1]: ${confidence}`)
  return Math.min(9, Math.floor(confidence * 10))
}

/** Bucket predictions by confidence and compare mean confidence with the observed share correct. */
export function calibrate(items: readonly Judged[]): Calibration {
  const n = new Array<number>(10).fill(0)
  const conf = new Array<number>(10).fill(0)
  const ok = new Array<number>(10).fill(0)
  for (const it of items) {
    const b = bucketOf(it.confidence)
    n[b]!++
    conf[b]! += it.confidence
    if (it.correct) ok[b]!++
  }
  let ece = 0
  const rows = n.map((count, k): CalibrationRow => {
    const meanConfidence = count ? conf[k]! / count : null
    const observed = count ? ok[k]! / count : null
    if (meanConfidence !== null && observed !== null) ece += (count / items.length) * Math.abs(meanConfidence - observed)
    const lo = k / 10
    const hi = (k + 1) / 10
    return { bucket: `[${lo.toFixed(1)},${hi.toFixed(1)}${k === 9 ? ']' : ')'}`, lo, hi, n: count, meanConfidence, observed }
  })
  return { rows, n: items.length, ece: items.length ? ece : null }
}

/** The fields of an applied mark that judging needs (structurally compatible with `Mark`). */
export interface MarkLike {
  /** Start offset of the spun span in the input (inclusive). */
  readonly start: number
  /** End offset of the spun span in the input (exclusive). */
  readonly end: number
  /** Replacement text. */
  readonly restored: string
  /** Confidence in [0, 1]. */
  readonly confidence: number
}

/** A mark with its verdict. */
export interface JudgedMark<M extends MarkLike = MarkLike> extends Judged {
  readonly mark: M
  /** Score-token range `[start, end)` of the spun text the mark touches. */
  readonly spunSpan: readonly [number, number]
  /** Scoring tokens of that range after applying the mark. */
  readonly restoredTokens: readonly string[]
  /** Scoring tokens of the original at the aligned position (widest reading when ambiguous). */
  readonly originalTokens: readonly string[]
}

/**
 * Original-side positions a spun token boundary `p` aligns to: `[lo, hi]` (lo < hi only next to an
 * insertion), and `inside` when `p` falls strictly inside a non-equal region.
 */
function mapBoundary(ops: readonly Opcode[], p: number): { lo: number; hi: number; inside: Opcode | null } {
  let lo = Infinity
  let hi = -Infinity
  for (const op of ops) {
    if (p < op.aStart || p > op.aEnd) continue
    if (op.tag !== 'equal' && p > op.aStart && p < op.aEnd) return { lo: op.bStart, hi: op.bEnd, inside: op }
    const v = op.tag === 'equal' ? [op.bStart + (p - op.aStart)] : [p === op.aStart ? op.bStart : op.bEnd, p === op.aEnd ? op.bEnd : op.bStart]
    for (const x of v) {
      lo = Math.min(lo, x)
      hi = Math.max(hi, x)
    }
  }
  return lo === Infinity ? { lo: 0, hi: 0, inside: null } : { lo, hi, inside: null }
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, k) => t === b[k])
}

/**
 * Judge each applied mark against the original. The mark's input span `[start, end)` selects the spun
 * scoring tokens it overlaps (`[i, j)`); applying the mark to just those tokens' text gives its restored
 * tokens. The token alignment diff(spun -> original) maps boundaries i and j to the original: a boundary
 * strictly inside a gold region widens to that whole region (so a half-restored multi-word swap is
 * wrong), and a boundary next to a gold insertion may fall on either side of it. The mark is correct iff
 * its restored tokens equal the original tokens between the mapped boundaries under some such reading.
 */
export function judgeMarks<M extends MarkLike>(spunText: string, marks: readonly M[], originalText: string): JudgedMark<M>[] {
  const spun = scoreTokensWithOffsets(spunText)
  const original = scoreTokens(originalText)
  const ops = diffTokens(spun.map((t) => t.token), original)
  return marks.map((mark) => {
    let i = spun.findIndex((t) => t.end > mark.start)
    if (i < 0) i = spun.length
    let j = i
    while (j < spun.length && spun[j]!.start < mark.end) j++
    const from = Math.min(mark.start, spun[i]?.start ?? mark.start)
    const to = Math.max(mark.end, j > i ? spun[j - 1]!.end : mark.end)
    const restoredTokens = scoreTokens(spunText.slice(from, mark.start) + mark.restored + spunText.slice(mark.end, to))
    const s = mapBoundary(ops, i)
    const e = mapBoundary(ops, j)
    const starts = s.inside ? [s.lo] : [s.lo, s.hi]
    const ends = e.inside ? [e.hi] : [e.hi, e.lo]
    let correct = false
    for (const a of starts) for (const b of ends) {
      if (a <= b && sameTokens(restoredTokens, original.slice(a, b))) correct = true
    }
    const originalTokens = original.slice(starts[0]!, Math.max(starts[0]!, ends[0]!))
    return { mark, confidence: mark.confidence, correct, spunSpan: [i, j] as const, restoredTokens, originalTokens }
  })
}
