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

/** A run of prose in the source: `[start, end)` in UTF-16 code units. */
export interface SourceRange {
  readonly start: number
  readonly end: number
}

/** Where a change in the joined prose lies in the source. */
export interface SourceChange extends SourceRange {
  /**
   * Whether the change lies inside one run of the source, so that `source.slice(start, end)` is the
   * text it replaces and the replacement keeps every piece of markup. A change across a gap (a phrase
   * half in `*emphasis*`) is reported but must not be applied as an edit: it would drop the markup.
   */
  readonly contiguous: boolean
}

export interface ProseText {
  /** The prose to restore: the runs' source text, gaps replaced by separators. */
  readonly text: string
  /** Map `[start, end)` of `text` back to the source. */
  toSource(start: number, end: number): SourceChange
}

interface Run {
  /** Offset of the run in the joined text. */
  readonly at: number
  readonly start: number
  readonly end: number
}

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
  const parts: string[] = []
  const runs: Run[] = []
  let length = 0
  let previousEnd: number | undefined
  for (const range of merged) {
    if (previousEnd !== undefined) {
      const separator = gapSeparator(source.slice(previousEnd, range.start))
      parts.push(separator)
      length += separator.length
    }
    runs.push({ at: length, start: range.start, end: range.end })
    parts.push(source.slice(range.start, range.end))
    length += range.end - range.start
    previousEnd = range.end
  }
  const text = parts.join('')
  return { text, toSource: (start, end) => mapToSource(runs, start, end) }
}

function gapSeparator(gap: string): string {
  if (/\n[^\S\n]*\n/.test(gap)) return '\n\n'
  if (gap.includes('\n')) return '\n'
  return /\s/.test(gap) ? ' ' : ''
}

/** The run holding joined offset `offset`, taking a run's end as inside it when `atEnd`. */
function runAt(runs: readonly Run[], offset: number, atEnd: boolean): Run {
  let low = 0
  let high = runs.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    const run = runs[middle] as Run
    if (atEnd ? run.at < offset : run.at <= offset) low = middle
    else high = middle - 1
  }
  return runs[low] as Run
}

function mapToSource(runs: readonly Run[], start: number, end: number): SourceChange {
  if (runs.length === 0) return { start: 0, end: 0, contiguous: false }
  const first = runAt(runs, start, false)
  const last = runAt(runs, end, true)
  // An offset inside a separator (no source text of its own) maps to the nearer run's edge.
  const sourceStart = Math.min(first.start + (start - first.at), first.end)
  const sourceEnd = Math.min(last.start + Math.max(end - last.at, 0), last.end)
  return { start: sourceStart, end: Math.max(sourceEnd, sourceStart), contiguous: first === last && start >= first.at && end <= first.at + (first.end - first.start) }
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
