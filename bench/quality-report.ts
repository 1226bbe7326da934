/** Printing for bench/quality.ts: the tortured-phrase, clean-text, calibration and ablation tables. */
import type { Calibration } from './metrics/calibration.js'
import type { Summary } from './metrics/quality.js'
import { formatTable, type Cell } from './metrics/table.js'
import type { FalseChange } from './clean.js'
import type { PhraseScore } from './tortured.js'

const share = (num: number, den: number): number | null => (den === 0 ? null : num / den)

/** Heading with an underline. */
export function heading(title: string): string {
  return `\n${title}\n${'='.repeat(title.length)}`
}

function phraseCells(score: PhraseScore): Cell[] {
  return [score.entries, score.sentences, share(score.restored, score.sentences), share(score.detected, score.sentences), score.clean.cleanWords, score.clean.falseChanges, score.clean.falseChangesPer1000]
}

const PHRASE_COLUMNS = [
  { header: 'set', align: 'left' as const }, 'entries', 'sentences', { header: 'restored', decimals: 3 },
  { header: 'detected', decimals: 3 }, 'clean words', 'FC', { header: 'FC/1k', decimals: 2 },
]

/** Held-out folds, total, list-only held-out and in-list sanity line; then the outcome breakdown. */
export function torturedTables(
  folds: readonly { fold: number; size: number; score: PhraseScore }[], heldOut: PhraseScore,
  listOnly: PhraseScore | null, inList: PhraseScore,
): string {
  const rows: Cell[][] = folds.map((f) => [`(b) fold ${f.fold} held out (of ${f.size})`, ...phraseCells(f.score)])
  rows.push(['(b) full pipeline, held out: all folds', ...phraseCells(heldOut)])
  if (listOnly) rows.push(['(a) list-only, held out: all folds', ...phraseCells(listOnly)])
  rows.push(['(b) full pipeline, in list (sanity)', ...phraseCells(inList)])
  const kinds = [...new Set([...Object.keys(heldOut.outcomes), ...Object.keys(inList.outcomes), ...Object.keys(listOnly?.outcomes ?? {})])].sort()
  const outcomeRows = kinds.map((k): Cell[] => [k, heldOut.outcomes[k] ?? 0, listOnly?.outcomes[k] ?? null, inList.outcomes[k] ?? 0])
  return [
    formatTable(PHRASE_COLUMNS, rows),
    '',
    'Outcome per sentence:',
    formatTable([{ header: 'outcome', align: 'left' }, '(b) held out', '(a) held out', '(b) in list'], outcomeRows),
  ].join('\n')
}

/** False changes per corpus and the most frequent false changes. */
export function cleanTables(corpora: readonly [string, Summary][], top: readonly FalseChange[]): string {
  const rows = corpora.map(([name, s]): Cell[] => [name, s.docs, s.cleanWords, s.falseChanges, s.falseChangesPer1000])
  const topRows = top.map((f): Cell[] => [f.count, f.change, `${f.source}:${f.entryId}`, f.where.join(', ')])
  return [
    formatTable([{ header: 'corpus', align: 'left' }, 'docs', 'words', 'false changes', { header: 'per 1k words', decimals: 2 }], rows),
    '',
    `Most frequent false changes (${top.length} shown):`,
    top.length === 0 ? '(none)' : formatTable(['count', { header: 'found -> restored', align: 'left' }, { header: 'dictionary:entry', align: 'left' }, { header: 'seen in', align: 'left' }], topRows),
  ].join('\n')
}

const count = (c: Calibration): number => c.rows.reduce((n, r) => n + (r.observed ?? 0) * r.n, 0)
/** Share of a calibration's predictions that were right, null when there are none. */
export const shareRight = (c: Calibration): number | null => share(count(c), c.n)
const mean = (c: Calibration): number | null => share(c.rows.reduce((n, r) => n + (r.meanConfidence ?? 0) * r.n, 0), c.n)

/** Reliability tables side by side, one column group (marks, mean confidence, share right) per calibration. */
export function calibrationTable(columns: readonly { readonly name: string; readonly calibration: Calibration }[]): string {
  const rows = columns[0]!.calibration.rows.map((r, k): Cell[] => [r.bucket, ...columns.flatMap(({ calibration: c }) => [c.rows[k]!.n, c.rows[k]!.meanConfidence, c.rows[k]!.observed])])
  rows.push(['all', ...columns.flatMap(({ calibration: c }) => [c.n, mean(c), shareRight(c)])])
  rows.push(['ECE', ...columns.flatMap(({ calibration: c }) => ['', '', c.ece])])
  const d3 = (header: string) => ({ header, decimals: 3 })
  return formatTable([{ header: 'confidence', align: 'left' }, ...columns.flatMap(({ name }) => [`${name} marks`, d3('mean conf'), d3('right')])], rows)
}

/** One ablation row's figures. */
export interface AblationRow {
  readonly key: string
  readonly label: string
  readonly news: Summary
  readonly newsA: Summary | null
  readonly brown: Summary
  readonly ppsRestored: number | null
  readonly ppsDetected: number | null
}

/** The baselines / ablation table. */
export function ablationTable(rows: readonly AblationRow[]): string {
  return formatTable(
    [{ header: 'variant', align: 'left' }, { header: 'ERR', decimals: 3 }, { header: 'ERR A', decimals: 3 }, { header: 'chg P', decimals: 3 },
      { header: 'reg R', decimals: 3 }, { header: 'FC/1k orig', decimals: 2 }, { header: 'FC/1k Brown', decimals: 2 },
      { header: 'PPS restore', decimals: 3 }, { header: 'PPS detect', decimals: 3 }],
    rows.map((r) => [r.label, r.news.err, r.newsA?.err ?? null, r.news.changePrecision, r.news.regionRecall,
      r.news.falseChangesPer1000, r.brown.falseChangesPer1000, r.ppsRestored, r.ppsDetected]),
  )
}
