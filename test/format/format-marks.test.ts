import { describe, expect, it } from 'vitest'
import { formatMarks, MARK_FORMATS, type MarkFormat } from '../../src/format/format-marks.js'
import type { Alternative, Level, Mark, RestoreResult, SkippedCandidate } from '../../src/types.js'

const levelFor = (confidence: number): Level => (confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low')

/** A mark whose offsets are computed from the strings: the `nth` occurrence of `restored` (and of `found`, when it repeats). */
function change(
  input: string,
  output: string,
  found: string,
  restored: string,
  confidence: number,
  alternatives: Alternative[] = [],
  nth = 0,
): Mark {
  const start = nthIndex(input, found, Math.min(nth, count(input, found) - 1))
  const outputStart = nthIndex(output, restored, nth)
  return {
    start,
    end: start + found.length,
    outputStart,
    outputEnd: outputStart + restored.length,
    found,
    restored,
    confidence,
    level: levelFor(confidence),
    alternatives,
    source: 'news-thesaurus',
    entryId: `${found}-${restored}`.replace(/\s+/g, '-'),
  }
}

const count = (text: string, part: string): number => text.split(part).length - 1

function nthIndex(text: string, part: string, nth: number): number {
  let index = -1
  for (let i = 0; i <= nth; i++) index = text.indexOf(part, index + 1)
  if (index < 0) throw new Error(`test setup: "${part}" not in "${text}"`)
  return index
}

function result(text: string, marks: Mark[], skipped: SkippedCandidate[] = []): RestoreResult {
  return { text, marks, skipped, warnings: [{ code: 'shadowed-entry', message: 'entry "x" shadowed', source: 'news-thesaurus' }] }
}

const IN = 'Peskov instructed TASS information company on Monday.'
const OUT = 'Peskov told TASS news agency on Monday.'
const said: Alternative = { restored: 'said', confidence: 0.31, level: 'low', entryId: 'instructed-said', source: 'news-thesaurus' }
const peskov = result(OUT, [change(IN, OUT, 'instructed', 'told', 0.62, [said]), change(IN, OUT, 'information company', 'news agency', 0.91)])

// CRLF line ends and astral-plane emoji both before, inside and after a mark.
const CRLF_IN = 'Done 👍\r\nPeskov instructed 🚀 TASS\r\nthe 🙂 huge 🙂 cat\r\n'
const CRLF_OUT = 'Done 👍\r\nPeskov told 🚀 TASS\r\nthe 🙂 big 🙂 cat\r\n'
const crlf = result(CRLF_OUT, [change(CRLF_IN, CRLF_OUT, 'instructed 🚀', 'told 🚀', 0.85), change(CRLF_IN, CRLF_OUT, 'huge', 'big', 0.4)])

const low = result('big red dog', [change('huge red dog', 'big red dog', 'huge', 'big', 0.3)])
const none = result('Nothing was spun here.\r\nReally 👍.', [])
// The same restored word twice: offsets, not text search, must decide which one is marked.
const TWICE_IN = 'told a tale, then instructed him'
const TWICE_OUT = 'told a tale, then told him'
const twice = result(TWICE_OUT, [change(TWICE_IN, TWICE_OUT, 'instructed', 'told', 0.7, [], 1)])

const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '')

describe('formatMarks inline', () => {
  it.each<[string, RestoreResult, string]>([
    ['two changes', peskov, 'Peskov [told <- instructed, 62%] TASS [news agency <- information company, 91%] on Monday.'],
    ['a change at both ends', low, '[big <- huge, 30%] red dog'],
    ['repeated restored word', twice, 'told a tale, then [told <- instructed, 70%] him'],
    ['CRLF and emoji', crlf, 'Done 👍\r\nPeskov [told 🚀 <- instructed 🚀, 85%] TASS\r\nthe 🙂 [big <- huge, 40%] 🙂 cat\r\n'],
    ['no marks', none, none.text],
  ])('%s', (_, input, expected) => {
    expect(formatMarks(input, 'inline')).toBe(expected)
  })
})

describe('formatMarks markdown', () => {
  const SPECIAL_IN = '# Big *deal*\n1. use_case [x](y) <b> a|b ~c~ &amp; `code`\n- item\n    indented'
  const SPECIAL_OUT = '# Big *deal*\n1. use_case [x](y) <b> a|b ~c~ &amp; `code`\n- item\n    indented'
  const special = result(SPECIAL_OUT, [change(SPECIAL_IN, SPECIAL_OUT, '*deal*', '*deal*', 0.5)])
  it.each<[string, RestoreResult, string]>([
    ['two changes', peskov, 'Peskov **told** (~~instructed~~, 62%) TASS **news agency** (~~information company~~, 91%) on Monday.'],
    ['CRLF and emoji', crlf, 'Done 👍\r\nPeskov **told 🚀** (~~instructed 🚀~~, 85%) TASS\r\nthe 🙂 **big** (~~huge~~, 40%) 🙂 cat\r\n'],
    [
      'markdown syntax in and around marks',
      special,
      '\\# Big **\\*deal\\*** (~~\\*deal\\*~~, 50%)\n1\\. use\\_case \\[x\\](y) \\<b\\> a\\|b \\~c\\~ \\&amp; \\`code\\`\n\\- item\n&#32;   indented',
    ],
    ['no marks', result('Plain words.', []), 'Plain words.'],
  ])('%s', (_, input, expected) => {
    expect(formatMarks(input, 'markdown')).toBe(expected)
  })

  it('keeps a Markdown document as written around the marks, escaping only inside them', () => {
    expect(formatMarks(special, 'markdown', { inputFormat: 'markdown' })).toBe(
      '# Big **\\*deal\\*** (~~\\*deal\\*~~, 50%)\n1. use_case [x](y) <b> a|b ~c~ &amp; `code`\n- item\n    indented',
    )
    expect(formatMarks(special, 'markdown', { inputFormat: 'text' })).toBe(formatMarks(special, 'markdown'))
  })
})

