/**
 * HTML rendering: a self-contained page, fragment, or multi-document report. Tooltips and the
 * spun/restored view switch are CSS only (a checkbox and sibling selectors), so pages carry no
 * script, work with the keyboard and show the restored view when CSS or JS is unavailable.
 */

import type { Level, RestoreResult } from '../types.js'
import { type MarkSegment, percent, splitSegments } from './segments.js'

/** Options `formatHtml` reads (see `FormatOptions`; `spinScore` and `scoreLabel` are for the CLI). */
export interface HtmlOptions {
  readonly includeSkipped?: boolean
  readonly htmlDocument?: boolean
  readonly title?: string
  /** A spin score in `[0, 1]` to show in the summary (optional; not shown when absent). */
  readonly spinScore?: number
  /** What to call the score (default: "Spin score"). */
  readonly scoreLabel?: string
  /** Open with the spun text shown (the switch on) instead of the restored text (default false). */
  readonly showSpun?: boolean
}

/** Options for `formatHtmlSection`: one document of a multi-document report. */
export interface HtmlSectionOptions {
  /** Element id of the section, unique in the report, e.g. `doc-3`. */
  readonly id: string
  /** The document's name (file or JSONL id), shown as its heading. */
  readonly heading: string
  readonly includeSkipped?: boolean
  readonly spinScore?: number
  readonly scoreLabel?: string
}

/** One row of a report: the section made by `formatHtmlSection` and what the summary table shows. */
export interface HtmlReportDocument {
  /** The section's element id (the table links to `#id`). */
  readonly id: string
  readonly name: string
  readonly spinScore?: number
  readonly counts: Readonly<Record<Level | 'skipped', number>>
  /** The section HTML from `formatHtmlSection`, or an error message to show instead (`error`). */
  readonly section?: string
  readonly error?: string
}

/** Options for `formatHtmlReport`. */
export interface HtmlReportOptions {
  readonly title?: string
  readonly scoreLabel?: string
  /** Open with the spun text shown (default false: the restored text). */
  readonly showSpun?: boolean
}

const DEFAULT_TITLE = 'unspin: restored text'
const REPORT_TITLE = 'unspin report'
const LEVELS: readonly Level[] = ['high', 'medium', 'low']
const HTML_SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

// Dark text on light tints keeps every level above WCAG AA (>= 12:1); the underline style also
// differs per level so the bands do not rely on colour alone. Links (#0b57d0 on white) are 6.6:1.
// The view switch: `.unspin-view` is a checkbox placed before the text; when checked, every
// `.unspin-r` (restored) after it hides and every `.unspin-s` (spun, `hidden` by default) shows.
// Exported for the web page (examples/web), which draws its marks with the same classes.
export const HTML_CSS = `.unspin{font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;max-width:48em;margin:0 auto;padding:1em}
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
.unspin-vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;user-select:none}
.unspin-s,.unspin-tip>span.unspin-s{display:none}
.unspin-view:checked~* .unspin-r{display:none}
.unspin-view:checked~* .unspin-s{display:inline}
.unspin-view:checked~* .unspin-tip>span.unspin-s{display:block}
.unspin-view{width:1.1em;height:1.1em;margin:0 .4em 0 0;vertical-align:-.15em;accent-color:#0b57d0}
.unspin-view:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
.unspin-view-label{font-weight:600;cursor:pointer}
.unspin-table{border-collapse:collapse;margin:1em 0;width:100%}
.unspin-table caption{text-align:left;font-weight:600}
.unspin-table th,.unspin-table td{border-bottom:1px solid #d0d7de;padding:.25em .6em;text-align:left}
.unspin-table .unspin-num{text-align:right;font-variant-numeric:tabular-nums}
.unspin a{color:#0b57d0}
.unspin a:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}
.unspin-doc{border-top:1px solid #d0d7de;margin-top:1.5em}
.unspin-error{color:#b3261e}`

