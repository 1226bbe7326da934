import { argumentError, assertInvariant, describe, invalidArgument } from '../errors.js'
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

/**
 * Put every mark's `found` text back: the inverse of `applyMarks`, used to audit a result. `marks` may
 * be any of a result's marks in order (the ones a reader rejected): only those are undone.
 */
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

/**
 * `undoMarks` takes a result's `text` and `marks`: in order, inside the text, each with its `found`, and
 * each mark's `restored` where its output offsets say. Marks of another result (or of another call's
 * output) would otherwise splice their `found` text into the wrong places and return a corrupt text.
 */
function checkUndoArguments(output: unknown, marks: unknown): asserts marks is readonly Mark[] {
  if (typeof output !== 'string') invalidArgument('output', 'a string (a result\'s `text`)', output)
  if (!Array.isArray(marks)) invalidArgument('marks', 'an array (a result\'s `marks`)', marks)
  let cursor = 0
  marks.forEach((mark: unknown, i) => {
    const m = (typeof mark === 'object' && mark !== null ? mark : {}) as Partial<Mark>
    if (typeof m.found !== 'string' || typeof m.restored !== 'string' || !Number.isInteger(m.outputStart) || !Number.isInteger(m.outputEnd)) {
      invalidArgument(`marks[${i}]`, 'a mark with `found`, `restored`, `outputStart` and `outputEnd`', mark)
    }
    const outputStart = m.outputStart as number
    const outputEnd = m.outputEnd as number
    if (outputStart < cursor || outputEnd < outputStart || outputEnd > output.length) {
      throw argumentError(`expected \`marks[${i}]\` to lie inside the output, after the previous mark; got outputStart ${outputStart} and outputEnd ${outputEnd} in an output of length ${output.length}`)
    }
    const there = output.slice(outputStart, outputEnd)
    if (there !== m.restored) {
      throw argumentError(`expected \`marks[${i}]\` to be a mark of this output, with its \`restored\` text at outputStart ${outputStart}; the output has ${describe(there)} there, the mark ${describe(m.restored)}. Pass the \`text\` and \`marks\` of the same result`)
    }
    // Input offsets are checked for length only: a subset of a result's marks (some rejected) leaves
    // the shift of the marks left out unknown.
    if (Number.isInteger(m.start) && Number.isInteger(m.end) && m.end! - m.start! !== m.found.length) {
      throw argumentError(`expected \`marks[${i}]\` to span its \`found\` text (${m.found.length} characters); got start ${m.start} and end ${m.end}. Pass the \`text\` and \`marks\` of the same result`)
    }
    cursor = outputEnd
  })
}
