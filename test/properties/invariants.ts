import { expect } from 'vitest'
import { undoMarks, type RestoreResult } from '../../src/index.js'

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** Whether `at` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at))
}

/**
 * The offset model of README "Result & marks", checked on one result: marks sorted, non-overlapping
 * and inside the input; each slices back to its `found` in the input and its `restored` in the
 * output; undoing them gives the input; and outside marks the output is the input, character for
 * character, walked through the mark map (not recomputed with the code under test).
 */
export function expectLossless(input: string, result: RestoreResult): void {
  const { text: output, marks } = result
  let inputCursor = 0
  let outputCursor = 0
  for (const mark of marks) {
    expect(mark.start, 'marks are sorted and do not overlap').toBeGreaterThanOrEqual(inputCursor)
    expect(mark.end, 'a mark is not empty').toBeGreaterThan(mark.start)
    expect(mark.end, 'a mark lies inside the input').toBeLessThanOrEqual(input.length)
    expect(splitsPair(input, mark.start) || splitsPair(input, mark.end), 'a mark never splits a surrogate pair').toBe(false)
    expect(input.slice(mark.start, mark.end)).toBe(mark.found)
    expect(output.slice(mark.outputStart, mark.outputEnd)).toBe(mark.restored)
    // Between marks: the same characters, one for one.
    const gap = mark.start - inputCursor
    expect(mark.outputStart - outputCursor, 'the text between two marks keeps its length').toBe(gap)
    for (let k = 0; k < gap; k++) {
      if (output.charCodeAt(outputCursor + k) !== input.charCodeAt(inputCursor + k)) {
        expect.fail(`output differs from the input outside marks at input offset ${inputCursor + k}`)
      }
    }
    expect(mark.outputEnd - mark.outputStart).toBe(mark.restored.length)
    expect(mark.confidence).toBeGreaterThanOrEqual(0)
    expect(mark.confidence).toBeLessThanOrEqual(1)
    inputCursor = mark.end
    outputCursor = mark.outputEnd
  }
  expect(output.length - outputCursor, 'the text after the last mark keeps its length').toBe(input.length - inputCursor)
  if (output.slice(outputCursor) !== input.slice(inputCursor)) expect.fail('output differs from the input after the last mark')
  if (marks.length === 0) expect(output).toBe(input)
  expect(undoMarks(output, marks)).toBe(input)
  for (const skipped of result.skipped) expect(input.slice(skipped.start, skipped.end)).toBe(skipped.found)
}
