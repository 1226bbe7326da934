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

/** One regression tree of the boosted judge: internal node k is `nodes[4k..4k+3]` = input, cut, left, right (input > cut goes right); a child -m is the leaf `values[m - 1]`; no nodes: one leaf. */
export interface JudgeTree {
  readonly nodes: readonly number[]
  readonly values: readonly number[]
}

/** Boosted trees: P(right) = sigmoid(base + the trees' values). */
export interface JudgeModel {
  readonly base: number
  readonly trees: readonly JudgeTree[]
}

/** The tree's value at inputs `x`. */
export function treeValue(tree: JudgeTree, x: readonly number[]): number {
  if (tree.nodes.length === 0) return tree.values[0]!
  let at = 0
  for (;;) {
    const next = x[tree.nodes[4 * at]!]! > tree.nodes[4 * at + 1]! ? tree.nodes[4 * at + 3]! : tree.nodes[4 * at + 2]!
    if (next < 0) return tree.values[-next - 1]!
    at = next
  }
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
 * A model's trees made full to one depth, in heap order (node k's children are 2k + 1 and 2k + 2), in
 * typed arrays: the judge runs for about one option per word of text, and this keeps its trees small
 * enough to stay in cache. A leaf above the full depth becomes splits that always go left (input 0
 * above +Infinity), ending in copies of its value.
 */
interface FullTrees {
  readonly depth: number
  /** Per tree, 2^depth - 1 splits: the input read and the cut (input > cut goes right). */
  readonly inputs: Uint8Array
  readonly cuts: Float64Array
  /** Per tree, 2^depth leaves. */
  readonly values: Float64Array
}
const fullModels = new WeakMap<JudgeModel, FullTrees>()

function fullTrees(model: JudgeModel): FullTrees {
  const cached = fullModels.get(model)
  if (cached) return cached
  const depthOf = (tree: JudgeTree, node: number): number => (node < 0 ? 0 : 1 + Math.max(depthOf(tree, tree.nodes[4 * node + 2]!), depthOf(tree, tree.nodes[4 * node + 3]!)))
  const depth = Math.max(0, ...model.trees.map((t) => (t.nodes.length === 0 ? 0 : depthOf(t, 0))))
  const internal = (1 << depth) - 1
  const inputs = new Uint8Array(model.trees.length * internal)
  const cuts = new Float64Array(model.trees.length * internal).fill(Infinity)
  const values = new Float64Array(model.trees.length * (internal + 1))
  model.trees.forEach((tree, t) => {
    // `node` is an index into tree.nodes, or -m for leaf m; `k` its place in the full tree.
    const fill = (node: number, k: number): void => {
      if (k >= internal) {
        values[t * (internal + 1) + k - internal] = tree.values[-node - 1]!
        return
      }
      if (node >= 0) {
        inputs[t * internal + k] = tree.nodes[4 * node]!
        cuts[t * internal + k] = tree.nodes[4 * node + 1]!
      }
      fill(node >= 0 ? tree.nodes[4 * node + 2]! : node, 2 * k + 1)
      fill(node >= 0 ? tree.nodes[4 * node + 3]! : node, 2 * k + 2)
    }
    fill(tree.nodes.length === 0 ? -1 : 0, 0)
  })
  const full = { depth, inputs, cuts, values }
  fullModels.set(model, full)
  return full
}

/**
 * For bench/fit-forward-judge.ts only: called with every forward option the judge scores, so the fit
 * can label them against the simulation's swaps. Unset in normal use.
 */
export const forwardJudgeProbe: { record?: (features: ForwardFeatures, option: { readonly start: number; readonly end: number; readonly restored: string }) => void } = {}
