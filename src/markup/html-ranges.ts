import { createMarkupReader } from './html-tags.js'

/**
 * Elements whose text is not prose: code and program text, and SVG/MathML islands. Their
 * contents are protected from the start tag to the matching end tag.
 */
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'svg', 'math', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext', 'template'])

/**
 * Elements whose content the tokenizer reads as raw text up to `</name`: no tags inside. Not
 * `noscript`, raw only when scripting is on: read as markup, a comment or quote inside it
 * protects what follows, which covers both readings.
 */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])

/** Elements that never have content or an end tag. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

// Character references: named ("&amp;", "&copy" without ";" is still decoded by browsers), decimal
// and hexadecimal. Anything that looks like one is protected, decoded or not: "AT&T" loses nothing
// a swap could use.
const CHARACTER_REFERENCE = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/y

/**
 * Ranges of an HTML document that are not prose: tags with their attributes, comments, doctypes,
 * CDATA, character references, and the whole content of code-like elements (`CODE_ELEMENTS`)
 * and of elements marked `translate="no"`. What is left is the text a reader sees in paragraphs,
 * headings, list items, links and table cells. Sorted, non-overlapping, half-open.
 */
export function findHtmlNonProseRanges(html: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const protect = (start: number, end: number) => {
    if (end <= start) return
    const last = ranges[ranges.length - 1]
    if (last && last[1] >= start) last[1] = Math.max(last[1], end)
    else ranges.push([start, end])
  }
  // The next "&" at or after the current position: text runs come in ascending order, so the
  // search never goes over the same stretch twice.
  let amp = -2
  const text = (start: number, end: number) => {
    if (excluded || end <= shadowEnd) return protect(start, end)
    if (start < shadowEnd) {
      protect(start, shadowEnd)
      start = shadowEnd
    }
    for (;;) {
      if (amp !== -1 && amp < start) amp = html.indexOf('&', start)
      if (amp < 0 || amp >= end) return
      CHARACTER_REFERENCE.lastIndex = amp
      const match = CHARACTER_REFERENCE.exec(html)
      protect(amp, match ? Math.min(end, amp + match[0].length) : amp)
      start = amp + 1
    }
  }
  const readMarkup = createMarkupReader(html)
  // The outermost protected element and how many of its name are open inside it: its contents
  // are protected until the end tag that balances it (or the end of the input).
  let excluded: { name: string; depth: number } | undefined
  let shadowEnd = 0
  let textStart = 0
  let at = html.indexOf('<')
  while (at >= 0) {
    const markup = readMarkup(at)
    if (!markup) {
      at = html.indexOf('<', at + 1)
      continue
    }
    text(textStart, at)
    protect(at, markup.end)
    textStart = markup.end
    if (markup.kind === 'other' && markup.shadowEnd !== undefined) shadowEnd = Math.max(shadowEnd, markup.shadowEnd)
    if (markup.kind === 'start-tag' && !VOID_ELEMENTS.has(markup.name)) {
      // In HTML "<code/>" still opens an element; only SVG and MathML honour the "/".
      const opens = !markup.selfClosing || (markup.name !== 'svg' && markup.name !== 'math')
      if (excluded?.name === markup.name && opens) excluded.depth++
      else if (!excluded && opens && (CODE_ELEMENTS.has(markup.name) || markup.attributes.get('translate')?.trim().toLowerCase() === 'no')) excluded = { name: markup.name, depth: 1 }
      if (markup.name === 'plaintext') {
        protect(markup.end, html.length) // nothing after <plaintext> is markup again
        return ranges
      }
      if (RAW_TEXT_ELEMENTS.has(markup.name) && opens) {
        const close = findRawTextEnd(html, markup.name, markup.end)
        text(markup.end, close)
        textStart = close
        at = close < html.length ? close : -1
        continue
      }
    } else if (markup.kind === 'end-tag' && excluded?.name === markup.name && --excluded.depth === 0) excluded = undefined
    at = html.indexOf('<', markup.end)
  }
  text(textStart, html.length)
  return ranges
}

const rawTextEnds = new Map<string, RegExp>()

/** Where the raw text of `name` that starts at `from` ends: at `</name` followed by a space, "/" or ">". */
function findRawTextEnd(html: string, name: string, from: number): number {
  let pattern = rawTextEnds.get(name)
  if (!pattern) rawTextEnds.set(name, (pattern = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, 'gi')))
  pattern.lastIndex = from
  const match = pattern.exec(html)
  return match ? match.index : html.length
}
