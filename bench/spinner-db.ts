/**
 * Spinner-database benchmark (issue 8). With `UNSPIN_SPINNER_DB=<path>` it loads a spinner's synonym
 * database (`word|syn1|syn2` lines or spintax) and reports, on ../shared/corpus/news-dev, ERR, change
 * precision, region recall and false changes per 1,000 words of the originals with and without it,
 * the load and createRestorer times, and the channel weights estimated from the aligned swaps.
 * Without the variable it prints a skip line and exits 0. Standalone: no file is written.
 *
 *   UNSPIN_SPINNER_DB=./farm-db.txt npx tsx bench/spinner-db.ts
 *   npx tsx bench/spinner-db.ts --synthetic /tmp/moby-db.txt 10   # a test database from Moby (never commit it)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { builtinDictionaries, createRestorer, type Dictionary, type Restorer, type RestorerOptions } from '../src/index.js'
import { readSpinnerThesaurus, type SpinnerThesaurusOptions } from '../src/spinner/load-spinner-thesaurus.js'
import { parseSpinnerSets } from '../src/spinner/parse-sets.js'
import { DEFAULT_MEMBER_WEIGHT, DEFAULT_POSITION_WEIGHTS } from '../src/spinner/weights.js'
import { loadNewsPairs, NEWS_DEV_DIR, type NewsPair } from './data/news.js'
import { diffTokens } from './metrics/align.js'
import { estimateChannelWeights, type ObservedSwap } from './metrics/estimate-weights.js'
import { isWordToken, scoreTokensWithOffsets } from './metrics/normalize.js'
import { aggregate, scoreClean, scoreDocument, type Counts } from './metrics/quality.js'
import { formatTable, type Cell } from './metrics/table.js'
import { readResults } from './results.js'

const MAX_SWAP_TOKENS = 3
const COLUMNS = [
  'variant', { header: 'threshold', decimals: 1 }, 'family', 'pairs', { header: 'ERR', decimals: 3 },
  { header: 'chg P', decimals: 2 }, { header: 'reg P', decimals: 2 }, { header: 'reg R', decimals: 2 }, { header: 'FC/1000 orig', decimals: 2 },
]

if (process.argv[2] === '--synthetic') {
  writeSyntheticDatabase(process.argv[3] ?? 'spinner-db.synthetic.txt', Number(process.argv[4] ?? 10))
  process.exit(0)
}
const path = process.env.UNSPIN_SPINNER_DB
if (!path) {
  // Without a database of the user's, the figures for one of realistic breadth are the simulation's:
  // a 12,000-line open database, text spun with it, restored with it and with a mismatched one.
  const sim = readResults().simulation as { restorers?: Record<string, { label: string; all?: Record<string, number> }> } | undefined
  console.log('UNSPIN_SPINNER_DB not set: no database of yours to measure on news-dev.')
  if (!sim?.restorers) console.log('Run npm run bench:sim for the figures with a simulated database of realistic breadth.')
  else {
    console.log('Simulated database of realistic breadth (bench:sim, bench/results/latest.json):')
    for (const v of Object.values(sim.restorers)) {
      const a = v.all ?? {}
      console.log(`  ${v.label}: ERR ${a.err?.toFixed(3)}, change precision ${a.changePrecision?.toFixed(3)}, ${a.falseChangesPer1000?.toFixed(2)} false changes per 1,000 clean words`)
    }
  }
  process.exit(0)
}
const pairs = loadNewsPairs()
if (pairs === null || pairs.length === 0) {
  console.log(`spinner-database benchmark skipped: no news pairs at ${NEWS_DEV_DIR}`)
  process.exit(0)
}

const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() })
const since = (t: ReturnType<typeof clock>) => {
  const cpu = process.cpuUsage(t.cpu)
  return `${Math.round(performance.now() - t.wall)} ms (CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms)`
}
createRestorer().restore('Warm up the tokenizer and the built-in dictionaries.')

let t = clock()
const { dictionary, stats } = readSpinnerThesaurus(path)
console.log(`spinner database ${path}: ${dictionary.description}\nload: ${since(t)}`)
t = clock()
const withDatabase = layered(dictionary)
console.log(`createRestorer (built-ins + database): ${since(t)}; ${stats.entries} database entries`)

const swaps = pairs.flatMap(alignedSwaps)
const estimate = estimateChannelWeights(parseSpinnerSets(readFileSync(path, 'utf8')).sets, swaps)
const pct = (n: number, d: number) => `${d === 0 ? 'n/a' : ((100 * n) / d).toFixed(1)}%`
console.log(
  `\nnews-dev aligned swaps (1-${MAX_SWAP_TOKENS} words each side): ${estimate.swaps}; ` +
    `on a database line with their original: ${estimate.covered} (${pct(estimate.covered, estimate.swaps)})`,
)
console.log(`original was the line's headword: ${pct(estimate.fromHeadword, estimate.covered)} -> memberWeight ${estimate.memberWeight} (default ${DEFAULT_MEMBER_WEIGHT})`)
console.log(
  `spun form at position 1, 2, 3, later: ${estimate.positions.join(', ')} -> positionWeights [${estimate.positionWeights.join(', ')}] ` +
    `(default [${DEFAULT_POSITION_WEIGHTS.join(', ')}], then halving)`,
)
console.log('(alignment noise, revisions and house style, is part of the swaps; the ones a database line covers are mostly real swaps)')

const fitted: SpinnerThesaurusOptions = { positionWeights: estimate.positionWeights, memberWeight: estimate.memberWeight }
const rows: Cell[][] = []
const variants: [string, () => Restorer, number][] = [
  ['built-ins only', () => createRestorer(), 0.5],
  ['built-ins only, priors only (no language model)', () => createRestorer({ languageModel: null }), 0.5],
  ['+ database', () => withDatabase, 0.5],
  ['+ database', () => withDatabase, 0.4],
  ['+ database, priors only (no language model)', () => layered(dictionary, { languageModel: null }), 0.5],
  ['+ database, weights fitted on news-dev*', () => layered(readSpinnerThesaurus(path, fitted).dictionary), 0.5],
]
for (const [label, restorer, threshold] of variants) {
  const counts = scorePairs(restorer(), threshold, pairs)
  for (const family of ['all', 'A-classic']) {
    const chosen = pairs.flatMap((p, i) => (family === 'all' || p.family === family ? counts[i]! : []))
    const s = aggregate(chosen)
    rows.push([label, threshold, family, chosen.length / 2, s.err, s.changePrecision, s.regionPrecision, s.regionRecall, s.falseChangesPer1000])
  }
}
console.log(`\n${formatTable(COLUMNS, rows)}`)
console.log('Restorers use the default language model when one is present (context scoring) unless the row says otherwise.')
console.log('* in-sample: the weights were estimated from the same pairs (a handful of numbers, but not a held-out figure).')

function layered(database: Dictionary, options: RestorerOptions = {}): Restorer {
  return createRestorer({ ...options, dictionaries: [...builtinDictionaries(), database] })
}

/** For each pair: the counts of restoring its spun copy, and the false changes restoring its original. */
function scorePairs(restorer: Restorer, threshold: number, list: readonly NewsPair[]): Counts[][] {
  return list.map((p) => [
    scoreDocument({ spun: p.spun, restored: restorer.restore(p.spun, { threshold }).text, original: p.original }),
    scoreClean(p.original, restorer.restore(p.original, { threshold }).text),
  ])
}

