import type { SynonymIndex } from './synonym-index.js'

/**
 * For every form, an upper bound on weight(best original) / (swap + keep) in the channel of
 * reverse-channel.ts, 0 when no original gets a weight. The best original gets at most the headword
 * weights of the sets it heads, summed, plus from every set the larger of the member weights that
 * set gives. One pass over the sets, grouped by headword to make those sums, instead of one over
 * each form's sets: most forms below minConfidence are common words on many lines, whose weight
 * spreads over many originals, and on the Moby-based test database this rules out nine in ten of
 * them (three quarters of the channel's work) before their places are laid out or weighed.
 */
export function shareBounds(sets: SynonymIndex, shares: (count: number) => Float64Array, memberWeight: number): Float64Array {
  const totals = new BoundTotals(sets, shares, memberWeight)
  const { start, lines } = sets.byHead()
  for (let head = 0; head + 1 < start.length; head++) {
    if (start[head] === start[head + 1]) continue
    for (let k = start[head]!; k < start[head + 1]!; k++) totals.addSet(lines[k]!)
    totals.closeHead()
  }
  return totals.bounds()
}

/** The sums behind `shareBounds`, form by form. */
class BoundTotals {
  private readonly ids: Int32Array
  private readonly lineStart: Int32Array
  /**
   * Four numbers per form, side by side so that a form's update reads one place in memory: swap +
   * keep, the member weights, the largest headword sum, and the sum for the current headword.
   */
  private readonly totals: Float64Array
  /** Forms with a sum for the current headword. */
  private readonly touched: Int32Array
  private count = 0

  constructor(
    sets: SynonymIndex,
    private readonly shares: (count: number) => Float64Array,
    private readonly memberWeight: number,
  ) {
    const { ids, lineStart } = sets.flat()
    this.ids = ids
    this.lineStart = lineStart
    this.totals = new Float64Array(4 * sets.forms.size)
    this.touched = new Int32Array(sets.forms.size)
  }

  /** Add what set `line` gives each of its members (the weights of reverse-channel.ts). */
  addSet(line: number): void {
    const first = this.lineStart[line]!
    const n = this.lineStart[line + 1]! - first
    const member = this.memberWeight / (n - 1)
    const share = this.shares(n - 1)
    for (let i = 0; i < n; i++) {
      const t = 4 * this.ids[first + i]!
      const before = i > 0 ? share[i - 1]! : 0
      const after = i + 1 < n ? share[i]! : 0
      this.totals[t]! += before * (1 + (i - 1) * member) + after * (n - 1 - i) * member + (i === 0 ? 1 : member)
      this.totals[t + 1]! += member * Math.max(before, after)
      if (i === 0) continue
      // Shares are above 0, so a sum of 0 is one not started for this headword.
      if (this.totals[t + 3] === 0) this.touched[this.count++] = t
      this.totals[t + 3]! += before
    }
  }

  /** The sets of one headword are added: keep each form's largest headword sum. */
  closeHead(): void {
    for (let k = 0; k < this.count; k++) {
      const t = this.touched[k]!
      this.totals[t + 2] = Math.max(this.totals[t + 2]!, this.totals[t + 3]!)
      this.totals[t + 3] = 0
    }
    this.count = 0
  }

  bounds(): Float64Array {
    const bounds = new Float64Array(this.totals.length / 4)
    for (let f = 0; f < bounds.length; f++) {
      const best = this.totals[4 * f + 2]! + this.totals[4 * f + 1]!
      bounds[f] = best === 0 ? 0 : best / this.totals[4 * f]!
    }
    return bounds
  }
}
