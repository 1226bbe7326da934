// Written by `npm run fit:calibration` (bench/fit-calibration.ts) on 2026-11-28: do not edit by hand.
//
// Data: ../shared/corpus/news-dev, 46 pairs, each spun copy and its original restored leave-one-pair-out
// with the full pipeline at threshold 0 and raw posteriors: 896 marks. A mark is right when it puts back the
// original's words at its place; every mark on an original is wrong. Isotonic fit, at least 40 marks per knot.
// Expected calibration error over those marks: raw 0.088, calibrated 0.024 (in-sample; the
// quality benchmark reports it cross-fitted).

/** [raw posterior, share of marks right], both increasing. */
export const CALIBRATION_KNOTS: readonly (readonly [number, number])[] = [[0.6277,0.7984],[0.8269,0.8854],[0.9026,0.9157],[0.9515,0.916],[0.9845,0.9197],[0.998,0.9398],[0.9999,0.9833]]

// Default threshold with a language model: the lowest of 0.50, 0.55 ... 0.95 at which the A-classic
// pairs keep change precision >= 0.9 with at most 1 false change per 1,000 words of their originals
// (same runs; ERR / change precision / false changes per 1,000):
//   0.50: 0.306 / 0.904 / 0.97
//   0.55: 0.305 / 0.908 / 0.97
//   0.60: 0.305 / 0.911 / 0.97
//   0.65: 0.303 / 0.913 / 0.97
//   0.70: 0.292 / 0.916 / 0.87
//   0.75: 0.280 / 0.918 / 0.87
//   0.80: 0.271 / 0.922 / 0.87
//   0.85: 0.244 / 0.929 / 0.87
//   0.90: 0.207 / 0.945 / 0.78
//   0.95: 0.054 / 0.973 / 0.00
export const CALIBRATED_THRESHOLD = 0.5
