/**
 * Weights of the forward judge (forward-judge.ts), in the order of `FEATURE_NAMES`:
 * bias, logit posterior, logit keep, ln emission, top emission, ln options, spun is headword, logit rate, spun ln P per word, original - spun ln P per word, phrase, chosen, ln emission share, top posterior, chosen x logit posterior, inflected.
 * Written by bench/fit-forward-judge.ts (356047 options of simulated spinning, sim-b on Brown
 * cb/cc/cj, 72710 right); do not edit by hand.
 */
export const FORWARD_JUDGE_WEIGHTS: readonly number[] = Object.freeze([2.5883, 0.462, 0.011, 1.4471, -0.174, 0.4185, -0.4078, -0.097, 0.1279, 0.1278, -0.2883, 0.524, 0.6141, 0.2075, -0.0235, -0.9586])