/** Word swaps of up to MAX_SWAP_TOKENS words on each side, from a token alignment of original -> spun, as written in the texts. */
function alignedSwaps(pair: NewsPair): ObservedSwap[] {
  const o = scoreTokensWithOffsets(pair.original)
  const s = scoreTokensWithOffsets(pair.spun)
  const slice = (text: string, tokens: typeof o, from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, ' ')
  return diffTokens(o.map((x) => x.token), s.map((x) => x.token)).flatMap((op) => {
    const a = op.aEnd - op.aStart
    const b = op.bEnd - op.bStart
    if (op.tag !== 'replace' || a > MAX_SWAP_TOKENS || b > MAX_SWAP_TOKENS) return []
    if (![...o.slice(op.aStart, op.aEnd), ...s.slice(op.bStart, op.bEnd)].every((x) => isWordToken(x.token))) return []
    return [{ original: slice(pair.original, o, op.aStart, op.aEnd), spun: slice(pair.spun, s, op.bStart, op.bEnd) }]
  })
}

/**
 * A test database from the Moby thesaurus (npm `moby`, a devDependency): a line per headword with its
 * nine synonyms listed most often across Moby first (a stand-in for "most used"), a line per word
 * that heads none, then further lines of the long entries, up to `megabytes`. Positions in it mean
 * little; it exercises the loader and the bench at a realistic size. Never commit its output.
 */
function writeSyntheticDatabase(out: string, megabytes: number): void {
  const mobyDir = dirname(createRequire(import.meta.url).resolve('moby/package.json'))
  const lines = readFileSync(join(mobyDir, 'words.txt'), 'utf8').split('\n').filter(Boolean)
    .map((line) => line.split(',').filter((w) => w.split(' ').length <= 4))
  const seen = new Map<string, number>()
  for (const line of lines) for (const w of line) seen.set(w, (seen.get(w) ?? 0) + 1)
  const common = (a: string, b: string) => seen.get(b)! - seen.get(a)!
  const heads = new Set(lines.map((l) => l[0]!))
  const headedBy = new Map<string, string[]>()
  for (const [head, ...syns] of lines) for (const s of syns) if (!heads.has(s)) (headedBy.get(s) ?? headedBy.set(s, []).get(s)!).push(head!)
  const rows = [
    ...lines.map(([head, ...syns]) => [head!, ...syns.sort(common).slice(0, 9)]),
    ...[...headedBy].map(([word, hs]) => [word, ...hs.sort(common).slice(0, 9)]),
    ...lines.flatMap(([head, ...syns]) => Array.from({ length: Math.max(0, Math.ceil(syns.length / 9) - 1) }, (_, k) => [head!, ...syns.slice(9 * (k + 1), 9 * (k + 2))])),
  ]
  const limit = megabytes * 1024 * 1024
  let text = '# Synthetic spinner database generated from Moby by bench/spinner-db.ts: for benchmarks only.\n'
  for (const row of rows) {
    const line = `${row.join('|')}\n`
    if (text.length + line.length > limit) break
    text += line
  }
  writeFileSync(out, text)
  console.log(`wrote ${out}: ${(text.length / 1024 / 1024).toFixed(1)} MB, ${text.split('\n').length - 2} lines`)
}
