import fc from 'fast-check'
import { parseDocument } from 'htmlparser2'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { findNonProseRanges, type InputFormat } from '../../src/markup/find-non-prose-ranges.js'
import { fcOptions, scaledTimeout } from '../properties/fc-options.js'
import { expectLossless } from '../properties/invariants.js'
import { createMarkupRestorer } from './helpers.js'
import { htmlDocument, markdownDocument } from './markup-arbitraries.js'

const restorer = createMarkupRestorer()

/** htmlparser2's reading of the document with the text of every text node left out. */
function htmlStructure(html: string): string {
  return JSON.stringify(parseDocument(html), (key, value) => (key === 'parent' || key === 'prev' || key === 'next' || key === 'startIndex' || key === 'endIndex' ? undefined : value?.type === 'text' ? 'text' : value))
}

/** The mdast tree without positions and without the values of text nodes. */
function markdownStructure(markdown: string): string {
  return JSON.stringify(fromMarkdown(markdown), (key, value) => (key === 'position' ? undefined : value?.type === 'text' ? 'text' : value))
}

describe.each<[InputFormat, fc.Arbitrary<string>, (text: string) => string]>([
  ['html', htmlDocument, htmlStructure],
  ['markdown', markdownDocument, markdownStructure],
])('restoring generated %s', (inputFormat, documents, structure) => {
  it('changes prose only, losslessly, and keeps the document structure', () => {
    let restored = 0
    fc.assert(
      fc.property(documents, (input) => {
        const result = restorer.restore(input, { inputFormat, threshold: 0.3 })
        expectLossless(input, result)
        for (const [start, end] of findNonProseRanges(input, inputFormat)) {
          for (const mark of result.marks) if (mark.start < end && mark.end > start) expect.fail(`mark "${mark.found}" at ${mark.start} overlaps markup [${start}, ${end}) in ${JSON.stringify(input)}`)
        }
        if (result.marks.length > 0) {
          restored++
          expect(structure(result.text)).toBe(structure(input))
        }
      }),
      fcOptions(1000),
    )
    expect(restored).toBeGreaterThan(100)
  }, scaledTimeout(30_000))
})
