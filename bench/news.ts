/**
 * News benchmark: restore each real spun copy in ../shared/corpus/news-dev with a restorer that knows
 * nothing learned from that pair (leave-one-pair-out via `restorerFor`), score against the original,
 * judge each mark for the calibration table, and restore the original itself to count false changes.
 */
import type { Mark, RestoreResult } from '../src/index.js'
import type { NewsPair } from './data/news.js'
import { judgeMarks, type Judged, type JudgedMark } from './metrics/calibration.js'
import { aggregate, scoreClean, scoreDocument, words, type Counts, type Summary } from './metrics/quality.js'
import type { Cell } from './metrics/table.js'
import { FalseChangeTally } from './clean.js'
import { restorerFor, safeRestore, type Variant } from './setup.js'

/** Figures for one pair. */
export interface PairResult {
  readonly id: string
  readonly family: string
  readonly words: number
  readonly marks: number
  /** Spun-vs-original counts plus the false changes made on the original. */
  readonly counts: Counts
}

/** Everything the news section measures for one variant. */
export interface NewsResult {
  readonly pairs: PairResult[]
  readonly total: Summary
  readonly byFamily: Record<string, Summary>
  /** Applied marks on the spun copies, judged against the originals, with the pair they come from. */
  readonly judged: PairJudgedMark[]
  /** Each pair's restored spun copy and original, for callers that re-apply marks (bench/fit-calibration.ts). */
  readonly restored: { readonly pair: NewsPair; readonly spun: RestoreResult; readonly original: RestoreResult }[]
  /** Confidences of the marks made on the originals: every one is a false change. */
  readonly cleanMarks: { readonly pair: string; readonly confidence: number }[]
  /** False changes made when restoring the originals. */
  readonly tally: FalseChangeTally
}

/** A judged mark and the id of its news pair. */
export type PairJudgedMark = JudgedMark<Mark> & { readonly pair: string }

/**
 * Run the news benchmark for one pipeline variant. `heldOut`: what the restorer of a pair may not learn
 * from: the pair itself (`pair`, the default), or every pair from the same farm (`farm`: 401-412 come
 * from one site and share one spinner dictionary, so leaving one pair out still trains on its siblings).
 */
export function evaluateNews(pairs: readonly NewsPair[], variant: Variant, tally: FalseChangeTally = new FalseChangeTally(), heldOut: 'pair' | 'farm' = 'pair'): NewsResult {
  const results: PairResult[] = []
  const judged: PairJudgedMark[] = []
  const cleanMarks: { pair: string; confidence: number }[] = []
  const restored: NewsResult['restored'] = []
  for (const pair of pairs) {
    const restorer = restorerFor(pairs.filter((p) => p !== pair && (heldOut === 'pair' || p.farm !== pair.farm)), variant)
    const spun = safeRestore(restorer, pair.spun, `news ${pair.id} (spun)`)
    const original = safeRestore(restorer, pair.original, `news ${pair.id} (original)`)
    const doc = scoreDocument({ spun: pair.spun, restored: spun.text, original: pair.original })
    const clean = scoreClean(pair.original, original.text)
    judged.push(...judgeMarks(pair.spun, spun.marks, pair.original).map((j) => ({ ...j, pair: pair.id })))
    cleanMarks.push(...original.marks.map((m) => ({ pair: pair.id, confidence: m.confidence })))
    restored.push({ pair, spun, original })
    tally.add(original.marks, 'news originals')
    results.push({
      id: pair.id,
      family: pair.family,
      words: words(pair.spun),
      marks: spun.marks.length,
      counts: { ...doc, falseChanges: clean.falseChanges, cleanWords: clean.cleanWords },
    })
  }
  const families = [...new Set(results.map((r) => r.family))].sort()
  const byFamily: Record<string, Summary> = {}
  for (const f of families) byFamily[f] = aggregate(results.filter((r) => r.family === f).map((r) => r.counts))
  return { pairs: results, total: aggregate(results.map((r) => r.counts)), byFamily, judged, restored, cleanMarks, tally }
}

/**
 * Lenient reading of a judged mark: right when strictly right, or when its restored tokens occur as a
 * run inside the original tokens of the gold region it falls in (a correct part of a multi-word or
 * adjacent swap whose other part was left spun). The strict verdict is the headline; this one shows
 * how much of the gap between confidence and strict correctness is unrestored neighbours.
 */
export function lenientCorrect(j: { readonly correct: boolean; readonly restoredTokens: readonly string[]; readonly originalTokens: readonly string[] }): boolean {
  if (j.correct) return true
  const r = j.restoredTokens
  const o = j.originalTokens
  if (r.length === 0) return false
  for (let i = 0; i + r.length <= o.length; i++) if (r.every((t, k) => o[i + k] === t)) return true
  return false
}

/**
 * Every mark of a news run as a calibration item: a mark on a spun copy is right when it restores the
 * original's words at its place (`lenientCorrect`: a correct part of a larger swap whose rest stayed
 * spun counts, as it does in change precision; `strict`: only when it restores the whole of that
 * larger swap), a mark on an original is always wrong.
 */
export function calibrationItems(result: Pick<NewsResult, 'judged' | 'cleanMarks'>, keep: (pair: string) => boolean = () => true, judging: 'lenient' | 'strict' = 'lenient'): Judged[] {
  return [
    ...result.judged.filter((j) => keep(j.pair)).map((j) => ({ confidence: j.confidence, correct: judging === 'strict' ? j.correct : lenientCorrect(j) })),
    ...result.cleanMarks.filter((m) => keep(m.pair)).map((m) => ({ confidence: m.confidence, correct: false })),
  ]
}

/** Columns of the per-pair and per-family tables. */
export const NEWS_COLUMNS = [
  { header: 'id', align: 'left' as const }, { header: 'family', align: 'left' as const }, 'words', 'marks',
  { header: 'ERR', decimals: 3 }, { header: 'chg P', decimals: 3 }, { header: 'reg P', decimals: 3 },
  { header: 'reg R', decimals: 3 }, 'gold reg', 'FC orig', { header: 'FC/1k orig', decimals: 2 },
]

function summaryCells(s: Summary): Cell[] {
  return [s.err, s.changePrecision, s.regionPrecision, s.regionRecall, s.goldRegions, s.falseChanges, s.falseChangesPer1000]
}

/** Rows for the per-pair table, then a blank line's worth of totals (per family and overall). */
export function newsRows(result: NewsResult): { pairs: Cell[][]; totals: Cell[][] } {
  const pairs = result.pairs.map((p): Cell[] => [p.id, p.family, p.words, p.marks, ...summaryCells(aggregate([p.counts]))])
  const sumOf = (list: readonly PairResult[]): [number, number] => [list.reduce((n, p) => n + p.words, 0), list.reduce((n, p) => n + p.marks, 0)]
  const totals = Object.entries(result.byFamily).map(([family, s]): Cell[] => {
    const members = result.pairs.filter((p) => p.family === family)
    return [`${members.length} pairs`, family, ...sumOf(members), ...summaryCells(s)]
  })
  totals.push([`${result.pairs.length} pairs`, 'all', ...sumOf(result.pairs), ...summaryCells(result.total)])
  return { pairs, totals }
}
