/**
 * Candidate recall on real spun news, leave-one-pair-out (issue 4, "What it must show"). For each
 * held-out pair of ../shared/corpus/news-dev, dictionaries are mined from the OTHER pairs; the gold swaps
 * are the held-out pair's aligned substitutions, filtered as mining filters them (`extractSwaps`). A
 * gold swap is recalled when the candidates the restorer proposes inside its span (at threshold 0, any
 * option of any candidate, conditions honoured, context scoring off) can spell its original, alone or composed with other
 * candidates and unchanged words ("field workplace" -> "box" + "office"). Run: `npx tsx bench/candidate-recall.ts`.
 * Prints tables and merges a `candidateRecall` section into bench/results/latest.json.
 */
import { builtinDictionaries, createRestorer, type Dictionary, type Restorer } from '../src/index.js'
import { simDictionary } from './sim/build-db.js'
import { optInDictionary, thesaurusDictionary } from '../src/learn/opt-in.js'
import { loadNewsPairs, NEWS_DEV_DIR, type NewsPair } from './data/news.js'
import { learnedFor, swapsOf } from './learned.js'
import { formatTable } from './metrics/table.js'
import { recallOfPair, type RecallCounts } from './recall.js'
import { writeSection } from './results.js'

const pairs = loadNewsPairs()
if (pairs === null || pairs.length === 0) {
  console.log(`candidate recall skipped: no news pairs at ${NEWS_DEV_DIR}`)
  process.exit(0)
}

const builtin = (name: string): Dictionary[] => builtinDictionaries().filter((d) => d.name === name)

// Candidates are listed, not decided: context scoring is off (it chooses among candidates, it adds none).
const restorerOf = (dictionaries: Dictionary[]): Restorer => createRestorer({ dictionaries, threshold: 0, stages: { context: false } })
// The thesaurus is indexed once and its candidates added to the others' (a union: building a 55,000-entry
// restorer per held-out pair would take minutes; shadowing by the other layers only removes candidates).
const thesaurusRestorer = restorerOf([thesaurusDictionary()])
// A database of realistic breadth built from open data (not the farms' own: none is held here).
const simRestorer = restorerOf([simDictionary('sim-a')])

/** Cumulative layer sets; the learned dictionary is last so it wins over the low-prior PPS word pairs (opt-in). */
const CONFIGS: readonly { key: string; label: string; restorers: (learned: Dictionary) => Restorer[] }[] = [
  { key: 'mined', label: 'mined from the other pairs', restorers: (l) => [restorerOf([l])] },
  { key: 'swaps', label: '+ news-swaps (hand list)', restorers: (l) => [restorerOf([...builtin('news-swaps'), l])] },
  { key: 'pps', label: '+ PPS (tortured-phrases, tortured-words)', restorers: (l) => [restorerOf([...builtin('news-swaps'), ...builtin('tortured-phrases'), optInDictionary('tortured-words'), l])] },
  { key: 'thesaurus', label: '+ thesaurus fallback', restorers: (l) => [restorerOf([...builtin('news-swaps'), ...builtin('tortured-phrases'), optInDictionary('tortured-words'), l]), thesaurusRestorer] },
  { key: 'sim-a', label: '+ sim-a, an open spinner-style database (bench/sim)', restorers: (l) => [restorerOf([...builtin('news-swaps'), ...builtin('tortured-phrases'), optInDictionary('tortured-words'), l]), simRestorer] },
]

const started = performance.now()
const totals = new Map<string, { all: RecallCounts[]; classic: RecallCounts[] }>()
for (const c of CONFIGS) totals.set(c.key, { all: [], classic: [] })
for (const pair of pairs) {
  const learned = learnedFor(pairs.filter((p: NewsPair) => p !== pair))
  const gold = swapsOf(pair).swaps
  for (const c of CONFIGS) {
    const counts = recallOfPair(pair, gold, c.restorers(learned))
    totals.get(c.key)!.all.push(counts)
    if (pair.family === 'A-classic') totals.get(c.key)!.classic.push(counts)
  }
}

const sum = (list: readonly RecallCounts[]) => list.reduce(
  (a, b) => ({ gold: a.gold + b.gold, recalled: a.recalled + b.recalled, exact: a.exact + b.exact, goldWords: a.goldWords + b.goldWords, recalledWords: a.recalledWords + b.recalledWords, flaggedTokens: a.flaggedTokens + b.flaggedTokens, options: a.options + b.options, spunWords: a.spunWords + b.spunWords, cleanFlagged: a.cleanFlagged + b.cleanFlagged, cleanWords: a.cleanWords + b.cleanWords, oracleDistSpun: a.oracleDistSpun + b.oracleDistSpun, oracleDistRestored: a.oracleDistRestored + b.oracleDistRestored }),
  { gold: 0, recalled: 0, exact: 0, goldWords: 0, recalledWords: 0, flaggedTokens: 0, options: 0, spunWords: 0, cleanFlagged: 0, cleanWords: 0, oracleDistSpun: 0, oracleDistRestored: 0 },
)
const rows = CONFIGS.map((c) => {
  const all = sum(totals.get(c.key)!.all)
  const classic = sum(totals.get(c.key)!.classic)
  return {
    key: c.key, label: c.label, all, classic,
    cells: [c.label, all.gold, all.recalled / all.gold, classic.recalled / classic.gold, all.exact / all.gold, all.recalledWords / all.goldWords,
      all.options / Math.max(1, all.flaggedTokens), (1000 * all.flaggedTokens) / all.spunWords, (1000 * all.cleanFlagged) / all.cleanWords,
      1 - all.oracleDistRestored / all.oracleDistSpun, 1 - classic.oracleDistRestored / classic.oracleDistSpun],
  }
})
console.log(`Candidate recall, news-dev leave-one-pair-out (${pairs.length} pairs; A-classic ${totals.get('mined')!.classic.length})`)
console.log('recall = gold swaps whose original the candidates can spell (composition allowed); exact = one candidate with the')
console.log('swap\'s exact span proposes it; words = recall of one-word-for-one-word swaps;')
console.log('cand/tok = mean candidate originals per suspicious (flagged) spun token;')
console.log('flagged/1k = spun tokens with any candidate per 1,000 words; clean/1k = the same on the original articles;')
console.log('oracle ERR = ERR if exactly the recalled swaps were restored: the ceiling of a judge over these candidates.')
console.log(formatTable(
  [{ header: 'layers', align: 'left' as const }, 'gold', { header: 'recall', decimals: 3 }, { header: 'recall A', decimals: 3 }, { header: 'exact', decimals: 3 },
    { header: 'words', decimals: 3 }, { header: 'cand/tok', decimals: 2 }, { header: 'flagged/1k', decimals: 1 }, { header: 'clean/1k', decimals: 1 },
    { header: 'oracle ERR', decimals: 3 }, { header: 'oracle ERR A', decimals: 3 }],
  rows.map((r) => r.cells),
))
const seconds = Math.round((performance.now() - started) / 100) / 10
console.log(`\ncandidate recall done in ${seconds} s`)
// Runs with a mining knob changed (bench/learned.ts) are experiments: print, do not record.
if (process.env.UNSPIN_MIN_PRIOR === undefined && process.env.UNSPIN_CLEAN_WEIGHT === undefined) {
  writeSection('candidateRecall', { pairs: pairs.length, seconds, rows: rows.map(({ key, label, all, classic }) => ({ key, label, all, classic })) })
  console.log('wrote bench/results/latest.json (candidateRecall)')
}
