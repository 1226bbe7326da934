/** Markdown rendering: each change as `**told** (~~instructed~~, 62%)`, the text escaped. */

import type { RestoreResult } from '../types.js'
import { percent, splitSegments } from './segments.js'

// Characters that start inline constructs anywhere in a line (emphasis, code, links, HTML,
// tables, strikethrough, entities). `!` and `(` only matter next to an escaped `[`/`]`.
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g
// Block constructs only open at the start of a line: headings, list items, setext underlines,
// and indented code (4+ columns). `>`, `*`, fences and HTML blocks are covered by INLINE_SPECIAL.
const LINE_START = /(?<=^|[\r\n])([ \t]*)(?:([#+=-])|(\d{1,9})([.)]))?/g

/**
 * Render the restored text as Markdown with every change written as
 * `**restored** (~~found~~, NN%)`. Text around and inside the marks is backslash-escaped so a
 * CommonMark/GFM renderer shows exactly the characters of the text; line breaks are kept as is.
 * With `textIsMarkdown` (the input was Markdown, restored with `inputFormat: 'markdown'`) the text
 * around the marks is written as it is, so the document keeps its own formatting.
 */
export function formatMarkdown(result: RestoreResult, textIsMarkdown = false): string {
  let out = ''
  for (const segment of splitSegments(result)) {
    const atLineStart = out === '' || out.endsWith('\n') || out.endsWith('\r')
    if (segment.kind === 'plain') {
      out += textIsMarkdown ? segment.text : escapeMarkdown(segment.text, atLineStart)
    } else {
      const { found, confidence } = segment.mark
      out += `**${escapeMarkdown(segment.text)}** (~~${escapeMarkdown(found)}~~, ${percent(confidence)})`
    }
  }
  return out
}

/**
 * Backslash-escape Markdown syntax in `text`. `atLineStart` says whether `text` begins a line of
 * the output, where block markers such as `# ` or `1. ` would otherwise take effect.
 */
export function escapeMarkdown(text: string, atLineStart = false): string {
  const escaped = text.replace(INLINE_SPECIAL, '\\$&')
  return escaped.replace(
    LINE_START,
    (match: string, lead: string, marker?: string, digits?: string, delimiter?: string, offset?: number) => {
      if (offset === 0 && !atLineStart) return match
      let out = lead.length >= 4 || lead.includes('\t') ? `&#${lead.charCodeAt(0)};${lead.slice(1)}` : lead
      if (marker !== undefined) out += `\\${marker}`
      else if (digits !== undefined) out += `${digits}\\${delimiter ?? ''}`
      return out
    },
  )
}
