import { CLOSING_TAG, OPEN_TAG } from './markdown-inline.js'

/** Line-level CommonMark syntax: what a line's content (after its containers) starts. */

export const ATX_HEADING = /^#{1,6}(?=[ \t]|$)/
export const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
export const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/
export const DEFINITION_START = /^\[(?:[^\\\]]|\\.)+\]:/
const FENCE = /^(`{3,}|~{3,})([^\n]*)$/
const ORDERED_MARKER = /^[0-9]{1,9}[.)]/

/** HTML block start conditions 1 to 6 (CommonMark 4.6) with their end conditions. */
const HTML_BLOCK_STARTS: ReadonlyArray<readonly [RegExp, RegExp | 'blank']> = [
  [/^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [
    /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i,
    'blank',
  ],
]

/** The pattern of the fence that closes the one opened by `rest`, if `rest` opens one. */
export function openingFence(rest: string): RegExp | undefined {
  const fence = FENCE.exec(rest)
  if (!fence) return undefined
  const char = fence[1]![0]!
  if (char === '`' && fence[2]!.includes('`')) return undefined // a backtick fence's info string has no backtick
  return new RegExp(String.raw`^${char === '`' ? '`' : '~'}{${fence[1]!.length},}[ \t]*$`)
}

/**
 * The end condition of the HTML block that `rest` starts (a pattern the last line contains, or
 * `'blank'`), or undefined when none starts. Condition 7, a complete open or closing tag alone on
 * the line, cannot interrupt a paragraph. (CommonMark leaves "<pre>" and the like out of it, as
 * condition 1 takes them; micromark reads "</pre>" as condition 7, and so does this.)
 */
export function htmlBlockEnd(rest: string, interruptsParagraph: boolean): RegExp | 'blank' | undefined {
  for (const [start, end] of HTML_BLOCK_STARTS) if (start.test(rest)) return end
  if (interruptsParagraph) return undefined
  for (const tag of [OPEN_TAG, CLOSING_TAG]) {
    tag.lastIndex = 0
    if (tag.test(rest) && /^[ \t]*$/.test(rest.slice(tag.lastIndex))) return 'blank'
  }
  return undefined
}

/**
 * Length of the list marker ("-", "*", "+", "1." ...) that `rest` starts with, followed by a space,
 * a tab or the line end; undefined if none. While a paragraph is open (`interrupting`), only a
 * non-empty item, and for ordered lists only one numbered 1, may start.
 */
export function listMarkerLength(rest: string, interrupting: boolean): number | undefined {
  let length: number
  if (rest[0] === '-' || rest[0] === '*' || rest[0] === '+') length = 1
  else {
    const ordered = ORDERED_MARKER.exec(rest)
    if (!ordered) return undefined
    if (interrupting && !/^0*1[.)]/.test(ordered[0])) return undefined
    length = ordered[0].length
  }
  if (length < rest.length && rest[length] !== ' ' && rest[length] !== '\t') return undefined
  if (interrupting && /^[ \t]*$/.test(rest.slice(length))) return undefined
  if (THEMATIC_BREAK.test(rest)) return undefined
  return length
}

/** End of YAML (`---`) or TOML (`+++`) front matter at the very start (after its closing line), or 0. */
export function frontMatterEnd(text: string): number {
  const open = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/.exec(text)
  if (!open) return 0
  const close = open[1] === '---' ? /^(?:---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m
  const match = close.exec(text.slice(open[0].length))
  if (!match) return 0 // unclosed: "---" is a thematic break
  const end = open[0].length + match.index + match[0].length
  return end + (text.startsWith('\r\n', end) ? 2 : text[end] === '\n' || text[end] === '\r' ? 1 : 0)
}
