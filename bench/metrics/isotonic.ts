/**
 * Isotonic regression (pool adjacent violators) of correctness on confidence, for fitting the
 * calibration map (`src/decode/calibration.ts`) and for the cross-fitted calibration figures.
 */
import type { CalibrationKnots } from '../../src/decode/calibration.js'
import type { Judged } from './calibration.js'

/** Fewest marks a calibration knot may rest on: fewer would let a few lucky or unlucky marks bend the map. */
export const CALIBRATION_MIN_BLOCK = 40

interface Block {
  n: number
  sumConfidence: number
  sumCorrect: number
}

const mean = (b: Block): number => b.sumCorrect / b.n
const merge = (a: Block, b: Block): Block => ({ n: a.n + b.n, sumConfidence: a.sumConfidence + b.sumConfidence, sumCorrect: a.sumCorrect + b.sumCorrect })

/**
 * Fit a non-decreasing step function from confidence to share correct, then pool blocks of fewer than
 * `minBlock` predictions into a neighbour so that no knot rests on a handful of marks. Knots are each
 * block's mean confidence and share correct; both increase strictly (ties are pooled).
 */
export function fitIsotonic(items: readonly Judged[], minBlock: number): CalibrationKnots {
  const sorted = [...items].sort((a, b) => a.confidence - b.confidence)
  // Equal confidences start in one block, so that no two knots share a confidence.
  const start: Block[] = []
  sorted.forEach((it, i) => {
    const one = { n: 1, sumConfidence: it.confidence, sumCorrect: it.correct ? 1 : 0 }
    // Compared with the previous item, not the block's mean: a sum of equal floats divided back need not be equal.
    if (i > 0 && sorted[i - 1]!.confidence === it.confidence) start[start.length - 1] = merge(start[start.length - 1]!, one)
    else start.push(one)
  })
  let blocks = poolViolators(start)
  for (let small = blocks.findIndex((b) => b.n < minBlock); small >= 0 && blocks.length > 1; small = blocks.findIndex((b) => b.n < minBlock)) {
    // Pool into the neighbour whose share correct is closer: the smaller change to the fit.
    const left = small > 0 ? blocks[small - 1]! : undefined
    const right = small + 1 < blocks.length ? blocks[small + 1]! : undefined
    const intoLeft = left !== undefined && (right === undefined || Math.abs(mean(left) - mean(blocks[small]!)) <= Math.abs(mean(right) - mean(blocks[small]!)))
    const at = intoLeft ? small - 1 : small
    blocks = poolViolators([...blocks.slice(0, at), merge(blocks[at]!, blocks[at + 1]!), ...blocks.slice(at + 2)])
  }
  return blocks.map((b) => [round(b.sumConfidence / b.n), round(mean(b))] as const)
}

/** Merge neighbours until shares correct increase strictly. */
function poolViolators(input: readonly Block[]): Block[] {
  const out: Block[] = []
  for (const block of input) {
    let current = block
    while (out.length > 0 && mean(out[out.length - 1]!) >= mean(current)) current = merge(out.pop()!, current)
    out.push(current)
  }
  return out
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000
