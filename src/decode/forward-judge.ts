/**
 * The confidence of a change read forward from a spinner database, from what the decoder saw of it.
 *
 * The decoder's posterior alone is over-confident for these changes: in simulated spinning with the
 * spinner's own database (bench/sim.ts), database changes with a posterior-based confidence of 0.6-0.8
 * were right about 45% of the time, and the author's own words that a database lists as synonyms
 * ("tally", "stated") were a fifth of all changes. Gradient-boosted regression trees turn the decoder's
 * view of one option (its posterior, keep's and the other options', how likely the spinner is to write
 * this form for this original, how often it swaps in this document, how common either form is) into
 * the probability that restoring it is right. Held out by Brown category, they separated right from
 * wrong options better than a logistic model over the same inputs (log loss 0.160 against 0.178; the
 * logistic judge they replaced, 0.181). They are fitted on simulated spinning of text and a database
 * the benchmarks do not use (bench/fit-forward-judge.ts), so their confidence means what it says there;
 * real spinners were measured to behave like the simulation (DESIGN section 7), and the figures on real
 * data decide.
 */
import { FORWARD_JUDGE_MODEL } from './forward-judge-model.js'
import { fullTrees, type JudgeModel } from './judge-trees.js'

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
  /** This option's place among the span's options, best prior first (0 for the first). */
  readonly rank: number
  /** The option's prior (P(original | spun form) from the entry). */
  readonly prior: number
  /** Options of the span read forward from a spinner database. */
  readonly databaseOptions: number
  /** The highest raw posterior among the span's other options (0 without one). */
  readonly otherPosterior: number
}

/** Names of the model's inputs, in the order of `judgeInputs`. */
export const JUDGE_INPUTS: readonly string[] = Object.freeze([
  'logit posterior', 'logit keep', 'ln emission', 'top emission', 'ln options', 'spun is headword', 'logit rate',
  'spun ln P per word', 'original - spun ln P per word', 'phrase', 'chosen', 'ln emission share', 'top posterior',
  'inflected', 'rank', 'ln prior', 'database options', 'logit other posterior', 'other options',
])

const clamp = (x: number, limit: number): number => Math.max(-limit, Math.min(limit, x))
const logit = (p: number): number => clamp(Math.log(p / (1 - p)), 12)

/** The model's inputs for one option. */
export function judgeInputs(f: ForwardFeatures): number[] {
  return [
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
    f.inflected ? 1 : 0,
    f.rank,
    Math.log(Math.max(f.prior, 1e-6)),
    f.databaseOptions,
    logit(Math.min(1 - 1e-6, Math.max(1e-6, f.otherPosterior))),
    f.options - f.databaseOptions,
  ]
}

/** P(restoring this option is right), by the fitted model (or `model` given). */
export function forwardConfidence(f: ForwardFeatures, model: JudgeModel = FORWARD_JUDGE_MODEL): number {
  const x = judgeInputs(f)
  const { depth, inputs, cuts, values } = fullTrees(model)
  const internal = (1 << depth) - 1
  let z = model.base
  for (let t = 0, at = 0; at < inputs.length; t++, at += internal) {
    let k = 0
    for (let level = 0; level < depth; level++) k = 2 * k + (x[inputs[at + k]!]! > cuts[at + k]! ? 2 : 1)
    z += values[t * (internal + 1) + k - internal]!
  }
  return 1 / (1 + Math.exp(-z))
}


/**
 * For bench/fit-forward-judge.ts only: called with every forward option the judge scores, so the fit
 * can label them against the simulation's swaps. Unset in normal use.
 */
export const forwardJudgeProbe: { record?: (features: ForwardFeatures, option: { readonly start: number; readonly end: number; readonly restored: string }) => void } = {}
