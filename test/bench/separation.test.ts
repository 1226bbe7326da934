// Tests for the spin score benchmark helpers (bench/metrics/separation.ts) and its README row. Every
// expected figure is worked out by hand in the comment beside it.
import { describe, expect, it } from 'vitest'
import { comparePairs, mean, median, rocAuc, summarizeScores } from '../../bench/metrics/separation.js'
import type { RunInfo } from '../../bench/results.js'
import { renderBenchTable } from '../../bench/update-readme.js'

describe('mean / median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3])).toBe(3)
    expect(median([5, 1, 3])).toBe(3) // sorted 1 3 5
    expect(median([4, 1, 3, 2])).toBe(2.5) // sorted 1 2 3 4: (2 + 3) / 2
    expect(median([0, 0, 0.9, 1])).toBe(0.45)
    expect(mean([1, 2, 3, 4])).toBe(2.5)
  })

  it('gives NaN for no values and leaves the input alone', () => {
    expect(median([])).toBeNaN()
    expect(mean([])).toBeNaN()
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })
})

describe('rocAuc', () => {
  it('is the share of (positive, negative) pairs ordered correctly', () => {
    // 0.9 and 0.8 beat both negatives (4 pairs); 0.4 beats 0.1 but not 0.5 (1 pair): 5 of 6.
    expect(rocAuc([0.9, 0.8, 0.4], [0.5, 0.1])).toBeCloseTo(5 / 6, 12)
    expect(rocAuc([2, 3], [0, 1])).toBe(1)
    expect(rocAuc([0, 1], [2, 3])).toBe(0)
  })

  it('counts a tie as one half', () => {
    expect(rocAuc([0.5], [0.5])).toBe(0.5)
    // 0.5 vs 0.5 tie (1/2), 0.5 > 0, 1 > 0.5, 1 > 0: 3.5 of 4.
    expect(rocAuc([0.5, 1], [0.5, 0])).toBe(0.875)
    expect(rocAuc([0, 0, 0], [0, 0])).toBe(0.5)
  })

  it('is NaN when a group is empty', () => {
    expect(rocAuc([], [1])).toBeNaN()
    expect(rocAuc([1], [])).toBeNaN()
  })
})

describe('comparePairs', () => {
  it('counts higher, tied and lower pairs', () => {
    expect(comparePairs([[0.9, 0.1], [0.2, 0.2], [0.1, 0.3], [1, 0]])).toEqual({ pairs: 4, higher: 2, ties: 1, lower: 1, shareHigher: 0.5 })
    expect(comparePairs([]).shareHigher).toBeNaN()
  })
})

describe('summarizeScores', () => {
  it('gives mean, median, range and verdict counts', () => {
    const s = summarizeScores([
      { score: 0.9, verdict: 'spun' },
      { score: 0.3, verdict: 'uncertain' },
      { score: 0, verdict: 'clean' },
      { score: 0.1, verdict: 'clean' },
    ])
    // mean (0.9 + 0.3 + 0 + 0.1) / 4 = 0.325; median of 0 0.1 0.3 0.9 = 0.2; 1 spun of 4.
    expect(s).toEqual({ documents: 4, mean: expect.closeTo(0.325, 12), median: expect.closeTo(0.2, 12), min: 0, max: 0.9, spun: 1, uncertain: 1, clean: 2, spunRate: 0.25 })
    const empty = summarizeScores([])
    expect(empty.documents).toBe(0)
    expect(empty.mean).toBeNaN()
    expect(empty.min).toBeNaN()
    expect(empty.spunRate).toBeNaN()
  })
})

describe('README row for the spin score', () => {
  const run: RunInfo = { date: '2025-01-02T03:04:05.000Z', commit: 'abcdef1234567', dirty: true, node: 'v20.0.0', machine: { cpu: 'Test CPU', cores: 2, os: 'linux', memoryGB: 8 } }
  const groups = (spun: number, original: number) => ({ newsSpun: { mean: spun }, newsOriginals: { mean: original } })
  const spinScore = {
    run,
    pairs: 46,
    news: { builtIn: { auc: 0.987, groups: groups(0.96, 0.09) }, leaveOneOut: { auc: 0.9531, groups: groups(0.847, 0.132) } },
    brown: { both: { documents: 168, spunRate: 0.0125 } },
  }

  it('renders one row from the spinScore section alone', () => {
    const block = renderBenchTable({ spinScore })!
    expect(block).toContain('| Spin score, spun copies vs originals (leave-one-pair-out, 46 pairs) | AUC 0.953 · mean score spun 0.85 vs original 0.13 · Brown press + learned judged "spun" 1.3% of 168 texts |')
    // The built-in dictionaries learned from these very pairs: their in-sample AUC stays out of the README.
    expect(block).not.toContain('built-in dictionaries')
    expect(block).toContain('Test CPU (2 cores), Node v20.0.0, abcdef1 with local changes.')
  })

  it('shows n/a for missing figures and no row without the section', () => {
    expect(renderBenchTable({ spinScore: { run } })).toContain('AUC n/a · mean score spun n/a')
    const speedOnly = renderBenchTable({ speed: { run, warm: { restoreWordsPerSecond: 1000 } } })!
    expect(speedOnly).not.toContain('Spin score')
  })
})
