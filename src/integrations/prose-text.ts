/**
 * The prose of a linted document as one text for `restore`, and the way back to the document.
 *
 * retext and textlint hand a plugin a syntax tree whose text nodes carry offsets into the file. In a
 * plain-text file they cover it all; in Markdown (remark-retext, textlint's markdown plugin) they leave
 * out the markup: `*`, link targets, code, headings' `#`. Restoring the whole file would read that markup
 * as words; restoring node by node would lose what the document says elsewhere (document evidence, the
 * spin score). So the nodes' source slices are joined into one text, with a separator standing for each
 * gap, restored once, and every change is mapped back to the file.
 */

import { joinText, type JoinedText, type SourceRange } from '../markup/joined-text.js'

export type { SourceChange, SourceRange } from '../markup/joined-text.js'

/** The prose to restore (the runs' source text, gaps replaced by separators) and the way back to the source. */
export type ProseText = JoinedText

/**
 * Join the source slices of `ranges` (in any order; overlapping or touching ranges merge) into one text.
 * A gap becomes a blank line when it holds one (a paragraph break stays a paragraph break), a line break
 * when it holds one (list items), a space when it holds other whitespace, and nothing otherwise
 * (`big *data*` reads `big data`).
 */
export function proseText(source: string, ranges: Iterable<SourceRange>): ProseText {
  const sorted = [...ranges].filter((range) => range.end > range.start && range.start >= 0 && range.end <= source.length).sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: { start: number; end: number }[] = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ start: range.start, end: range.end })
  }
  const pieces: (SourceRange | string)[] = []
  merged.forEach((range, i) => {
    if (i > 0) pieces.push(gapSeparator(source.slice(merged[i - 1]!.end, range.start)))
    pieces.push(range)
  })
  return joinText(source, pieces)
}

function gapSeparator(gap: string): string {
  if (/\n[^\S\n]*\n/.test(gap)) return '\n\n'
  if (gap.includes('\n')) return '\n'
  return /\s/.test(gap) ? ' ' : ''
}

/** 1-based line and column of each offset of `source`, as unist positions and textlint report them. */
export function lineLocator(source: string): (offset: number) => { line: number; column: number; offset: number } {
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) {
    const char = source.charCodeAt(i)
    // \r\n is one line break; a lone \r is one too, as vfile-location and textlint count them.
    if (char === 10 || (char === 13 && source.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1)
  }
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((lineStarts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1, offset }
  }
}
