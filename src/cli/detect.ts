/** `--detect`: list each document's suspects (applied and skipped candidates) without rewriting it. */

import { escapeMarkdown } from '../format/format-markdown.js'
import type { Level, RestoreResult, SkipReason } from '../index.js'
import { SCORE_LABEL } from './score.js'

/** A candidate span found in the input, applied or not, with its 1-based line and column. */
export interface Suspect {
  readonly start: number
  readonly end: number
  readonly line: number
  readonly column: number
  readonly found: string
  readonly restored: string
  readonly confidence: number
  readonly level: Level
  /** Whether a restore at this threshold would apply it. */
  readonly applied: boolean
  /** Why it would not be applied, when `applied` is false. */
  readonly reason?: SkipReason
  readonly source: string
  readonly entryId: string
}

/** Every mark and skipped candidate of `result`, in input order, located in `text` (the input). */
export function listSuspects(result: RestoreResult, text: string): Suspect[] {
  const all = [
    ...result.marks.map((m) => ({ candidate: m, applied: true, reason: undefined })),
    ...result.skipped.map((s) => ({ candidate: s, applied: false, reason: s.reason })),
  ].sort((a, b) => a.candidate.start - b.candidate.start || a.candidate.end - b.candidate.end)
  let line = 1
  let lineStart = 0
  let cursor = 0
  return all.map(({ candidate: c, applied, reason }) => {
    for (; cursor < c.start; cursor++) {
      if (text.charCodeAt(cursor) === 10) {
        line++
        lineStart = cursor + 1
      }
    }
    return {
      start: c.start,
      end: c.end,
      line,
      column: c.start - lineStart + 1,
      found: c.found,
      restored: c.restored,
      confidence: c.confidence,
      level: c.level,
      applied,
      ...(reason === undefined ? {} : { reason }),
      source: c.source,
      entryId: c.entryId,
    }
  })
}

/** Plain-text listing: a header line with the score, then one line per suspect. */
export function formatSuspectsText(name: string, score: number, suspects: readonly Suspect[]): string {
  const applied = suspects.filter((s) => s.applied).length
  const head = `${name}: ${SCORE_LABEL.toLowerCase()} ${score.toFixed(3)}, ${plural(suspects.length, 'suspect')} (${applied} would be restored)`
  const rows = suspects.map((s) => {
    const where = `${s.line}:${s.column}`.padEnd(8)
    const change = `${s.found} -> ${s.restored}`.padEnd(40)
    const note = s.applied ? '' : ` (${s.reason?.replace(/-/g, ' ')})`
    return `  ${where} ${change} ${`${Math.round(s.confidence * 100)}%`.padStart(4)} ${s.level.padEnd(6)} ${s.source}/${s.entryId}${note}`
  })
  return [head, ...rows].join('\n') + '\n'
}

/** Markdown listing: the score, then a table of suspects. */
export function formatSuspectsMarkdown(name: string, score: number, suspects: readonly Suspect[]): string {
  const head = `${SCORE_LABEL} of ${escapeMarkdown(name)}: **${score.toFixed(3)}**, ${plural(suspects.length, 'suspect')}.`
  if (suspects.length === 0) return head + '\n'
  const rows = suspects.map(
    (s) =>
      `| ${s.line}:${s.column} | ${escapeMarkdown(s.found)} | ${escapeMarkdown(s.restored)} | ${Math.round(s.confidence * 100)}% ${s.level} | ` +
      `${s.applied ? 'yes' : `no (${s.reason?.replace(/-/g, ' ')})`} | ${escapeMarkdown(`${s.source}/${s.entryId}`)} |`,
  )
  return [head, '', '| where | spun | original | confidence | restored | entry |', '|---|---|---|---|---|---|', ...rows].join('\n') + '\n'
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
