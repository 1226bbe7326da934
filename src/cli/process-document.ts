/** Restore one document and render it: the work each worker thread (or the main thread) does. */

import { formatHtml, formatHtmlSection } from '../format/format-html.js'
import { formatAnsi } from '../format/format-ansi.js'
import { formatInline } from '../format/format-inline.js'
import { markJson, resultJson } from '../format/format-json.js'
import { formatMarkdown } from '../format/format-markdown.js'
import type { Level, Mark, Restorer, RestoreResult, RestoreWarning, SkippedCandidate, SpinAssessment } from '../index.js'
import type { CliFormat, MarkupKind } from './args.js'
import { formatSuspectsMarkdown, formatSuspectsText, listSuspects } from './detect.js'
import type { DocumentTask } from './documents.js'
import { createHeapBudget } from './heap-budget.js'
import { spinScoreOf, SCORE_LABEL } from './score.js'

/** How documents are rendered; the same for every document of a run. */
export interface RenderSettings {
  readonly format: CliFormat
  readonly detect: boolean
}

/**
 * A document task plus its markup (which parts are prose) and how its HTML is wanted: a whole page,
 * or a report section with this element id.
 */
export interface RenderTask extends DocumentTask {
  readonly sectionId: string | undefined
  readonly markup: MarkupKind
}

/** What the report summary and `--fail-on-spin` need to know about a document. */
export interface DocumentSummary {
  readonly score: number
  readonly counts: Readonly<Record<Level | 'skipped', number>>
}

/** A restored and rendered document. Plain data, so it crosses from worker threads unchanged. */
export interface DocumentOutput {
  readonly seq: number
  readonly sourceIndex: number
  readonly name: string
  /** Element id of its section in an HTML report, when it is rendered as one. */
  readonly sectionId: string | undefined
  /** The document in the run's format, without separators between documents. */
  readonly rendered: string
  readonly summary: DocumentSummary
  /** Messages of the restorer's warnings (shadowed entries, ...). */
  readonly warnings: readonly string[]
}

/** Restore `task.text` with `restorer` (unless `restored` is given) and render it as `settings` say. */
export function processDocument(restorer: Restorer, task: RenderTask, settings: RenderSettings, restored?: RestoreResult): DocumentOutput {
  // Per-call option: one restorer serves every markup kind.
  const result = restored ?? restorer.restore(task.text, { inputFormat: task.markup })
  const score = spinScoreOf(result)
  const counts = { high: 0, medium: 0, low: 0, skipped: result.skipped.length }
  for (const mark of result.marks) counts[mark.level]++
  return {
    seq: task.seq,
    sourceIndex: task.sourceIndex,
    name: task.name,
    sectionId: task.sectionId,
    rendered: render(result, task, score, settings),
    summary: { score, counts },
    warnings: result.warnings.map((w) => w.message),
  }
}

/**
 * `restorer.restore(task.text)` through `restoreStream`, reporting the fraction done (0..1) as the
 * windows are read, within a heap budget (heap-budget.ts): the same result, for a large document.
 */
export async function restoreWithProgress(restorer: Restorer, task: RenderTask, onFraction: (fraction: number) => void): Promise<RestoreResult> {
  const budget = createHeapBudget()
  const parts: string[] = []
  const marks: Mark[] = []
  const skipped: SkippedCandidate[] = []
  let spin: SpinAssessment | undefined
  let warnings: readonly RestoreWarning[] = []
  const onProgress = (p: { pass: number; passes: number; done: number; total: number }) => {
    budget.check()
    onFraction((p.pass - 1 + (p.total > 0 ? p.done / p.total : 1)) / p.passes)
  }
  for await (const piece of restorer.restoreStream([task.text], { inputFormat: task.markup, onProgress })) {
    parts.push(piece.text)
    for (const mark of piece.marks) marks.push(mark)
    for (const candidate of piece.skipped) skipped.push(candidate)
    if (piece.warnings.length > 0) warnings = piece.warnings
    spin = piece.spin
  }
  return { text: parts.join(''), marks, skipped, warnings, ...(spin ? { spin } : {}) }
}

function render(result: RestoreResult, task: RenderTask, score: number, settings: RenderSettings): string {
  const { format, detect } = settings
  if (format === 'html') {
    // --detect does not rewrite: its report opens on the spun text, with the switch to the restored one.
    const common = { includeSkipped: true, spinScore: score, scoreLabel: SCORE_LABEL, showSpun: detect }
    return task.sectionId !== undefined
      ? formatHtmlSection(result, { ...common, id: task.sectionId, heading: task.name })
      : formatHtml(result, { ...common, title: `unspin: ${task.name}` })
  }
  if (detect) {
    const suspects = listSuspects(result, task.text)
    if (format === 'json') return JSON.stringify({ name: task.name, score, suspects }, null, 2)
    if (format === 'jsonl') return JSON.stringify({ id: task.id, score, suspects })
    if (format === 'markdown') return formatSuspectsMarkdown(task.name, score, suspects)
    return formatSuspectsText(task.name, score, suspects)
  }
  switch (format) {
    case 'text':
      return result.text
    case 'inline':
      return formatInline(result)
    case 'ansi':
      return formatAnsi(result)
    case 'markdown':
      // A Markdown document keeps its own formatting; other text is escaped to show as written.
      return formatMarkdown(result, task.markup === 'markdown')
    case 'json':
      return JSON.stringify({ name: task.name, score, ...resultJson(result, true) }, null, 2)
    case 'jsonl':
      return JSON.stringify({ id: task.id, text: result.text, marks: result.marks.map(markJson), skipped: result.skipped.length, score })
  }
}
