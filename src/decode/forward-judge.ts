/**
 * The confidence of a change read forward from a spinner database, from what the decoder saw of it.
 *
 * The decoder's posterior alone is over-confident for these changes: in simulated spinning with the
 * spinner's own database (bench/sim.ts), database changes with a posterior-based confidence of 0.6-0.8
 * were right about 45% of the time, and the author's own words that a database lists as synonyms
 * ("tally", "stated") were a fifth of all changes. A small logistic model turns the decoder's view of
 * one option (its posterior and keep's, how likely the spinner is to write this form for this
 * original, how often it swaps in this document, how common either form is) into the probability that
 * restoring it is right. It is fitted on simulated spinning of text and a database the benchmarks do
 * not use (bench/fit-forward-judge.ts), so its confidence means what it says there; real spinners were
 * measured to behave like the simulation (DESIGN section 7), and the figures on real data decide.
 */
import { FORWARD_JUDGE_WEIGHTS } from './forward-judge-weights.js'

/** What the judge reads about one option of a span read forward from a spinner database. */
export interface ForwardFeatures {
  /** The decoder's raw posterior of this option (against keeping the span and the other options). */
  readonly posterior: number
  /** The decoder's raw posterior of keeping the span as written. */
  readonly keep: number
  /** P(spun form | this original) under the spinner's channel. */
  readonly emission: number
  /** This option has the span's highest emission. */
  readonly topEmission: boolean
  /** The emissions of the span's database options added up. */
  readonly emissionTotal: number
  /** This option has the span's highest posterior among its options. */
  readonly topPosterior: boolean
  /** Options of the span. */
  readonly options: number
  /** The spun form heads a line itself. */
  readonly spunIsHeadword: boolean
  /** The document's swap rate. */
  readonly rate: number
  /** ln P of the spun form on its own, per word (how common it is). */
  readonly spunLogProb: number
  /** ln P of the original on its own, per word. */
  readonly originalLogProb: number
  /** Words in the span. */
  readonly words: number
  /** The decoder's best path picked this option. */
  readonly chosen: boolean
  /** Matched through the lemma: the database lists another inflection of the spun form (`ForwardEmission.inflected`). */
  readonly inflected: boolean
}

/** Names of the model's inputs, in the order of `featureVector` (the weights file lists them too). */
export const FEATURE_NAMES: readonly string[] = Object.freeze([
  'bias', 'logit posterior', 'logit keep', 'ln emission', 'top emission', 'ln options', 'spun is headword',
  'logit rate', 'spun ln P per word', 'original - spun ln P per word', 'phrase', 'chosen',
  'ln emission share', 'top posterior', 'chosen x logit posterior', 'inflected',
])

const clamp = (x: number, limit: number): number => Math.max(-limit, Math.min(limit, x))
const logit = (p: number): number => clamp(Math.log(p / (1 - p)), 12)

/** The model's inputs for one option. */
export function featureVector(f: ForwardFeatures): number[] {
  return [
    1,
    logit(f.posterior),
    logit(f.keep),
    Math.log(Math.max(f.emission, 1e-6)),
    f.topEmission ? 1 : 0,
    Math.log(f.options),
    f.spunIsHeadword ? 1 : 0,
    logit(Math.min(0.999, Math.max(0.001, f.rate))),
    clamp(f.spunLogProb, 30),
    clamp(f.originalLogProb - f.spunLogProb, 30),
    f.words > 1 ? 1 : 0,
    f.chosen ? 1 : 0,
    Math.log(Math.max(f.emission, 1e-6) / Math.max(f.emissionTotal, 1e-6)),
    f.topPosterior ? 1 : 0,
    f.chosen ? logit(f.posterior) : 0,
    f.inflected ? 1 : 0,
  ]
}

/** P(restoring this option is right), by the fitted weights (or `weights` given). */
export function forwardConfidence(f: ForwardFeatures, weights: readonly number[] = FORWARD_JUDGE_WEIGHTS): number {
  const x = featureVector(f)
  let z = 0
  for (let i = 0; i < x.length; i++) z += x[i]! * (weights[i] ?? 0)
  return 1 / (1 + Math.exp(-z))
}

/**
 * For bench/fit-forward-judge.ts only: called with every forward option the judge scores, so the fit
 * can label them against the simulation's swaps. Unset in normal use.
 */
export const forwardJudgeProbe: { record?: (features: ForwardFeatures, option: { readonly start: number; readonly end: number; readonly restored: string }) => void } = {}
