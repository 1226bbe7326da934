// Written by `npm run fit:calibration` (bench/fit-calibration.ts) on 2026-11-28: do not edit by hand.
//
// Data: ../shared/corpus/news-dev, 46 pairs, each spun copy and its original restored leave-one-pair-out
// with the full pipeline at threshold 0 and raw posteriors: 865 marks. A mark is right when it puts back the
// original's words at its place; every mark on an original is wrong. Isotonic fit, at least 40 marks per knot.
// Expected calibration error over those marks: raw 0.084, calibrated 0.014 (in-sample; the
// quality benchmark reports it cross-fitted).

/** [raw posterior, share of marks right], both increasing. */
export const CALIBRATION_KNOTS: readonly (readonly [number, number])[] = [[0.4936,0.6774],[0.639,0.8071],[0.754,0.8413],[0.8174,0.8857],[0.9263,0.9159],[0.9872,0.9259],[0.998,0.9405],[0.9999,0.9821]]

// Default threshold with a language model: the lowest of 0.50, 0.55 ... 0.95 at which the A-classic
// pairs keep change precision >= 0.9 with at most 1 false change per 1,000 words of their originals
// (same runs; ERR / change precision / false changes per 1,000):
//   0.50: 0.293 / 0.897 / 0.97
//   0.55: 0.292 / 0.898 / 0.97
//   0.60: 0.292 / 0.903 / 0.97
//   0.65: 0.290 / 0.903 / 0.97
//   0.70: 0.287 / 0.905 / 0.87
//   0.75: 0.275 / 0.912 / 0.87
//   0.80: 0.261 / 0.919 / 0.87
//   0.85: 0.227 / 0.938 / 0.87
//   0.90: 0.191 / 0.946 / 0.78
//   0.95: 0.051 / 0.972 / 0.00
export const CALIBRATED_THRESHOLD = 0.6
