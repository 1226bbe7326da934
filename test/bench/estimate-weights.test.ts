import { describe, expect, it } from 'vitest'
import { estimateChannelWeights } from '../../bench/metrics/estimate-weights.js'
import { parseSpinnerSets } from '../../src/spinner/parse-sets.js'
import { spin } from '../../bench/sim/spin.js'

describe('estimateChannelWeights', () => {
  it('counts where the spun form sits on a line holding both forms, preferring the line the original heads', () => {
    const { sets } = parseSpinnerSets('said|stated|mentioned|noted\nstated|said|declared\ncountry|nation|rustic\nfile|record')
    const estimate = estimateChannelWeights(sets, [
      { original: 'said', spun: 'stated' }, // line 1, position 1 (not line 2, which "stated" heads)
      { original: 'Said', spun: 'noted' }, // position 3
      { original: 'country', spun: 'rustic' }, // position 2
      { original: 'nation', spun: 'country' }, // not the headword: "country" is position 1 among the others
      { original: 'day', spun: 'time' }, // not covered
    ])
    expect(estimate).toMatchObject({ swaps: 5, covered: 4, fromHeadword: 3, positions: [2, 1, 1, 0] })
    expect(estimate.positionWeights[0]).toBeGreaterThan(estimate.positionWeights[1]!)
    expect(estimate.positionWeights.every((w) => w > 0)).toBe(true)
    expect(estimate.memberWeight).toBeCloseTo((1 - 3.5 / 5) / (3.5 / 5), 2)
  })

  it('recovers roughly the weights the forward spinner used', () => {
    const database = Array.from({ length: 40 }, (_, i) => `w${i}|a${i}|b${i}|c${i}|d${i}|e${i}`).join('\n')
    const text = Array.from({ length: 50 }, () => Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).join('\n')
    const { swaps } = spin(text, database, 5, { skipRate: 0, positionWeights: [0.6, 0.2] })
    const estimate = estimateChannelWeights(parseSpinnerSets(database).sets, swaps)
    expect(estimate.covered).toBe(2000)
    expect(estimate.fromHeadword).toBe(2000)
    // 0.6 and 0.2 of 0.6 + 0.2 + 0.1 + 0.05 + 0.025 = 0.975, normalized over a five-synonym line.
    expect(estimate.positionWeights[0]).toBeCloseTo(0.6 / 0.975, 1)
    expect(estimate.positionWeights[1]).toBeCloseTo(0.2 / 0.975, 1)
  })
})
