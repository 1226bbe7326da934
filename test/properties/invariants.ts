import { expect } from 'vitest'
import { undoMarks, type RestoreResult } from '../../src/index.js'

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** Whether `at` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at))
}

const LATIN_LETTER = /\p{Script=Latin}/u

/**
 * Whether offset `at` falls between two Latin letters. Dictionary forms are whole words, so a mark
 * edge there means misplaced offsets ("burdened" restored as "b" + "stressed"). Other neighbours are
 * real word edges: the tokenizer splits "1986White" and Latin glued to Arabic or CJK.
 */
function cutsWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && LATIN_LETTER.test(text[at - 1]!) && LATIN_LETTER.test(text[at]!)
}

/**
 * The offset model of docs/api.md "Result & marks", checked on one result: marks sorted, non-overlapping
 * and inside the input; each slices back to its `found` in the input and its `restored` in the
 * output; undoing them gives the input; and outside marks the output is the input, character for
 * character, walked through the mark map (not recomputed with the code under test).
 * Plain comparisons, one `expect.fail` with the reason: results can carry 200,000 marks.
 */
export function expectLossless(input: string, result: RestoreResult): void {
  const problem = findProblem(input, result)
  if (problem !== undefined) expect.fail(`${problem}\ninput: ${JSON.stringify(input.length > 300 ? `${input.slice(0, 300)}…` : input)}`)
}

function findProblem(input: string, result: RestoreResult): string | undefined {
  const { text: output, marks } = result
  let inputCursor = 0
  let outputCursor = 0
  for (const [i, mark] of marks.entries()) {
    const where = `mark ${i} ("${mark.found}" at ${mark.start})`
    if (mark.start < inputCursor) return `${where} starts before the previous mark ends: marks must be sorted and not overlap`
    if (mark.end <= mark.start || mark.end > input.length) return `${where} is empty or leaves the input`
    if (splitsPair(input, mark.start) || splitsPair(input, mark.end)) return `${where} splits a surrogate pair`
    if (input.slice(mark.start, mark.end) !== mark.found) return `${where}: input.slice(start, end) is ${JSON.stringify(input.slice(mark.start, mark.end))}`
    if (cutsWord(input, mark.start) || cutsWord(input, mark.end)) return `${where} starts or ends inside a word: its offsets are off`
    if (output.slice(mark.outputStart, mark.outputEnd) !== mark.restored) {
      return `${where}: output.slice(outputStart, outputEnd) is ${JSON.stringify(output.slice(mark.outputStart, mark.outputEnd))}, not ${JSON.stringify(mark.restored)}`
    }
    if (mark.outputEnd - mark.outputStart !== mark.restored.length) return `${where}: output span length differs from restored`
    // Between marks: the same characters, one for one, at positions given by the mark map.
    const gap = mark.start - inputCursor
    if (mark.outputStart - outputCursor !== gap) return `${where}: the text before it changed length (${gap} in the input, ${mark.outputStart - outputCursor} in the output)`
    for (let k = 0; k < gap; k++) {
      if (output.charCodeAt(outputCursor + k) !== input.charCodeAt(inputCursor + k)) return `output differs from the input outside marks at input offset ${inputCursor + k}`
    }
    if (!(mark.confidence >= 0 && mark.confidence <= 1)) return `${where}: confidence ${mark.confidence} is outside [0, 1]`
    inputCursor = mark.end
    outputCursor = mark.outputEnd
  }
  if (output.length - outputCursor !== input.length - inputCursor) return 'the text after the last mark changed length'
  if (output.slice(outputCursor) !== input.slice(inputCursor)) return 'output differs from the input after the last mark'
  if (marks.length === 0 && output !== input) return 'no marks, yet the output differs from the input'
  if (undoMarks(output, marks) !== input) return 'undoMarks(output, marks) does not give the input back'
  for (const skipped of result.skipped) {
    if (input.slice(skipped.start, skipped.end) !== skipped.found) return `skipped "${skipped.found}" at ${skipped.start} does not slice the input`
  }
  return undefined
}
