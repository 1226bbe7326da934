import { argumentError, assertInvariant, invalidArgument } from '../errors.js'
import type { Candidate, Mark } from '../types.js'

/**
 * Write the chosen candidates into the text. `chosen` must be sorted and non-overlapping; the text
 * between them is copied unchanged, so the output differs from the input only inside marks.
 */
export function applyMarks(input: string, chosen: readonly Candidate[]): { text: string; marks: Mark[] } {
  if (chosen.length === 0) return { text: input, marks: [] }
  const parts: string[] = []
  const marks: Mark[] = []
  let cursor = 0
  let outputLength = 0
  for (const candidate of chosen) {
    assertInvariant(candidate.start >= cursor && candidate.end <= input.length, 'marks overlap or leave the input')
    assertInvariant(input.slice(candidate.start, candidate.end) === candidate.found, 'mark offsets do not slice its found text')
    const between = input.slice(cursor, candidate.start)
    parts.push(between, candidate.restored)
    const outputStart = outputLength + between.length
    outputLength = outputStart + candidate.restored.length
    marks.push({ ...candidate, outputStart, outputEnd: outputLength })
    cursor = candidate.end
  }
  parts.push(input.slice(cursor))
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
