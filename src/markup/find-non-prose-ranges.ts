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
 * Both readers take time linear in the input, however deeply the markup nests, and lean towards
 * protecting text when the markup is ambiguous or broken.
 */
export function findNonProseRanges(text: string, format: InputFormat): Array<[number, number]> {
  if (format === 'html') return findHtmlNonProseRanges(text)
  if (format === 'markdown') return findMarkdownNonProseRanges(text)
  return []
}
