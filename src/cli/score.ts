/** The interim spin score used by `--detect` and `--fail-on-spin` until `detectSpin` (issue 5) lands. */

import type { Candidate, RestoreResult } from '../index.js'

/** What the score is called wherever it is shown, so users know it will change. */
export const SCORE_LABEL = 'Spin score (interim)'

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/**
 * Interim spin score of one document, in `[0, 1]`: the share of the input's words that lie inside
 * a candidate span (applied marks and skipped candidates alike), each word weighted by the highest
 * confidence of a candidate covering it. 0 for text without words or candidates.
 *
 * `text` is the input the result was made from (candidate offsets point into it). This is a
 * placeholder heuristic, not a calibrated probability: swap the body for `detectSpin` when it exists.
 */
export function interimSpinScore(result: RestoreResult, text: string): number {
  const words: Array<[number, number]> = []
  for (const match of text.matchAll(WORD)) words.push([match.index!, match.index! + match[0].length])
  if (words.length === 0) return 0
  const weights = new Float64Array(words.length)
  const candidates: readonly Candidate[] = [...result.marks, ...result.skipped]
  for (const candidate of candidates) {
    for (let i = firstWordEndingAfter(words, candidate.start); i < words.length && words[i]![0] < candidate.end; i++) {
      weights[i] = Math.max(weights[i]!, candidate.confidence)
    }
  }
  let sum = 0
  for (const weight of weights) sum += weight
  return round(sum / words.length)
}

/** Round a score to 4 decimals, so the same text always prints the same figure. */
function round(score: number): number {
  return Math.round(score * 10_000) / 10_000
}

// Binary search: index of the first word whose end lies after `offset`.
function firstWordEndingAfter(words: ReadonlyArray<readonly [number, number]>, offset: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (words[mid]![1] <= offset) low = mid + 1
    else high = mid
  }
  return low
}
