/**
 * Weights of the forward judge (forward-judge.ts), in the order of `FEATURE_NAMES`:
 * bias, logit posterior, logit keep, ln emission, top emission, ln options, spun is headword, logit rate, spun ln P per word, original - spun ln P per word, phrase, chosen, ln emission share, top posterior, chosen x logit posterior.
 * Written by bench/fit-forward-judge.ts (356047 options of simulated spinning, sim-b on Brown
 * cb/cc/cj, 72710 right); do not edit by hand.
 */
export const FORWARD_JUDGE_WEIGHTS: readonly number[] = Object.freeze([2.0459, 0.4658, 0.0121, 1.6281, -0.0545, 0.2812, -0.1969, -0.1073, 0.1031, 0.1376, -0.0467, 0.596, 0.4597, 0.0929, -0.0268])
