import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRestorer, loadDictionary, restoreText } from '../../src/index.js'
import { anyString, mixedText, spunSentences, testDictionary } from './arbitraries.js'
import { fcOptions, tierRuns, type Tier } from './fc-options.js'
import { expectLossless } from './invariants.js'

/**
 * The offset model holds on any input: marks sorted and non-overlapping, each slicing back to its
 * `found` and `restored`, the text outside marks unchanged, zero marks -> identical text, undo gives
 * the input back (expectLossless). Run by lossless.test.ts (fast tier) and lossless.slow.test.ts.
 */
export function losslessSuite(tier: Tier): void {
  const runs = (fast: number, slow: number) => tierRuns(tier, fast, slow)
  const testRestorer = createRestorer({ dictionaries: [testDictionary] })

  describe.each([
    ['the built-in dictionaries', (text: string, threshold: number) => restoreText(text, { threshold })],
    ['the test dictionary', (text: string, threshold: number) => testRestorer.restore(text, { threshold })],
  ])('restoring with %s', (_name, restore) => {
    const threshold = fc.constantFrom(0, 0.3, 0.5, 1)

    it.each([
      ['arbitrary strings', anyString, runs(300, 1500)],
      ['spun forms mixed with odd text', mixedText, runs(300, 1500)],
      ['spun sentences', spunSentences, runs(150, 800)],
    ] as const)('never throws and loses nothing: %s', (_label, text, numRuns) => {
      let withMarks = 0
      let total = 0
      fc.assert(
        fc.property(text, threshold, (input, t) => {
          const result = restore(input, t)
          expectLossless(input, result)
          total++
          if (result.marks.length > 0) withMarks++
        }),
        fcOptions(numRuns),
      )
      // The properties must bite: generated spun text gets restored, not just passed through.
      if (text !== anyString) expect(withMarks / total).toBeGreaterThan(0.2)
    })

    it('gives the same result for the same input and options', () => {
      fc.assert(
        fc.property(fc.oneof(mixedText, spunSentences), threshold, (input, t) => {
          const first = restore(input, t)
          const second = restore(input, t)
          if (JSON.stringify(first) !== JSON.stringify(second)) throw new Error('two runs differ')
        }),
        fcOptions(runs(50, 300)),
      )
    })
  })

  describe('restoring with random dictionaries over a tiny vocabulary', () => {
    // Every two-word window of the text is some entry's spun form, so candidates overlap in long
    // chains: the case where context decoding cuts a run into clusters (found: two clusters both
    // took the word they shared, and applyMarks threw E_INTERNAL on valid text).
    const vocabulary = ['big', 'red', 'cat', 'sat', 'mat']
    const entries = fc.uniqueArray(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...vocabulary), fc.constantFrom('large', 'crimson', 'feline', 'rested', 'rug'), fc.integer({ min: 50, max: 100 })), {
      minLength: 5,
      maxLength: 12,
      selector: ([a, b]) => `${a} ${b}`,
    })
    const words = fc.array(fc.constantFrom(...vocabulary), { minLength: 20, maxLength: 80 }).map((w) => w.join(' '))

    it('never throws and loses nothing', () => {
      fc.assert(
        fc.property(entries, words, (list, input) => {
          const dictionary = loadDictionary({ version: 1, name: 'tiny', entries: list.map(([a, b, original, prior]) => ({ spun: `${a} ${b}`, original, prior: prior / 100 })) })
          expectLossless(input, createRestorer({ dictionaries: [dictionary] }).restore(input))
        }),
        fcOptions(runs(100, 600)),
      )
    })
  })
}
