import { mergeRanges } from '../tokenize/protected-ranges.js'
import { findHtmlNonProseRanges } from './html-ranges.js'
import { findMarkdownNonProseRanges } from './markdown-blocks.js'

/** How the input to `restore` is written: plain text (default), an HTML document or fragment, or Markdown. */
export type InputFormat = 'text' | 'html' | 'markdown'

/** Every `InputFormat`, for option checking. */
export const INPUT_FORMATS: readonly InputFormat[] = Object.freeze(['text', 'html', 'markdown'])

/**
 * The ranges of `text` that are markup or code rather than prose, so must never be rewritten:
 * sorted, non-overlapping, half-open `[start, end)` in UTF-16 code units. Empty for `'text'`.
 *
 * - `html`: tags and their attributes, comments, doctypes, CDATA, character references
 *   (`&amp;` stays byte for byte), and the whole content of `script`, `style`, `code`, `pre`,
 *   `kbd`, `samp`, `var`, `textarea`, `svg`, `math`, `template` and the like, and of elements
 *   with `translate="no"`.
 * - `markdown` (CommonMark): front matter, fenced and indented code, code spans, HTML blocks and
 *   inline HTML, autolinks, link destinations and titles, reference labels and definitions,
 *   images (alt text included), escapes, character references, and the syntax characters of
 *   headings, block quotes, lists and emphasis.
 *
 * Markup inside a word joins it ("caf&eacute;s", "with<b>out</b>", "snake\_case", "with*out*"):
 * the whole word is protected, so no swap rewrites half of it. Block-level tags and character
 * references to spaces ("with out&#32;details", "&nbsp;") separate words.
 *
 * Both readers take time linear in the input, however deeply the markup nests, and lean towards
 * protecting text when the markup is ambiguous or broken.
 */
export function findNonProseRanges(text: string, format: InputFormat): Array<[number, number]> {
  if (format === 'html') return widenIntoWords(text, findHtmlNonProseRanges(text))
  if (format === 'markdown') return widenIntoWords(text, findMarkdownNonProseRanges(text))
  return []
}

const WORD_END = /[\p{L}\p{N}\p{M}]$/u
const WORD_START = /^[\p{L}\p{N}\p{M}]/u
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
// Tags that end a line or a block, so the words either side are separate words when rendered.
export const SEPARATING_TAG = /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)\b/i

/** Widen every range that sits inside a word (letters on both sides) to the whole word. */
function widenIntoWords(text: string, ranges: Array<[number, number]>): Array<[number, number]> {
  const result: Array<[number, number]> = []
  for (const range of ranges) {
    let [start, end] = range
    const inside = text.slice(start, end)
    if (WORD_END.test(text.slice(Math.max(0, start - 2), start)) && WORD_START.test(text.slice(end, end + 2)) && !SEPARATING_TAG.test(inside) && !holdsSpaceReference(inside)) {
      while (start > 0 && isWordCodeUnitBefore(text, start)) start--
      while (end < text.length && isWordCodeUnitAt(text, end)) end++
    }
    result.push([start, end])
  }
  // Widening can make neighbours touch or overlap.
  return mergeRanges(result)
}

// Named references to space characters (HTML); numeric ones are decoded.
const NAMED_SPACES = new Set(['nbsp', 'ensp', 'emsp', 'emsp13', 'emsp14', 'thinsp', 'hairsp', 'numsp', 'puncsp', 'tab', 'newline', 'mediumspace', 'thinspace', 'verythinspace', 'nonbreakingspace'])
const REFERENCES = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]*));?/g
// What renders as a gap between words (not U+FEFF, which \s counts as a space but joins).
const SPACE = /^[\t\n\f\r\p{Zs}]$/u

/** Whether `markup` holds a character reference to a space: it renders as a gap between words. */
function holdsSpaceReference(markup: string): boolean {
  if (!markup.includes('&')) return false
  for (const match of markup.matchAll(REFERENCES)) {
    if (match[3] !== undefined) {
      if (NAMED_SPACES.has(match[3].toLowerCase())) return true
      continue
    }
    const code = match[1] !== undefined ? Number(match[1]) : Number.parseInt(match[2]!, 16)
    if (code <= 0x10ffff && SPACE.test(String.fromCodePoint(code))) return true
  }
  return false
}

// Code-unit steps over letters, digits and marks; a surrogate pair is tested as one character.
function isWordCodeUnitBefore(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1)
  return code >= 0xdc00 && code <= 0xdfff ? WORD_CHAR.test(text.slice(at - 2, at)) || WORD_CHAR.test(text.slice(at - 1, at + 1)) : WORD_CHAR.test(text[at - 1]!)
}

function isWordCodeUnitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  return code >= 0xd800 && code <= 0xdbff ? WORD_CHAR.test(text.slice(at, at + 2)) : code >= 0xdc00 && code <= 0xdfff ? WORD_CHAR.test(text.slice(at - 1, at + 1)) : WORD_CHAR.test(text[at]!)
}
