/**
 * Weights of the forward judge (forward-judge.ts), in the order of `FEATURE_NAMES`:
 * bias, logit posterior, logit keep, ln emission, top emission, ln options, spun is headword, logit rate, spun ln P per word, original - spun ln P per word, phrase, chosen, ln emission share, top posterior, chosen x logit posterior, inflected.
 * Written by bench/fit-forward-judge.ts (449396 options of simulated spinning, sim-b on Brown
 * cb/cc/cj, 76328 right); do not edit by hand.
 */
export const FORWARD_JUDGE_WEIGHTS: readonly number[] = Object.freeze([2.1483, 0.4622, 0.01, 1.1468, -0.1473, 0.5105, -0.383, -0.0875, 0.1157, 0.1183, -0.3243, 0.5657, 0.725, 0.1186, -0.0099, -0.8882])
