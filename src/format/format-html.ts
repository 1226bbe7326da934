/** HTML rendering: a self-contained page or fragment with CSS-only tooltips on each change. */

import type { Level, RestoreResult } from '../types.js'
import { type MarkSegment, percent, splitSegments } from './segments.js'

/** Options `formatHtml` reads (see `FormatOptions`). */
export interface HtmlOptions {
  readonly includeSkipped?: boolean
  readonly htmlDocument?: boolean
  readonly title?: string
}

const DEFAULT_TITLE = 'unspin: restored text'
const LEVELS: readonly Level[] = ['high', 'medium', 'low']
const HTML_SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

// Dark text on light tints keeps every level above WCAG AA (>= 12:1); the underline style also
// differs per level so the bands do not rely on colour alone.
const CSS = `.unspin{font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;max-width:48em;margin:0 auto;padding:1em}
.unspin-text{white-space:pre-wrap;overflow-wrap:break-word}
.unspin-summary,.unspin-skipped{color:#3d3d3d}
.unspin-mark{position:relative;color:#1a1a1a;border-bottom:2px solid;border-radius:2px;padding:0 1px;cursor:help}
.unspin-high{background:#d7f5dd;border-color:#1a7f37}
.unspin-medium{background:#fff1b8;border-color:#8a5d00;border-bottom-style:dashed}
.unspin-low{background:#ffe0e6;border-color:#b3261e;border-bottom-style:dotted}
.unspin-chip{padding:0 .3em;border-radius:2px;color:#1a1a1a}
.unspin-mark:focus{outline:2px solid #0b57d0;outline-offset:1px}
.unspin-tip{display:none;position:absolute;left:0;top:100%;z-index:10;min-width:14em;max-width:24em;margin-top:4px;padding:.4em .6em;border-radius:4px;background:#1f2328;color:#fff;font-size:.875rem;line-height:1.4;white-space:normal;text-align:left}
.unspin-tip>span{display:block}
.unspin-tip del{color:#ffc4c4}
.unspin-mark:hover>.unspin-tip,.unspin-mark:focus>.unspin-tip{display:block}
.unspin-vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;user-select:none}`

/** Escape `&`, `<`, `>`, `"` and `'` so `text` is safe in element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_SPECIAL[char] ?? char)
}

/**
 * Render the restored text as HTML: a standalone page (default) or, with `htmlDocument: false`, a
 * fragment carrying its own `<style>`. Each change is a focusable `<mark>` with `data-*`
 * attributes, a `title`, a CSS tooltip on hover/focus, and a visually hidden note naming the spun
 * form for assistive technology. No scripts and no external resources.
 */
export function formatHtml(result: RestoreResult, options: HtmlOptions = {}): string {
  const segments = splitSegments(result)
  const body = [
    options.title !== undefined || options.htmlDocument !== false ? `<h1>${escapeHtml(options.title ?? DEFAULT_TITLE)}</h1>` : '',
    summaryHtml(segments.filter((s): s is MarkSegment => s.kind === 'mark')),
    `<div class="unspin-text">${segments.map((s) => (s.kind === 'plain' ? escapeHtml(s.text) : markHtml(s))).join('')}</div>`,
    options.includeSkipped ? skippedHtml(result) : '',
  ].filter(Boolean)
  if (options.htmlDocument === false) return [`<div class="unspin">`, `<style>${CSS}</style>`, ...body, `</div>`].join('\n')
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title ?? DEFAULT_TITLE)}</title>`,
    `<style>body{margin:0;background:#fff}\n${CSS}</style>`,
    '</head>',
    '<body>',
    `<main class="unspin">`,
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function markHtml(segment: MarkSegment): string {
  const { mark, level } = segment
  const alternatives = (mark.alternatives ?? []).map((a) => `${a.restored} (${percent(a.confidence)})`).join(', ')
  const source = mark.entryId ? `${mark.source} (${mark.entryId})` : mark.source
  const rows: Array<[string, string]> = [
    ['Spun', mark.found],
    ['Confidence', `${percent(mark.confidence)} (${level})`],
    ...(alternatives ? [['Alternatives', alternatives] as [string, string]] : []),
    ['Source', source],
  ]
  const attributes: Array<[string, string]> = [
    ['class', `unspin-mark unspin-${level}`],
    ['tabindex', '0'],
    ['title', rows.map(([label, value]) => `${label}: ${value}`).join('\n')],
    ['data-found', mark.found],
    ['data-restored', mark.restored],
    ['data-confidence', String(mark.confidence)],
    ['data-level', level],
    ['data-source', mark.source],
    ['data-entry-id', mark.entryId],
    ['data-start', String(mark.start)],
    ['data-end', String(mark.end)],
    ['data-alternatives', JSON.stringify((mark.alternatives ?? []).map((a) => a.restored))],
  ]
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')
  const tip = rows
    .map(([label, value]) => `<span>${label}: ${label === 'Spun' ? `<del>${escapeHtml(value)}</del>` : escapeHtml(value)}</span>`)
    .join('')
  const note = `<span class="unspin-vh"> (replaced <del>${escapeHtml(mark.found)}</del>, ${percent(mark.confidence)} confidence)</span>`
  return `<mark${attrs}>${escapeHtml(segment.text)}${note}<span class="unspin-tip" aria-hidden="true">${tip}</span></mark>`
}

function summaryHtml(marks: readonly MarkSegment[]): string {
  if (marks.length === 0) return '<p class="unspin-summary">No changes.</p>'
  const chips = LEVELS.map((level) => {
    const count = marks.filter((m) => m.level === level).length
    return `<span class="unspin-chip unspin-${level}">${count} ${level}</span>`
  })
  return `<p class="unspin-summary">${marks.length} ${marks.length === 1 ? 'change' : 'changes'}: ${chips.join(', ')} confidence.</p>`
}

function skippedHtml(result: RestoreResult): string {
  const skipped = result.skipped ?? []
  if (skipped.length === 0) return ''
  const items = skipped.map(
    (c) =>
      `<li><del>${escapeHtml(c.found)}</del> → ${escapeHtml(c.restored)} (${percent(c.confidence)}, ${escapeHtml(c.reason.replace(/-/g, ' '))})</li>`,
  )
  return `<details class="unspin-skipped"><summary>${skipped.length} skipped ${skipped.length === 1 ? 'candidate' : 'candidates'}</summary><ul>${items.join('')}</ul></details>`
}