/** Escape `&`, `<`, `>`, `"` and `'` so `text` is safe in element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_SPECIAL[char] ?? char)
}

/**
 * Render the restored text as HTML: a standalone page (default) or, with `htmlDocument: false`, a
 * fragment carrying its own `<style>`. Each change is a focusable `<mark>` with `data-*`
 * attributes, a `title`, a CSS tooltip on hover/focus, and a visually hidden note naming the spun
 * form for assistive technology. When there are changes, a switch (a checkbox) shows the spun
 * text instead. No scripts and no external resources.
 */
export function formatHtml(result: RestoreResult, options: HtmlOptions = {}): string {
  const segments = splitSegments(result)
  const marks = segments.filter((s): s is MarkSegment => s.kind === 'mark')
  const switchId = options.htmlDocument === false ? `unspin-view-${hash(result.text)}` : 'unspin-view'
  const body = [
    options.title !== undefined || options.htmlDocument !== false ? `<h1>${escapeHtml(options.title ?? DEFAULT_TITLE)}</h1>` : '',
    summaryHtml(marks, options),
    marks.length > 0 ? viewSwitchHtml(switchId, options.showSpun) : '',
    textHtml(segments),
    options.includeSkipped ? skippedHtml(result) : '',
  ].filter(Boolean)
  if (options.htmlDocument === false) return [`<div class="unspin">`, `<style>${HTML_CSS}</style>`, ...body, `</div>`].join('\n')
  return page(options.title ?? DEFAULT_TITLE, body)
}

/**
 * One document of a multi-document report: a `<section>` with a heading, its summary, the text
 * and (with `includeSkipped`) the skipped candidates. It relies on the report page's styles and
 * view switch, so it is only useful inside `formatHtmlReport`.
 */
