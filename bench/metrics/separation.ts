/**
 * How well a document score separates two groups (bench/spin-score.ts): ROC AUC, paired comparison,
 * and the usual summary figures (mean, median, min, max, verdict counts) of a list of scores.
 */

/** Arithmetic mean; NaN for no values. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((s, x) => s + x, 0) / values.length
}

/** Median (the mean of the two middle values for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * ROC AUC of a score that should be higher for `positives` than for `negatives`: the share of
 * (positive, negative) pairs the score orders correctly, a tie counting one half (the Mann-Whitney U
 * statistic over n+ x n-). 1 = perfect separation, 0.5 = chance. NaN when either group is empty.
 */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  if (positives.length === 0 || negatives.length === 0) return NaN
  let wins = 0
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0
  return wins / (positives.length * negatives.length)
}

/** Outcome of comparing each item's two scores (e.g. a spun copy against its own original). */
export interface PairedComparison {
  readonly pairs: number
  /** Pairs whose first score is strictly higher. */
  readonly higher: number
  readonly ties: number
  readonly lower: number
  /** higher / pairs (ties do not count as higher); NaN for no pairs. */
  readonly shareHigher: number
}

/** Count the pairs `[a, b]` with a > b, a === b and a < b. */
export function comparePairs(pairs: readonly (readonly [number, number])[]): PairedComparison {
  let higher = 0
  let ties = 0
  for (const [a, b] of pairs) {
    if (a > b) higher++
    else if (a === b) ties++
  }
  return { pairs: pairs.length, higher, ties, lower: pairs.length - higher - ties, shareHigher: pairs.length === 0 ? NaN : higher / pairs.length }
}

/** A scored document: its score and the verdict given with it. */
export interface Scored {
  readonly score: number
  readonly verdict: 'spun' | 'clean' | 'uncertain'
}

/** Summary of a group of scored documents. */
export interface ScoreSummary {
  readonly documents: number
  readonly mean: number
  readonly median: number
  readonly min: number
  readonly max: number
  readonly spun: number
  readonly uncertain: number
  readonly clean: number
  /** spun / documents: the false "spun" rate when the group is clean text; NaN for no documents. */
  readonly spunRate: number
}

/** Mean, median, min, max and verdict counts of `docs` (NaN figures for an empty group). */
export function summarizeScores(docs: readonly Scored[]): ScoreSummary {
  const scores = docs.map((d) => d.score)
  const count = (v: Scored['verdict']): number => docs.filter((d) => d.verdict === v).length
  const spun = count('spun')
  return {
    documents: docs.length,
    mean: mean(scores),
    median: median(scores),
    min: scores.length === 0 ? NaN : Math.min(...scores),
    max: scores.length === 0 ? NaN : Math.max(...scores),
    spun,
    uncertain: count('uncertain'),
    clean: count('clean'),
    spunRate: docs.length === 0 ? NaN : spun / docs.length,
  }
}
