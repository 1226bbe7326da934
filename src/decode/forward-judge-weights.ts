/**
 * Weights of the forward judge (forward-judge.ts), in the order of `FEATURE_NAMES`:
 * bias, logit posterior, logit keep, ln emission, top emission, ln options, spun is headword, logit rate, spun ln P per word, original - spun ln P per word, phrase, chosen, ln emission share, top posterior, chosen x logit posterior, inflected.
 * Written by bench/fit-forward-judge.ts (449675 options of simulated spinning, sim-b on Brown
 * cb/cc/cj, 76427 right); do not edit by hand.
 */
export const FORWARD_JUDGE_WEIGHTS: readonly number[] = Object.freeze([2.2389, 0.4616, 0.0038, 1.1067, -0.1761, 0.6053, -0.3809, -0.1099, 0.1223, 0.1186, -0.3731, 0.586, 0.8482, 0.075, -0.0167, -0.8834])
