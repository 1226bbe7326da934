/**
 * A text joined from runs of a source document and separators standing for what lies between them,
 * with the way back from offsets in the joined text to the source. The prose of a linted document
 * (integrations/prose-text.ts) and LanguageTool's annotated `data` (cli/serve/annotated-text.ts) are
 * both restored this way: once, as one text, and every change mapped back.
 */

/** A run of the source: `[start, end)` in UTF-16 code units. */
export interface SourceRange {
  readonly start: number
  readonly end: number
}

/** Where a change in the joined text lies in the source. */
export interface SourceChange extends SourceRange {
  /**
   * Whether the change lies inside one run of the source, so that `source.slice(start, end)` is the
   * text it replaces and the replacement keeps everything between runs (markup). A change across a
   * separator must not be applied as an edit: it would drop what the separator stands for.
   */
  readonly contiguous: boolean
}

export interface JoinedText {
  /** The runs' source text with the separators between them. */
  readonly text: string
  /** Map `[start, end)` of `text` back to the source. */
  toSource(start: number, end: number): SourceChange
}

interface Run extends SourceRange {
  /** Offset of the run in the joined text. */
  readonly at: number
}

/**
 * Join `pieces`, in source order: a `SourceRange` is a run of `source` read as written, a string is a
 * separator of the joined text with no source text of its own. Empty runs are left out.
 */
export function joinText(source: string, pieces: Iterable<SourceRange | string>): JoinedText {
  const parts: string[] = []
  const runs: Run[] = []
  let length = 0
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      parts.push(piece)
      length += piece.length
    } else if (piece.end > piece.start) {
      runs.push({ at: length, start: piece.start, end: piece.end })
      parts.push(source.slice(piece.start, piece.end))
      length += piece.end - piece.start
    }
  }
  return { text: parts.join(''), toSource: (start, end) => mapToSource(runs, start, end) }
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