describe('formatMarks ansi', () => {
  it.each<[string, RestoreResult, string, string[]]>([
    ['two changes', peskov, 'Peskov told [instructed] TASS news agency [information company] on Monday.', ['\u001b[33mtold\u001b[0m', '\u001b[32mnews agency\u001b[0m']],
    ['low confidence', low, 'big [huge] red dog', ['\u001b[31mbig\u001b[0m']],
    ['CRLF and emoji', crlf, 'Done 👍\r\nPeskov told 🚀 [instructed 🚀] TASS\r\nthe 🙂 big [huge] 🙂 cat\r\n', ['\u001b[32mtold 🚀\u001b[0m']],
  ])('%s', (_, input, stripped, codes) => {
    const out = formatMarks(input, 'ansi')
    for (const code of codes) expect(out).toContain(code)
    expect(out).toContain('\u001b[2m[')
    expect(stripAnsi(out)).toBe(stripped)
  })

  it('renders a result with no marks unchanged', () => {
    expect(formatMarks(none, 'ansi')).toBe(none.text)
  })
})

describe('formatMarks html', () => {
  const XSS_IN = 'Say <script>alert("x")</script> & \'quote\' instructed'
  const XSS_OUT = 'Say <script>alert("x")</script> & \'quote\' told'
  const evil: Alternative = { restored: '<script>alt()</script>', confidence: 0.2, level: 'low', entryId: 'e"vil', source: "o'src" }
  const xss = result(XSS_OUT, [{ ...change(XSS_IN, XSS_OUT, 'instructed', 'told', 0.62, [evil]), found: '<script>bad("f")</script>' }])

  it.each<[string, RestoreResult]>([
    ['two changes', peskov],
    ['script in text', xss],
    ['CRLF and emoji', crlf],
    ['no marks', none],
  ])('has one <mark> per mark with its data attributes: %s', (_, input) => {
    const out = formatMarks(input, 'html')
    expect(out.match(/<mark\b/g) ?? []).toHaveLength(input.marks.length)
    for (const mark of input.marks) {
      expect(out).toContain(`data-confidence="${mark.confidence}"`)
      expect(out).toContain(`class="unspin-mark unspin-${mark.level}" tabindex="0"`)
    }
    expect(out).not.toMatch(/<script/i)
  })

  it('puts found, restored, level and entry in data attributes and the summary counts levels', () => {
    const out = formatMarks(peskov, 'html')
    expect(out).toContain('<mark class="unspin-mark unspin-medium" tabindex="0" title="Spun: instructed\nConfidence: 62% (medium)\nAlternatives: said (31%)\nSource: news-thesaurus (instructed-told)" data-found="instructed" data-restored="told" data-confidence="0.62" data-level="medium"')
    expect(out).toContain('data-found="information company" data-restored="news agency" data-confidence="0.91" data-level="high"')
    expect(out).toContain('<span class="unspin-vh"> (replaced <del>instructed</del>, 62% confidence)</span>')
    expect(out).toContain('2 changes: <span class="unspin-chip unspin-high">1 high</span>, <span class="unspin-chip unspin-medium">1 medium</span>, <span class="unspin-chip unspin-low">0 low</span>')
    expect(out).toMatch(/^<!doctype html>/)
    expect(out).toContain('white-space:pre-wrap')
    expect(out).not.toMatch(/<link|src=|@import|url\(/)
  })

  it('escapes text, found, alternatives and attributes', () => {
    const out = formatMarks(xss, 'html', { title: '<script>t</script>' })
    expect(out).toContain('Say &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39; <mark')
    expect(out).toContain('data-found="&lt;script&gt;bad(&quot;f&quot;)&lt;/script&gt;"')
    expect(out).toContain('Alternatives: &lt;script&gt;alt()&lt;/script&gt; (20%)')
    expect(out).toContain('data-alternatives="[&quot;&lt;script&gt;alt()&lt;/script&gt;&quot;]"')
    expect(out).toContain('<title>&lt;script&gt;t&lt;/script&gt;</title>')
  })

  it('renders a fragment and, on request, the skipped candidates', () => {
    const skipped: SkippedCandidate = { ...change(IN, OUT, 'Monday', 'Monday', 0.2), reason: 'below-threshold', found: 'Mon<day>' }
    const out = formatMarks({ ...peskov, skipped: [skipped] }, 'html', { htmlDocument: false, includeSkipped: true })
    expect(out).toMatch(/^<div class="unspin">\n<style>/)
    expect(out).not.toContain('<html')
    expect(out).toContain('<summary>1 skipped candidate</summary><ul><li><del>Mon&lt;day&gt;</del> → Monday (20%, below threshold)</li></ul>')
    expect(formatMarks({ ...peskov, skipped: [skipped] }, 'html')).not.toContain('<details')
  })

  it('keeps CRLF and emoji in the text', () => {
    expect(formatMarks(crlf, 'html')).toContain('<div class="unspin-text">Done 👍\r\nPeskov <mark')
  })
})

describe('formatMarks json', () => {
  it.each<[string, RestoreResult]>([
    ['two changes', peskov],
    ['CRLF and emoji', crlf],
    ['no marks', none],
  ])('round-trips: %s', (_, input) => {
    const out = formatMarks(input, 'json')
    expect(JSON.parse(out)).toEqual({ text: input.text, marks: input.marks, warnings: input.warnings })
    expect(out).toBe(JSON.stringify(JSON.parse(out), null, 2))
  })

  it('writes keys in a stable order and includes skipped only on request', () => {
    const shuffled = { warnings: [], skipped: [], marks: peskov.marks.map((m) => ({ ...Object.fromEntries(Object.entries(m).reverse()) }) as unknown as Mark), text: OUT }
    expect(formatMarks(shuffled, 'json')).toBe(formatMarks({ ...peskov, warnings: [] }, 'json'))
    expect(Object.keys(JSON.parse(formatMarks(peskov, 'json')))).toEqual(['text', 'marks', 'warnings'])
    expect(Object.keys(JSON.parse(formatMarks(peskov, 'json', { includeSkipped: true })))).toEqual(['text', 'marks', 'skipped', 'warnings'])
    expect(Object.keys(JSON.parse(formatMarks(peskov, 'json')).marks[0])).toEqual([
      'start', 'end', 'outputStart', 'outputEnd', 'found', 'restored', 'confidence', 'level', 'source', 'entryId', 'alternatives',
    ])
  })
})

describe('formatMarks errors', () => {
  const FORMATS = 'one of "inline", "markdown", "html", "ansi", "json"'
  it.each<[string, unknown, unknown, unknown, string]>([
    ['unknown format', peskov, 'xml', undefined, `unspin: expected \`format\` to be ${FORMATS}, got the string "xml"`],
    ['missing format', peskov, undefined, undefined, `unspin: expected \`format\` to be ${FORMATS}, got undefined`],
    ['null result', null, 'inline', undefined, 'unspin: expected `result` to be a RestoreResult object, got null'],
    ['string result', 'text', 'html', undefined, 'unspin: expected `result` to be a RestoreResult object, got the string "text"'],
    ['array result', [], 'json', undefined, 'unspin: expected `result` to be a RestoreResult object, got an array'],
    ['text not a string', { text: 3, marks: [] }, 'inline', undefined, 'unspin: expected `result.text` to be a string, got number 3'],
    ['marks not an array', { text: '', marks: null }, 'inline', undefined, 'unspin: expected `result.marks` to be an array, got null'],
    ['options not an object', peskov, 'html', 'yes', 'unspin: expected `options` to be an object, got the string "yes"'],
    ['title not a string', peskov, 'html', { title: 1 }, 'unspin: expected `options.title` to be a string, got number 1'],
    ['includeSkipped not a boolean', peskov, 'json', { includeSkipped: 'yes' }, 'unspin: expected `options.includeSkipped` to be a boolean, got the string "yes"'],
    ['inputFormat not a format', peskov, 'markdown', { inputFormat: 'md' }, 'unspin: expected `options.inputFormat` to be one of "text", "html", "markdown", got the string "md"'],
    ['a misspelled option', peskov, 'html', { titel: 'x' }, 'unspin: expected `options.titel` to be one of the known options (includeSkipped, htmlDocument, title, inputFormat), got the string "titel"; did you mean `title`?'],
  ])('%s', (_, input, format, options, message) => {
    expect(() => formatMarks(input as RestoreResult, format as MarkFormat, options as null)).toThrow(expect.objectContaining({ name: 'TypeError', code: 'E_ARGUMENT', message }))
  })

  const outside = result('short', [{ ...change(IN, OUT, 'instructed', 'told', 0.6), outputStart: 3, outputEnd: 9 }])
  const overlapping = result(OUT, [change(IN, OUT, 'instructed', 'told', 0.6), { ...change(IN, OUT, 'instructed', 'told', 0.6), outputStart: 9 }])
  it.each<[string, RestoreResult, MarkFormat]>(
    MARK_FORMATS.filter((f) => f !== 'json').flatMap((f): Array<[string, RestoreResult, MarkFormat]> => [
      ['mark outside the text', outside, f],
      ['overlapping marks', overlapping, f],
    ]),
  )('%s (%s)', (_, input, format) => {
    expect(() => formatMarks(input, format)).toThrow(TypeError)
  })
})
