import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { builtinDictionaries, createRestorer, restoreText, type RestoreResult } from '../../src/index.js'
import { mixedText, spunSentences, testDictionary } from './arbitraries.js'
import { fcOptions, tierRuns, type Tier } from './fc-options.js'

/**
 * Restoring twice. "The second pass changes nothing" holds only under two conditions, and these
 * tests state both:
 *
 * 1. No spun form can be read in or across a restored original. The built-in dictionaries break
 *    this on purpose: tortured phrases chain ("AN sickie-analyze" -> "A scikit-learn" and on), and
 *    an original next to its neighbours can spell another entry's spun form.
 * 2. Confidence does not depend on the surrounding words. With context scoring (the default) a
 *    restoration changes what the language model sees, so a candidate next to it can cross the
 *    threshold on the second pass ("Gradient Descent, LINE and Slope Drop": "Slope Drop" was
 *    below the threshold beside "Descent Angle", above it beside "Gradient Descent").
 *
 * 3. No entry has a `when` condition: conditions read the whole document, which the first pass
 *    changed ("computerized intelligence" applies only where "artificial intelligence" occurs,
 *    and restoring "man-made brainpower" anywhere in the text puts it there).
 *
 * What always holds is the weaker property: a second pass only changes text in a sentence the
 * first pass changed, or text whose entry has a `when` condition (over 6,000 generated texts,
 * every other second-pass mark touched a first-pass change or lay at most two words from one).
 */

const texts = fc.oneof(spunSentences, mixedText)

const conditional = new Set(builtinDictionaries().flatMap((d) => d.entries.filter((e) => e.when !== undefined).map((e) => `${d.name}/${e.id}`)))

/** Whether `mark` of the second pass shares a sentence (no line break or . ! ? between) with a first-pass change. */
function nearFirstPass(first: RestoreResult, mark: { start: number; end: number }): boolean {
  return first.marks.some((m) => {
    if (mark.start <= m.outputEnd && mark.end >= m.outputStart) return true
    const between = mark.start > m.outputEnd ? first.text.slice(m.outputEnd, mark.start) : first.text.slice(mark.end, m.outputStart)
    return !/[\n\r.!?]/.test(between)
  })
}

/** Run by idempotence.test.ts (fast tier) and idempotence.slow.test.ts (the full search). */
export function idempotenceSuite(tier: Tier): void {
  describe('restoring twice', () => {
    it('changes nothing further with prior-only confidence and a dictionary whose originals spell no spun form', () => {
      const numRuns = tierRuns(tier, 150, 800)
      const restorer = createRestorer({ dictionaries: [testDictionary], stages: { context: false } })
      let restored = 0
      fc.assert(
        fc.property(texts, (input) => {
          const first = restorer.restore(input)
          if (first.marks.length > 0) restored++
          const second = restorer.restore(first.text)
          expect(second.marks).toEqual([])
          expect(second.text).toBe(first.text)
        }),
        fcOptions(numRuns),
      )
      // The property must bite: more than one text in eight gets restored (100 of 800 when written).
      expect(restored).toBeGreaterThan(numRuns / 8)
    })

    it.each([
      ['the built-in dictionaries and context scoring', (text: string) => restoreText(text)],
      ['the test dictionary and context scoring', (() => {
        const restorer = createRestorer({ dictionaries: [testDictionary] })
        return (text: string) => restorer.restore(text)
      })()],
    ])('with %s, changes only sentences the first pass changed, or conditional entries', (_label, restore) => {
      fc.assert(
        fc.property(texts, (input) => {
          const first = restore(input)
          const second = restore(first.text)
          for (const mark of second.marks) {
            if (!nearFirstPass(first, mark) && !conditional.has(`${mark.source}/${mark.entryId}`)) expect.fail(`second pass changed "${mark.found}" at ${mark.start}, away from the first pass's changes in ${JSON.stringify(first.text)}`)
          }
        }),
        fcOptions(tierRuns(tier, 100, 600)),
      )
    })
  })
}
