import { describe, expect, it } from 'vitest'
import { formatHtml, formatHtmlReport, formatHtmlSection } from '../../src/format/format-html.js'
import type { Mark, RestoreResult } from '../../src/index.js'

// A fixed result (not the restorer's output), so these tests do not move when scoring changes.
// Input: 'Peskov instructed TASS information company on Monday, with out providing details.'
const mark = (start: number, found: string, outputStart: number, restored: string, confidence: number): Mark => ({
  start, end: start + found.length, found, outputStart, outputEnd: outputStart + restored.length, restored, confidence,
  level: confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low', alternatives: [], source: 'news-swaps', entryId: found.replace(/ /g, '-'),
})
const result: RestoreResult = {
  text: 'Peskov told TASS news agency on Monday, without providing details.',
  marks: [mark(7, 'instructed', 7, 'told', 0.55), mark(23, 'information company', 17, 'news agency', 0.85), mark(54, 'with out', 40, 'without', 0.9)],
  skipped: [],
  warnings: [],
}
const noChanges: RestoreResult = { text: 'Nothing here.', marks: [], skipped: [], warnings: [] }

describe('formatHtml view switch and score', () => {
  it('puts both wordings in each mark, the spun one hidden, and a switch before the text', () => {
    const page = formatHtml(result, { spinScore: 0.3682, scoreLabel: 'Spin score (interim)' })
    expect(page).toContain('<span class="unspin-score">Spin score (interim): <strong>0.368</strong></span>. 3 changes:')
    expect(page).toContain(
      '<input type="checkbox" role="switch" class="unspin-view" id="unspin-view" aria-describedby="unspin-view-help"><label class="unspin-view-label" for="unspin-view">Show the spun text</label>',
    )
    expect(page.indexOf('class="unspin-view"')).toBeLessThan(page.indexOf('<div class="unspin-text">'))
    expect(page).toContain(
      '<span class="unspin-r">told<span class="unspin-vh"> (replaced <del>instructed</del>, 55% confidence)</span></span>' +
        '<span class="unspin-s" hidden>instructed<span class="unspin-vh"> (spun; restored as told, 55% confidence)</span></span>',
    )
    expect(page).toContain('<span class="unspin-tip" aria-hidden="true"><span class="unspin-s" hidden>Restored: told</span><span>Spun: <del>instructed</del></span>')
    expect(page).not.toMatch(/<script/i)
  })

  it('opens on the spun text with showSpun (the switch checked)', () => {
    expect(formatHtml(result, { showSpun: true })).toContain('aria-describedby="unspin-view-help" checked><label')
    expect(formatHtml(result)).toContain('aria-describedby="unspin-view-help"><label')
    expect(formatHtmlReport([], { showSpun: true })).not.toContain(' checked>')
  })

  it('shows no switch without changes, and no score unless given', () => {
    const none = formatHtml(noChanges)
    expect(none).not.toContain('unspin-view"')
    expect(none).toContain('<p class="unspin-summary">No changes.</p>')
  })

  it('gives fragments distinct switch ids so several can share a page', () => {
    const a = formatHtml(result, { htmlDocument: false })
    const b = formatHtml({ ...result, text: `${result.text} ` }, { htmlDocument: false })
    const id = (html: string): string => /id="(unspin-view-[a-z0-9]+)"/.exec(html)![1]!
    expect(id(a)).not.toBe(id(b))
    expect(formatHtml(result, { htmlDocument: false })).toBe(a)
  })
})

describe('formatHtmlReport', () => {
  const sectionA = formatHtmlSection(result, { id: 'doc-1', heading: 'a <b>.txt', spinScore: 0.3682, scoreLabel: 'Spin score (interim)', includeSkipped: true })
  const page = formatHtmlReport(
    [
      { id: 'doc-1', name: 'a <b>.txt', spinScore: 0.3682, counts: { high: 2, medium: 1, low: 0, skipped: 0 }, section: sectionA },
      { id: 'doc-2', name: 'broken', counts: { high: 0, medium: 0, low: 0, skipped: 0 }, error: 'x.jsonl:2: "text" must be a string.' },
    ],
    { scoreLabel: 'Spin score (interim)' },
  )

  it('is one page with totals, one switch, a table linking to each section', () => {
    expect(page.match(/<!doctype html>/g)).toHaveLength(1)
    expect(page.match(/class="unspin-view"/g)).toHaveLength(1)
    expect(page).toContain('2 documents, 3 changes: <span class="unspin-chip unspin-high">2 high</span>')
    expect(page).toContain('Highest spin score (interim): <strong>0.368</strong> (a &lt;b&gt;.txt).')
    expect(page).toContain('<tr><th scope="row"><a href="#doc-1">a &lt;b&gt;.txt</a></th><td class="unspin-num">0.368</td><td class="unspin-num">2</td><td class="unspin-num">1</td><td class="unspin-num">0</td><td class="unspin-num">0</td></tr>')
    expect(page).toContain('<tr><th scope="row"><a href="#doc-2">broken</a></th><td class="unspin-num">–</td>')
    expect(page).toContain('<section class="unspin-doc" id="doc-1" aria-labelledby="doc-1-title">\n<h2 id="doc-1-title">a &lt;b&gt;.txt</h2>')
    expect(page).toContain('<p class="unspin-error">Not restored: x.jsonl:2: &quot;text&quot; must be a string.</p>')
    expect(page).not.toMatch(/<script|<link|src=|url\(/i)
  })

  it('renders an empty batch', () => {
    const empty = formatHtmlReport([])
    expect(empty).toContain('0 documents, 0 changes')
    expect(empty).not.toContain('<table')
  })
})
