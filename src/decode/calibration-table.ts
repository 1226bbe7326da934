// Written by `npm run fit:calibration` (bench/fit-calibration.ts) on 2026-11-28: do not edit by hand.
//
// Data: ../shared/corpus/news-dev, 46 pairs, each spun copy and its original restored leave-one-pair-out
// with the full pipeline at threshold 0 and raw posteriors: 991 marks. A mark is right when it puts back the
// original's words at its place; every mark on an original is wrong. Isotonic fit, at least 40 marks per knot.
// Expected calibration error over those marks: raw 0.079, calibrated 0.009 (in-sample; the
// quality benchmark reports it cross-fitted).

/** [raw posterior, share of marks right], both increasing. */
export const CALIBRATION_KNOTS: readonly (readonly [number, number])[] = [[0.4792,0.5472],[0.5675,0.7755],[0.7014,0.8454],[0.8295,0.8571],[0.8876,0.8864],[0.9514,0.9091],[0.9889,0.9309],[0.999,0.95],[1,0.9758]]

// Default threshold with a language model: the lowest of 0.50, 0.55 ... 0.95 at which the A-classic
// pairs keep change precision >= 0.9 with at most 1 false change per 1,000 words of their originals
// (same runs; ERR / change precision / false changes per 1,000):
//   0.50: 0.325 / 0.899 / 0.97
//   0.55: 0.325 / 0.899 / 0.97
//   0.60: 0.324 / 0.901 / 0.97
//   0.65: 0.321 / 0.903 / 0.87
//   0.70: 0.318 / 0.906 / 0.87
//   0.75: 0.313 / 0.905 / 0.87
//   0.80: 0.304 / 0.915 / 0.87
//   0.85: 0.268 / 0.922 / 0.87
//   0.90: 0.193 / 0.951 / 0.68
//   0.95: 0.068 / 0.968 / 0.00
export const CALIBRATED_THRESHOLD = 0.6
