/**
 * Boosted regression trees, the forward judge's model (forward-judge.ts): the model's shape, one tree's
 * value, and the trees repacked for the hot path. Fitted by bench/judge/gbdt.ts.
 */

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

/** The tree's value at inputs `x` (the plain walk; `fullTrees` is the packed one). */
export function treeValue(tree: JudgeTree, x: readonly number[]): number {
  if (tree.nodes.length === 0) return tree.values[0]!
  let at = 0
  for (;;) {
    const next = x[tree.nodes[4 * at]!]! > tree.nodes[4 * at + 1]! ? tree.nodes[4 * at + 3]! : tree.nodes[4 * at + 2]!
    if (next < 0) return tree.values[-next - 1]!
    at = next
  }
}

/**
 * A model's trees made full to one depth, in heap order (node k's children are 2k + 1 and 2k + 2), in
 * typed arrays: the judge runs for about one option per word of text, and this keeps its trees small
 * enough to stay in cache. A leaf above the full depth becomes splits that always go left (input 0
 * above +Infinity), ending in copies of its value.
 */
export interface FullTrees {
  readonly depth: number
  /** Per tree, 2^depth - 1 splits: the input read and the cut (input > cut goes right). */
  readonly inputs: Uint8Array
  readonly cuts: Float64Array
  /** Per tree, 2^depth leaves. */
  readonly values: Float64Array
}
const fullModels = new WeakMap<JudgeModel, FullTrees>()

export function fullTrees(model: JudgeModel): FullTrees {
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
