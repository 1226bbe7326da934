import { argumentError, assertInvariant, invalidArgument } from '../errors.js'
import type { Candidate, Mark } from '../types.js'

/**
 * Write the chosen candidates into the text. `chosen` must be sorted and non-overlapping; the text
 * between them is copied unchanged, so the output differs from the input only inside marks.
 * A window of the input: `[from, to)`, its output starting at `outputOffset` of the whole output
 * (marks keep their offsets into the whole input).
 */
export function applyMarks(input: string, chosen: readonly Candidate[], from = 0, to = input.length, outputOffset = 0): { text: string; marks: Mark[] } {
  if (chosen.length === 0) return { text: from === 0 && to === input.length ? input : input.slice(from, to), marks: [] }
  const parts: string[] = []
  const marks: Mark[] = []
  let cursor = from
  let outputLength = outputOffset
  for (const candidate of chosen) {
    assertInvariant(candidate.start >= cursor && candidate.end <= to, 'marks overlap or leave the input')
    assertInvariant(input.slice(candidate.start, candidate.end) === candidate.found, 'mark offsets do not slice its found text')
    const between = input.slice(cursor, candidate.start)
    parts.push(between, candidate.restored)
    const outputStart = outputLength + between.length
    outputLength = outputStart + candidate.restored.length
    marks.push({ ...candidate, outputStart, outputEnd: outputLength })
    cursor = candidate.end
  }
  parts.push(input.slice(cursor, to))
  return { text: parts.join(''), marks }
}

/** Put every mark's `found` text back: the inverse of `applyMarks`, used to audit a result. */
export function undoMarks(output: string, marks: readonly Mark[]): string {
  checkUndoArguments(output, marks)
  const parts: string[] = []
  let cursor = 0
  for (const mark of marks) {
    parts.push(output.slice(cursor, mark.outputStart), mark.found)
    cursor = mark.outputEnd
  }
  parts.push(output.slice(cursor))
  return parts.join('')
}

/** `undoMarks` takes a result's `text` and `marks`: in order, inside the text, each with its `found`. */
function checkUndoArguments(output: unknown, marks: unknown): asserts marks is readonly Mark[] {
  if (typeof output !== 'string') invalidArgument('output', 'a string (a result\'s `text`)', output)
  if (!Array.isArray(marks)) invalidArgument('marks', 'an array (a result\'s `marks`)', marks)
  let cursor = 0
  marks.forEach((mark: unknown, i) => {
    const m = (typeof mark === 'object' && mark !== null ? mark : {}) as Partial<Mark>
    if (typeof m.found !== 'string' || !Number.isInteger(m.outputStart) || !Number.isInteger(m.outputEnd)) {
      invalidArgument(`marks[${i}]`, 'a mark with `found`, `outputStart` and `outputEnd`', mark)
    }
    if (m.outputStart! < cursor || m.outputEnd! < m.outputStart! || m.outputEnd! > output.length) {
      throw argumentError(`expected \`marks[${i}]\` to lie inside the output, after the previous mark; got outputStart ${m.outputStart} and outputEnd ${m.outputEnd} in an output of length ${output.length}`)
    }
    cursor = m.outputEnd!
  })
}
