/**
 * Weights of the forward judge (forward-judge.ts), in the order of `FEATURE_NAMES`:
 * bias, logit posterior, logit keep, ln emission, top emission, ln options, spun is headword, logit rate, spun ln P per word, original - spun ln P per word, phrase, chosen, ln emission share, top posterior, chosen x logit posterior.
 * Written by bench/fit-forward-judge.ts (356047 options of simulated spinning, sim-b on Brown
 * cb/cc/cj, 72710 right); do not edit by hand.
 */
export const FORWARD_JUDGE_WEIGHTS: readonly number[] = Object.freeze([2.0456, 0.4658, 0.0121, 1.6281, -0.0545, 0.2813, -0.1968, -0.107, 0.1031, 0.1376, -0.0466, 0.5956, 0.4598, 0.0933, -0.0268])
