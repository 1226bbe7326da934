/**
 * The reader's review of one result, without the DOM: which changes are accepted, the text that
 * gives, and the HTML of the text with each change as a toggle button. The text between changes is
 * the input's (the library's invariant), so the output differs from the input only where a change
 * is accepted.
 */
import { escapeHtml } from '../../src/format/format-html.js'
import { percent, splitSegments, type MarkSegment } from '../../src/format/segments.js'
import type { Mark, RestoreResult } from '../../src/browser.js'

/** The wording a change shows: restored when accepted (and not viewing the spun text), else spun. */
export function shownText(segment: MarkSegment, accepted: boolean, spunView: boolean): string {
  return accepted && !spunView ? segment.text : segment.mark.found
}

/** The text to copy or download: the input with the accepted changes only. */
export function reviewedText(result: RestoreResult, accepted: readonly boolean[]): string {
  let i = 0
  return splitSegments(result)
    .map((segment) => (segment.kind === 'plain' ? segment.text : shownText(segment, accepted[i++] ?? true, false)))
    .join('')
}

/** Indexes (in `result.marks` order) of the marks at or above `minConfidence` (0..1). */
export function marksAtOrAbove(marks: readonly Mark[], minConfidence: number): number[] {
  return marks.flatMap((mark, i) => (mark.confidence >= minConfidence ? [i] : []))
}

/** The visually hidden words a screen reader hears after a change's wording. */
export function changeNote(mark: Mark, accepted: boolean, spunView: boolean): string {
  if (spunView) return ` (spun; restores to “${mark.restored}”)`
  return accepted ? ` (restored; was “${mark.found}”)` : ` (kept the spun wording; “${mark.restored}” rejected)`
}

/** HTML of the text: plain runs escaped, each change a toggle button with its tooltip. */
export function textHtml(result: RestoreResult, accepted: readonly boolean[], spunView: boolean): string {
  let i = 0
  return splitSegments(result)
    .map((segment) => (segment.kind === 'plain' ? escapeHtml(segment.text) : changeHtml(segment, i, accepted[i++] ?? true, spunView)))
    .join('')
}

/** One change: its button (wording shown, decision in `aria-pressed`) and its tooltip (`i` in marks order). */
export function changeHtml(segment: MarkSegment, i: number, accepted: boolean, spunView: boolean): string {
  const { mark, level } = segment
  const alternatives = mark.alternatives.map((a) => `${a.restored} (${percent(a.confidence)})`).join(', ')
  const rows = [
    `Spun: <del>${escapeHtml(mark.found)}</del>`,
    `Restored: ${escapeHtml(segment.text)}`,
    `Confidence: ${percent(mark.confidence)} (${level})`,
    ...(alternatives ? [`Alternatives: ${escapeHtml(alternatives)}`] : []),
    `Source: ${escapeHtml(mark.entryId ? `${mark.source} (${mark.entryId})` : mark.source)}`,
  ]
  return (
    `<span class="change">` +
    `<button type="button" class="unspin-mark unspin-${level}${accepted ? '' : ' rejected'}" data-i="${i}" aria-pressed="${accepted}" aria-describedby="tip-${i}"` +
    ` data-found="${escapeHtml(mark.found)}" data-restored="${escapeHtml(mark.restored)}" data-confidence="${mark.confidence}">` +
    `<span class="shown">${escapeHtml(shownText(segment, accepted, spunView))}</span><span class="unspin-vh">${escapeHtml(changeNote(mark, accepted, spunView))}</span></button>` +
    `<span class="unspin-tip" role="tooltip" id="tip-${i}">${rows.map((row) => `<span>${row}</span>`).join('')}<span>${accepted ? 'Accepted: press to reject' : 'Rejected: press to accept'}</span></span>` +
    `</span>`
  )
}
