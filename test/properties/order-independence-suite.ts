import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { builtinDictionaries, createRestorer, loadDictionary, type Dictionary, type DictionaryEntry, type RestoreResult, type Restorer } from '../../src/index.js'
import { TEST_ENTRIES, mixedText, spunSentences } from './arbitraries.js'
import { fcOptions, tierRuns, type Tier } from './fc-options.js'

/** An entry of a validated dictionary written back in the input format. */
function asInput(entry: DictionaryEntry) {
  return { id: entry.id, spun: entry.spun, original: [...entry.originals], prior: entry.prior, ...(entry.pos ? { pos: entry.pos } : {}), ...(entry.when ? { when: entry.when } : {}) }
}

/**
 * Shuffled entries and layers give the same results. Run by order-independence.test.ts (fast tier:
 * a smaller corpus, fewer shuffles, the built-in layers reversed) and order-independence.slow.test.ts.
 */
export function orderIndependenceSuite(tier: Tier): void {
  /** A fixed corpus of generated texts, restored once per dictionary arrangement. */
  const corpus = fc.sample(fc.oneof(spunSentences, mixedText), { numRuns: tierRuns(tier, 30, 60), seed: 7 })

  function outcome(restorer: Restorer): string[] {
    const pick = (r: RestoreResult) => JSON.stringify({ text: r.text, marks: r.marks, skipped: r.skipped })
    return corpus.map((text) => pick(restorer.restore(text, { threshold: 0.1 })))
  }

  describe('dictionary order independence', () => {
    it('the test entries give the same results however they are shuffled and split into layers', () => {
      const split = (entries: readonly (typeof TEST_ENTRIES)[number][], at: number, swap: boolean) => {
        const a = loadDictionary({ version: 1, name: 'first', entries: entries.filter((_, i) => i < at) })
        const b = loadDictionary({ version: 1, name: 'second', entries: entries.filter((_, i) => i >= at) })
        return createRestorer({ dictionaries: swap ? [b, a] : [a, b] })
      }
      // The same split points and names, so the same entry always comes from the same layer.
      const byName = new Map(TEST_ENTRIES.map((e, i) => [e.spun, i]))
      const layerOf = (at: number) => (e: (typeof TEST_ENTRIES)[number]) => (byName.get(e.spun)! < at ? 0 : 1)
      fc.assert(
        fc.property(fc.shuffledSubarray([...TEST_ENTRIES], { minLength: TEST_ENTRIES.length }), fc.integer({ min: 0, max: TEST_ENTRIES.length }), fc.boolean(), (shuffled, at, swap) => {
          const reference = split(TEST_ENTRIES, at, false)
          const ordered = [...shuffled].sort((x, y) => layerOf(at)(x) - layerOf(at)(y))
          const firstCount = ordered.filter((e) => layerOf(at)(e) === 0).length
          expect(outcome(split(ordered, firstCount, swap))).toEqual(outcome(reference))
        }),
        fcOptions(tierRuns(tier, 6, 25)),
      )
    }, 60_000)

    it('the built-in layers give the same results in any order, and with their entries shuffled', () => {
      const builtins = builtinDictionaries()
      const reference = outcome(createRestorer())
      expect(builtins.length).toBeGreaterThan(1)
      expect(outcome(createRestorer({ dictionaries: [...builtins].reverse() }))).toEqual(reference)
      if (tier === 'slow') {
        fc.assert(
          fc.property(fc.shuffledSubarray([...builtins], { minLength: builtins.length }), (layers) => {
            expect(outcome(createRestorer({ dictionaries: layers }))).toEqual(reference)
          }),
          fcOptions(3),
        )
      }
      // Shuffled entries lose the precomputed phrase analysis, so this uses a sample of each layer.
      const sample = (d: Dictionary, seed: number): Dictionary => {
        const entries = fc.sample(fc.shuffledSubarray([...d.entries], { minLength: Math.min(150, d.entries.length), maxLength: Math.min(150, d.entries.length) }), { numRuns: 1, seed })[0]!
        return loadDictionary({ version: 1, name: d.name, entries: entries.map(asInput) })
      }
      const sampled = builtins.map((d) => sample(d, 1))
      const sampledReference = outcome(createRestorer({ dictionaries: sampled }))
      for (const seed of tier === 'fast' ? [2] : [2, 3]) {
        const reshuffled = sampled.map((d) => loadDictionary({ version: 1, name: d.name, entries: fc.sample(fc.shuffledSubarray([...d.entries], { minLength: d.entries.length }), { numRuns: 1, seed })[0]!.map(asInput) }))
        expect(outcome(createRestorer({ dictionaries: [...reshuffled].reverse() }))).toEqual(sampledReference)
      }
    }, 120_000)
  })
}
