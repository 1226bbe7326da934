import { CALIBRATION_KNOTS } from './calibration-table.js'

/**
 * A monotone map from the decoder's posterior to the share of changes that turn out right: knots
 * `[posterior, observedShareRight]`, increasing in both, interpolated linearly between knots, from
 * (0, 0) to the first knot and flat after the last. The fitting data hold only changes the decoder
 * chose, so few posteriors below about 0.4: there the map falls to 0 rather than claim the first
 * knot's share for options the decoder rejected.
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
  if (posterior <= knots[0]![0]) return (knots[0]![1] * posterior) / knots[0]![0]
  if (posterior >= knots[last]![0]) return knots[last]![1]
  let hi = 1
  while (knots[hi]![0] < posterior) hi++
  const [x0, y0] = knots[hi - 1]!
  const [x1, y1] = knots[hi]!
  return y0 + ((posterior - x0) / (x1 - x0)) * (y1 - y0)
}