export function formatHtmlSection(result: RestoreResult, options: HtmlSectionOptions): string {
  const segments = splitSegments(result)
  const id = escapeHtml(options.id)
  return [
    `<section class="unspin-doc" id="${id}" aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">${escapeHtml(options.heading)}</h2>`,
    summaryHtml(segments.filter((s): s is MarkSegment => s.kind === 'mark'), options),
    textHtml(segments),
    options.includeSkipped ? skippedHtml(result) : '',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n')
}

/**
 * A self-contained page for several documents: totals, one view switch for all of them, a table
 * with each document's score and counts by level (linking to its section), then the sections.
 */
export function formatHtmlReport(documents: readonly HtmlReportDocument[], options: HtmlReportOptions = {}): string {
  const scoreLabel = options.scoreLabel ?? 'Spin score'
  const total = (key: Level | 'skipped'): number => documents.reduce((sum, d) => sum + d.counts[key], 0)
  const changes = LEVELS.reduce((sum, level) => sum + total(level), 0)
  const scored = documents.filter((d) => d.spinScore !== undefined)
  const top = scored.reduce<HtmlReportDocument | undefined>((best, d) => (best === undefined || d.spinScore! > best.spinScore! ? d : best), undefined)
  const chips = LEVELS.map((level) => `<span class="unspin-chip unspin-${level}">${total(level)} ${level}</span>`).join(', ')
  const summary =
    `<p class="unspin-summary">${count(documents.length, 'document')}, ${count(changes, 'change')}: ${chips} confidence; ${count(total('skipped'), 'skipped candidate')}.` +
    (top ? ` Highest ${escapeHtml(scoreLabel.toLowerCase())}: <strong>${top.spinScore!.toFixed(3)}</strong> (${escapeHtml(top.name)}).` : '') +
    '</p>'
  const rows = documents.map((d) => {
    const cells = [d.spinScore === undefined ? '–' : d.spinScore.toFixed(3), ...LEVELS.map((l) => String(d.counts[l])), String(d.counts.skipped)]
    return `<tr><th scope="row"><a href="#${escapeHtml(d.id)}">${escapeHtml(d.name)}</a></th>${cells.map((c) => `<td class="unspin-num">${c}</td>`).join('')}</tr>`
  })
  const table = [
    '<table class="unspin-table">',
    '<caption>Documents</caption>',
    `<thead><tr><th scope="col">Document</th><th scope="col" class="unspin-num">${escapeHtml(scoreLabel)}</th>` +
      LEVELS.map((l) => `<th scope="col" class="unspin-num">${l[0]!.toUpperCase()}${l.slice(1)}</th>`).join('') +
      '<th scope="col" class="unspin-num">Skipped</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n')
  const sections = documents.map((d) => d.section ?? errorSection(d))
  const title = options.title ?? REPORT_TITLE
  return page(title, [`<h1>${escapeHtml(title)}</h1>`, summary, changes > 0 ? viewSwitchHtml('unspin-view', options.showSpun) : '', documents.length > 0 ? table : '', ...sections].filter(Boolean))
}

function page(title: string, body: readonly string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>body{margin:0;background:#fff}\n${HTML_CSS}</style>`,
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

// A native checkbox with role="switch": Tab reaches it, Space toggles it, and it needs no script.
function viewSwitchHtml(id: string, checked = false): string {
  return (
    `<input type="checkbox" role="switch" class="unspin-view" id="${id}" aria-describedby="${id}-help"${checked ? ' checked' : ''}>` +
    `<label class="unspin-view-label" for="${id}">Show the spun text</label>` +
    `<span class="unspin-vh" id="${id}-help">Switches every highlighted change between the restored and the spun wording.</span>`
  )
}

function textHtml(segments: ReturnType<typeof splitSegments>): string {
  return `<div class="unspin-text">${segments.map((s) => (s.kind === 'plain' ? escapeHtml(s.text) : markHtml(s))).join('')}</div>`
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
  const tip =
    `<span class="unspin-s" hidden>Restored: ${escapeHtml(segment.text)}</span>` +
    rows.map(([label, value]) => `<span>${label}: ${label === 'Spun' ? `<del>${escapeHtml(value)}</del>` : escapeHtml(value)}</span>`).join('')
  const restored = `${escapeHtml(segment.text)}<span class="unspin-vh"> (replaced <del>${escapeHtml(mark.found)}</del>, ${percent(mark.confidence)} confidence)</span>`
  const spun = `${escapeHtml(mark.found)}<span class="unspin-vh"> (spun; restored as ${escapeHtml(segment.text)}, ${percent(mark.confidence)} confidence)</span>`
  return `<mark${attrs}><span class="unspin-r">${restored}</span><span class="unspin-s" hidden>${spun}</span><span class="unspin-tip" aria-hidden="true">${tip}</span></mark>`
}

function summaryHtml(marks: readonly MarkSegment[], options: { spinScore?: number; scoreLabel?: string }): string {
  const score =
    options.spinScore === undefined ? '' : `<span class="unspin-score">${escapeHtml(options.scoreLabel ?? 'Spin score')}: <strong>${options.spinScore.toFixed(3)}</strong></span>. `
  if (marks.length === 0) return `<p class="unspin-summary">${score}No changes.</p>`
  const chips = LEVELS.map((level) => {
    const n = marks.filter((m) => m.level === level).length
    return `<span class="unspin-chip unspin-${level}">${n} ${level}</span>`
  })
  return `<p class="unspin-summary">${score}${count(marks.length, 'change')}: ${chips.join(', ')} confidence.</p>`
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

function errorSection(document: HtmlReportDocument): string {
  const id = escapeHtml(document.id)
  return `<section class="unspin-doc" id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${escapeHtml(document.name)}</h2>\n<p class="unspin-error">Not restored: ${escapeHtml(document.error ?? 'unknown error')}</p>\n</section>`
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

// FNV-1a over the text: a stable id suffix so several fragments on one page get distinct ids.
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(36)
}
