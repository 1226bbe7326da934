import { readFileSync } from 'node:fs'
import { parseDocument } from 'htmlparser2'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { undoMarks } from '../../src/apply/apply-marks.js'
import { findNonProseRanges, type InputFormat } from '../../src/markup/find-non-prose-ranges.js'
import type { RestoreResult } from '../../src/types.js'
import { loadDictionary } from '../../src/index.js'
import { testDictionary } from '../properties/arbitraries.js'
import { createMarkupRestorer } from './helpers.js'

// Protection is checked with every built-in dictionary; the exact list of restorations with a
// fixed dictionary of high-prior entries, so that it does not move when the built-in data does.
const restorer = createMarkupRestorer()
const fixed = createMarkupRestorer([
  testDictionary,
  loadDictionary({
    version: 1,
    name: 'markup-test',
    entries: [
      { spun: 'instructed', original: 'told', prior: 0.95 },
      { spun: 'in any other case', original: 'otherwise', prior: 0.95 },
      { spun: 'in the present day', original: 'today', prior: 0.95 },
      { spun: 'particular army operation', original: 'special military operation', prior: 0.95 },
      { spun: 'Supply hyperlink', original: 'Source link', prior: 0.97 },
    ],
  }),
])
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

/** Where input offset `at` (outside every mark) lands in the output. */
function outputOffset(result: RestoreResult, at: number): number {
  let shift = 0
  for (const mark of result.marks) if (mark.end <= at) shift += mark.restored.length - mark.found.length
  return at + shift
}

/** Every non-prose range of the input appears unchanged, byte for byte, in the output. */
function expectMarkupUnchanged(input: string, format: InputFormat, result: RestoreResult): void {
  const ranges = findNonProseRanges(input, format)
  for (const [start, end] of ranges) {
    for (const mark of result.marks) expect(mark.end <= start || mark.start >= end, `mark "${mark.found}" at ${mark.start} overlaps markup at ${start}`).toBe(true)
    const at = outputOffset(result, start)
    expect(result.text.slice(at, at + end - start)).toBe(input.slice(start, end))
  }
  expect(undoMarks(result.text, result.marks)).toBe(input)
}

const CODE = new Set(['script', 'style', 'code', 'pre', 'kbd', 'textarea', 'svg'])

/** The element tree with attributes, comments and code verbatim and prose text reduced to "#text". */
function htmlShape(html: string): unknown {
  const shape = (node: any, inCode: boolean): unknown => {
    if (node.type === 'text') return inCode ? node.data : '#text'
    if (node.type === 'comment' || node.type === 'directive') return { [node.type]: node.data }
    const code = inCode || CODE.has(node.name)
    return { name: node.name, attribs: node.attribs, children: (node.children ?? []).map((c: unknown) => shape(c, code)) }
  }
  return shape(parseDocument(html), false)
}

/** The mdast tree without positions and without the values of text nodes. */
function markdownShape(markdown: string): unknown {
  return JSON.parse(JSON.stringify(fromMarkdown(markdown), (key, value) => (key === 'position' ? undefined : value?.type === 'text' ? { type: 'text' } : value)))
}

describe('an HTML news page', () => {
  const input = fixture('news-article.html')
  const result = restorer.restore(input, { inputFormat: 'html' })

  it('restores the prose: title, headings, paragraphs, links, footer', () => {
    expect(fixed.restore(input, { inputFormat: 'html' }).marks.map((m) => `${m.found} -> ${m.restored}`)).toEqual([
      'White Home -> White House', // <title>
      'Information company -> News agency', // nav link text
      'White Home -> White House', // h1
      'With Out -> Without',
      'instructed -> told',
      'information company -> news agency',
      'with out -> without', // "with out" ends a line inside <p>
      'In any other case -> Otherwise',
      'in the present day -> today',
      'particular army operation -> special military operation',
      'with out -> without', // between &lt; and &gt;: the entities stay
      'with out -> without', // blockquote
      'Supply hyperlink -> Source link',
      'information company -> news agency', // footer
      'with out -> without',
    ])
  })

  it('leaves tags, attributes, entities, comments, CDATA, scripts, styles and code byte for byte', () => {
    expectMarkupUnchanged(input, 'html', result)
    for (const kept of [
      'content="Officials spoke with out a pause to the information company"',
      'title="with out borders"',
      'data-summary="White Home with out comment"',
      '<!-- nav: with out this block the page has no menu -->',
      '<![CDATA[ with out ]]>',
      'content: "with out";',
      '"headline": "White Home officers stated with out delay"',
      "const agency = 'information company'",
      '<code>withOut(with out)</code>',
      '<kbd>with out</kbd>',
      '<p translate="no">Brand name: With Out Limits Information Company.</p>',
      '<textarea name="comment" placeholder="with out">with out</textarea>',
      '<text x="0" y="9">with out</text>',
      'alt="White Home with out flags"',
      'console.log("</p> with out")',
      'news@information-company.example',
      'https://example.com/with/out',
      'with <b>out</b> a pause',
      '&lt;without&gt;',
      '&amp; Wire Reports &middot;',
    ])
      expect(result.text).toContain(kept)
  })

  it('is still the same HTML: elements, attributes, comments and code unchanged', () => {
    expect(htmlShape(result.text)).toEqual(htmlShape(input))
  })

  it('would damage the page as plain text, which is why the option exists', () => {
    const plain = restorer.restore(input)
    expect(plain.text).not.toContain('title="with out borders"')
    expect(htmlShape(plain.text)).not.toEqual(htmlShape(input))
  })
})

