import { levelOf as levelFromConfidence } from '../confidence.js'
/** Shared helpers for the mark formatters: split the restored text into plain and marked runs. */

import { argumentError } from '../errors.js'
import type { Level, Mark, RestoreResult } from '../types.js'

/** A run of `result.text` that no mark covers. */
export interface PlainSegment {
  readonly kind: 'plain'
  readonly text: string
}

/** A run of `result.text` covered by one mark; `text` is the output slice, `level` is always valid. */
export interface MarkSegment {
  readonly kind: 'mark'
  readonly text: string
  readonly mark: Mark
  readonly level: Level
}

export type Segment = PlainSegment | MarkSegment

const LEVELS: ReadonlySet<string> = new Set<Level>(['high', 'medium', 'low'])

/**
 * Split `result.text` into plain and mark segments using `outputStart`/`outputEnd` only. The text
 * between marks is sliced, never searched for, so repeated words and lookalikes cannot misplace a
 * mark. Empty plain runs are left out. Throws a `TypeError` when a mark lies outside the text or
 * overlaps another one.
 */
export function splitSegments(result: RestoreResult): Segment[] {
  const { text } = result
  // Marks come in input order, which is also output order; sorting a copy only guards callers
  // that built results by hand.
  const marks = [...result.marks].sort((a, b) => a.outputStart - b.outputStart)
  const segments: Segment[] = []
  let cursor = 0
  for (const mark of marks) {
    const { outputStart: start, outputEnd: end } = mark
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < cursor || end < start || end > text.length) {
      throw argumentError(
        `expected every mark to lie inside \`result.text\` (length ${text.length}) without overlapping, ` +
          `got outputStart ${String(start)}, outputEnd ${String(end)} after offset ${cursor}`,
      )
    }
    if (start > cursor) segments.push({ kind: 'plain', text: text.slice(cursor, start) })
    segments.push({ kind: 'mark', text: text.slice(start, end), mark, level: levelOf(mark) })
    cursor = end
  }
  if (cursor < text.length) segments.push({ kind: 'plain', text: text.slice(cursor) })
  return segments
}

/** The mark's `level`, or one derived from its confidence when the level is missing or unknown. */
export function levelOf(mark: { readonly level: unknown; readonly confidence: number }): Level {
  if (typeof mark.level === 'string' && LEVELS.has(mark.level)) return mark.level as Level
  return levelFromConfidence(mark.confidence)
}

/** A confidence in `[0, 1]` as an integer percent string, e.g. `0.62` -> `"62%"`. */
export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`
}
