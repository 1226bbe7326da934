// Written by `npm run fit:calibration` (bench/fit-calibration.ts) on 2026-11-28: do not edit by hand.
//
// Data: ../shared/corpus/news-dev, 46 pairs, each spun copy and its original restored leave-one-pair-out
// with the full pipeline at threshold 0 and raw posteriors: 896 marks. A mark is right when it puts back the
// original's words at its place; every mark on an original is wrong. Isotonic fit, at least 40 marks per knot.
// Expected calibration error over those marks: raw 0.088, calibrated 0.043 (in-sample; the
// quality benchmark reports it cross-fitted).

/** [raw posterior, share of marks right], both increasing. */
export const CALIBRATION_KNOTS: readonly (readonly [number, number])[] = [[0.6277,0.7984],[0.8269,0.8854],[0.9138,0.9113],[0.9752,0.9209],[0.9981,0.9457],[1,0.982]]

// Default threshold with a language model: the lowest of 0.50, 0.55 ... 0.95 at which the A-classic
// pairs keep change precision >= 0.9 with at most 1 false change per 1,000 words of their originals
// (same runs; ERR / change precision / false changes per 1,000):
//   0.50: 0.304 / 0.912 / 0.97
//   0.55: 0.292 / 0.915 / 0.87
//   0.60: 0.278 / 0.920 / 0.87
//   0.65: 0.272 / 0.921 / 0.87
//   0.70: 0.272 / 0.921 / 0.87
//   0.75: 0.272 / 0.921 / 0.87
//   0.80: 0.271 / 0.922 / 0.87
//   0.85: 0.244 / 0.929 / 0.87
//   0.90: 0.201 / 0.949 / 0.78
//   0.95: 0.054 / 0.973 / 0.00
export const CALIBRATED_THRESHOLD = 0.5
