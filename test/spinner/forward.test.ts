import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { spinHeadwords } from '../../bench/sim/spin.js'
import { aggregate, scoreDocument } from '../../bench/metrics/quality.js'
import { builtinDictionaries, createRestorer, detectSpin } from '../../src/index.js'
import { readSpinnerThesaurus } from '../../src/spinner/load-spinner-thesaurus.js'

// A story and a synonym file we wrote; the story is spun the way DESIGN section 7 measured a real
// spinner (headwords swapped at 0.83, mostly to the first synonym).
const fixture = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))
const DATABASE = readFileSync(fixture('news-spinner.txt'), 'utf8')
const STORY = readFileSync(fixture('news-story.txt'), 'utf8')
const { dictionary } = readSpinnerThesaurus(DATABASE, { name: 'farm' })
const restorer = createRestorer({ dictionaries: [...builtinDictionaries(), dictionary] })

describe('a spinner database read forward', () => {
  it('keeps the spinner channel on the dictionary: headwords and each form\'s emissions', () => {
    const channel = dictionary.spinner!
    expect(channel.headwords.size).toBeGreaterThan(10)
    for (const entry of dictionary.entries.slice(0, 20)) {
      const emission = channel.emissions.get(entry.spun.toLowerCase())
      expect(emission?.emission).toHaveLength(entry.originals.length)
      for (const p of emission!.emission) expect(p).toBeGreaterThan(0)
    }
  })

  it('estimates a high swap rate on spun copies and a low one on the clean story', () => {
    const rates = [1, 2, 3].map((seed) => detectSpin(spinHeadwords(STORY, DATABASE, seed).text, { dictionaries: [...builtinDictionaries(), dictionary] }).swapRate!)
    for (const rate of rates) expect(rate).toBeGreaterThanOrEqual(0.3)
    expect(restorer.detect(STORY).swapRate!).toBeLessThan(0.3)
  })

  it('restores most of a spun copy and leaves the clean story as it is', () => {
    const summary = aggregate([1, 2, 3].map((seed) => {
      const spun = spinHeadwords(STORY, DATABASE, seed).text
      return scoreDocument({ spun, restored: restorer.restore(spun).text, original: STORY })
    }))
    expect(summary.err!).toBeGreaterThan(0.5)
    expect(summary.changePrecision!).toBeGreaterThan(0.8)
    expect(restorer.restore(STORY).marks.filter((m) => m.source === 'farm')).toEqual([])
  })

  it('holds the database\'s changes back, as document-gate, where the swap rate is low', () => {
    // In the clean story the database still proposes changes; the low rate holds every likely one back.
    const clean = restorer.restore(STORY)
    expect(clean.skipped.some((c) => c.source === 'farm')).toBe(true)
    for (const change of clean.skipped.filter((c) => c.source === 'farm' && c.confidence >= 0.6)) expect(change.reason).toBe('document-gate')
  })
})
