/**
 * Weights of the forward judge (forward-judge.ts), in the order of `FEATURE_NAMES`:
 * bias, logit posterior, logit keep, ln emission, top emission, ln options, spun is headword, logit rate, spun ln P per word, original - spun ln P per word, phrase, chosen, ln emission share, top posterior, chosen x logit posterior, inflected.
 * Written by bench/fit-forward-judge.ts (449675 options of simulated spinning, sim-b on Brown
 * cb/cc/cj, 76427 right); do not edit by hand.
 */
export const FORWARD_JUDGE_WEIGHTS: readonly number[] = Object.freeze([2.2721, 0.4558, -0.0029, 1.1111, -0.1944, 0.6126, -0.4818, -0.113, 0.1238, 0.1204, -0.3821, 0.6694, 0.835, -0.0392, -0.0119, -0.879])
