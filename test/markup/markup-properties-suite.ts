import fc from 'fast-check'
import { parseDocument } from 'htmlparser2'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { findNonProseRanges, type InputFormat } from '../../src/markup/find-non-prose-ranges.js'
import { fcOptions, scaledTimeout, tierRuns, type Tier } from '../properties/fc-options.js'
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

/**
 * Restoring generated HTML and Markdown touches prose only and keeps the document structure. Run by
 * markup-properties.test.ts (fast tier) and markup-properties.slow.test.ts (the full search).
 */
export function markupPropertiesSuite(tier: Tier): void {
  describe.each<[InputFormat, fc.Arbitrary<string>, (text: string) => string]>([
    ['html', htmlDocument, htmlStructure],
    ['markdown', markdownDocument, markdownStructure],
  ])('restoring generated %s', (inputFormat, documents, structure) => {
    it('changes prose only, losslessly, and keeps the document structure', () => {
      const numRuns = tierRuns(tier, 200, 1000)
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
        fcOptions(numRuns),
      )
      // The property must bite: more than one document in ten gets restored (100 of 1,000 when written).
      expect(restored).toBeGreaterThan(numRuns / 10)
    }, scaledTimeout(30_000))
  })
}