describe('a Markdown post', () => {
  const input = fixture('blog-post.md')
  const result = restorer.restore(input, { inputFormat: 'markdown' })

  it('restores the prose: headings, paragraphs, quotes, lists, link text, tables', () => {
    expect(fixed.restore(input, { inputFormat: 'markdown' }).marks.map((m) => `${m.found} -> ${m.restored}`)).toEqual([
      'White Home -> White House', // heading
      'With Out -> Without',
      'instructed -> told',
      'information company -> news agency',
      'with out -> without', // inside *emphasis*
      'In any other case -> Otherwise',
      'in the present day -> today',
      'particular army operation -> special military operation',
      'with out -> without', // block quote
      'information company -> news agency', // inside **strong**
      'with out -> without', // list item
      'information company -> news agency', // inline link text
      'with out -> without', // full reference link text
      'with out -> without', // nested ordered list
      'information company -> news agency', // table cell
      'with out -> without', // table cell
      'with out -> without', // text inside inline HTML
      'with out -> without', // between escapes
      'Supply hyperlink -> Source link',
    ])
  })

  it('leaves front matter, code, URLs, labels, inline HTML, escapes and entities byte for byte', () => {
    expectMarkupUnchanged(input, 'markdown', result)
    for (const kept of [
      '---\ntitle: White Home officers stated with out delay\ntags: [with out, information company]\n---',
      '(https://example.com/with-out/information-company "with out comment")',
      '<https://example.com/with/out>',
      '<news@information-company.example>',
      '[wob]',
      '[information company][]',
      '`with out`',
      '``a `with out` b``',
      "const agency = 'information company'",
      '    indented code: with out',
      'with <b>out</b> a pause',
      '<span title="with out">',
      '\\*without\\* &amp; &copy; AT&T',
      '<div class="note">\nAn HTML block with out a blank line is raw HTML.\n</div>',
      '![White Home with out flags](/img/with-out.png "with out")',
      '[wob]: https://example.com/with-out-borders "with out borders"',
    ])
      expect(result.text).toContain(kept)
  })

  it('is still the same Markdown: the mdast tree has the same shape', () => {
    expect(markdownShape(result.text)).toEqual(markdownShape(input))
  })
})

describe('phrases never span markup', () => {
  it.each<[InputFormat, string]>([
    ['html', 'He left with <b>out</b> a word.'],
    ['html', 'He left with<br>out a word.'],
    ['html', 'He left with <!-- x --> out a word.'],
    ['html', 'He left with&nbsp;out a word.'],
    ['html', 'He left with&#32;out a word.'],
    ['html', 'He left <i>with</i> out a word.'],
    ['markdown', 'He left with *out* a word.'],
    ['markdown', 'He left with `out` a word.'],
    ['markdown', 'He left with <b>out</b> a word.'],
    ['markdown', 'He left [with](/x) out a word.'],
    ['markdown', 'He left with\\ out a word.'],
  ])('%s: %s', (inputFormat, input) => {
    expect(restorer.restore(input, { inputFormat }).marks).toEqual([])
    expect(restorer.restore(input.replace(/<[^>]+>|[*`]|&[^;]+;|\[|\]\(\/x\)|\\/g, ' ').replace(/ +/g, ' '), { inputFormat }).marks).toHaveLength(1)
  })

  it('still restores a phrase inside one element', () => {
    expect(restorer.restore('<p>He left <b>with out</b> a word.</p>', { inputFormat: 'html' }).text).toBe('<p>He left <b>without</b> a word.</p>')
    expect(restorer.restore('He left **with out** a word.', { inputFormat: 'markdown' }).text).toBe('He left **without** a word.')
  })
})
