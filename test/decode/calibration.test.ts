import { describe, expect, it } from 'vitest'
import { createRestorer, DEFAULT_THRESHOLD } from '../../src/index.js'
import { calibratedConfidence } from '../../src/decode/calibration.js'
import { levelOf } from '../../src/confidence.js'
import { CALIBRATION_KNOTS } from '../../src/decode/calibration-table.js'

describe('calibratedConfidence', () => {
  const knots = [[0.4, 0.5], [0.8, 0.9]] as const
  it('interpolates between knots, claims no more than the raw posterior below the first, and is flat after the last', () => {
    expect(calibratedConfidence(0.6, knots)).toBeCloseTo(0.7)
    expect(calibratedConfidence(0.2, knots)).toBeCloseTo(0.2)
    expect(calibratedConfidence(0.2, [[0.4, 0.3], [0.8, 0.9]])).toBeCloseTo(0.15)
    expect(calibratedConfidence(0, knots)).toBe(0)
    expect(calibratedConfidence(0.99, knots)).toBe(0.9)
  })
  it('is the identity without knots', () => {
    expect(calibratedConfidence(0.37, [])).toBe(0.37)
  })
})

describe('the shipped calibration map', () => {
  it('is increasing in both coordinates and stays inside [0, 1]', () => {
    for (let k = 1; k < CALIBRATION_KNOTS.length; k++) {
      expect(CALIBRATION_KNOTS[k]![0]).toBeGreaterThan(CALIBRATION_KNOTS[k - 1]![0])
      expect(CALIBRATION_KNOTS[k]![1]).toBeGreaterThan(CALIBRATION_KNOTS[k - 1]![1])
    }
    for (let p = 0; p <= 1; p += 0.01) {
      const c = calibratedConfidence(p)
      expect(c).toBeGreaterThanOrEqual(0)
      expect(c).toBeLessThanOrEqual(1)
      expect(calibratedConfidence(p + 0.01)).toBeGreaterThanOrEqual(c)
    }
  })
})

describe('calibrated confidences in results', () => {
  // Sentences we wrote, with forms the built-in dictionaries list.
  const text = 'The mayor instructed reporters on Monday that the bridge will reopen, with out giving a date. Supply hyperlink'
  const calibrated = createRestorer()
  const raw = createRestorer({ stages: { calibration: false }, threshold: 0 })

  it('reports each raw posterior through the calibration map', () => {
    const rawMarks = raw.restore(text, { threshold: 0 }).marks
    const marks = calibrated.restore(text, { threshold: 0 }).marks
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.map((m) => [m.start, m.restored])).toEqual(rawMarks.map((m) => [m.start, m.restored]))
    marks.forEach((mark, k) => {
      // The raw figure in the result is rounded to 3 decimals, and the map is steep near 1: bound it.
      const raw = rawMarks[k]!.confidence
      expect(mark.confidence).toBeGreaterThanOrEqual(calibratedConfidence(raw - 0.0005) - 0.0005)
      expect(mark.confidence).toBeLessThanOrEqual(calibratedConfidence(Math.min(1, raw + 0.0005)) + 0.0005)
      expect(mark.level).toBe(levelOf(mark.confidence))
    })
  })

  it('applies changes at or above the default threshold and skips the rest, calibrated or raw', () => {
    const skippedBelow = (r: ReturnType<typeof calibrated.restore>, t: number) => r.skipped.filter((s) => s.reason === 'below-threshold').every((s) => s.confidence < t)
    expect(skippedBelow(calibrated.restore(text), DEFAULT_THRESHOLD)).toBe(true)
    expect(calibrated.restore(text).marks.every((m) => m.confidence >= DEFAULT_THRESHOLD)).toBe(true)
    const rawDefault = createRestorer({ stages: { calibration: false } }).restore(text)
    expect(rawDefault.marks.every((m) => m.confidence >= 0.5)).toBe(true)
    expect(skippedBelow(rawDefault, 0.5)).toBe(true)
  })
})
