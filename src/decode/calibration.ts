import { CALIBRATION_KNOTS } from './calibration-table.js'

/**
 * A monotone map from the decoder's posterior to the share of changes that turn out right: knots
 * `[posterior, observedShareRight]`, increasing in both, interpolated linearly between knots and
 * flat after the last. Below the first knot the fitting data are thin (they hold only changes the
 * decoder chose), so no more is claimed there than the raw posterior, nor more than the line from
 * (0, 0) to the first knot: a change the decoder itself found unlikely stays unlikely.
 */
export type CalibrationKnots = readonly (readonly [number, number])[]

/**
 * The decoder's posteriors are not probabilities of being right: the language model is trained on
 * other text, the channel priors are partly hand-set, and the lattice leaves out originals no
 * dictionary lists. So a posterior goes through the map fitted on real spun news
 * (`calibration-table.ts`, written by `npm run fit:calibration`) before it is reported or compared
 * with the threshold.
 */
export function calibratedConfidence(posterior: number, knots: CalibrationKnots = CALIBRATION_KNOTS): number {
  const last = knots.length - 1
  if (last < 0) return posterior
  if (posterior <= knots[0]![0]) return posterior * Math.min(1, knots[0]![1] / knots[0]![0])
  if (posterior >= knots[last]![0]) return knots[last]![1]
  let hi = 1
  while (knots[hi]![0] < posterior) hi++
  const [x0, y0] = knots[hi - 1]!
  const [x1, y1] = knots[hi]!
  return y0 + ((posterior - x0) / (x1 - x0)) * (y1 - y0)
}
