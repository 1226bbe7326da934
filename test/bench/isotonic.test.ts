import { describe, expect, it } from 'vitest'
import { fitIsotonic } from '../../bench/metrics/isotonic.js'

const judged = (confidence: number, correct: boolean) => ({ confidence, correct })

describe('fitIsotonic', () => {
  it('pools a violating pair and keeps knots strictly increasing', () => {
    const items = [judged(0.2, false), judged(0.4, true), judged(0.6, false), judged(0.8, true)]
    expect(fitIsotonic(items, 1)).toEqual([[0.2, 0], [0.5, 0.5], [0.8, 1]])
  })

  it('pools blocks smaller than minBlock into a neighbour', () => {
    const items = [...Array.from({ length: 10 }, (_, i) => judged(0.5 + i / 100, i % 2 === 0)), judged(0.99, true)]
    const knots = fitIsotonic(items, 5)
    expect(knots.length).toBeGreaterThan(0)
    for (let k = 1; k < knots.length; k++) {
      expect(knots[k]![0]).toBeGreaterThan(knots[k - 1]![0])
      expect(knots[k]![1]).toBeGreaterThan(knots[k - 1]![1])
    }
    expect(knots.some(([x]) => x === 0.99)).toBe(false)
  })

  it('starts equal confidences in one block', () => {
    const items = [judged(1, true), judged(1, false), judged(1, true), judged(0.3, false)]
    expect(fitIsotonic(items, 1)).toEqual([[0.3, 0], [1, 0.6667]])
    // 0.003 * 3 / 3 is not 0.003 in floating point: ties must still pool.
    const ties = [judged(0.003, false), judged(0.003, true), judged(0.003, false), judged(0.003, true), judged(0.5, true)]
    expect(fitIsotonic(ties, 1)).toEqual([[0.003, 0.5], [0.5, 1]])
  })
})
