import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { builtinDictionaries, createRestorer, type Restorer } from '../../src/index.js'
import { loadSpinnerThesaurus } from '../../src/spinner/load-spinner-thesaurus.js'
import { spin } from '../../bench/sim/spin.js'
import { aggregate, scoreDocument, type Summary } from '../../bench/metrics/quality.js'

/**
 * Issue 8's acceptance test: a news story we wrote, spun with a spinner file we wrote, restores
 * markedly better with that file loaded than with the built-in dictionaries alone.
 *
 * Figures when written (5 seeds, skip rate 0.2, 5 x 335 words), built-ins alone -> with the file:
 * - priors only (`languageModel: null`), threshold 0.4: ERR 0.09 -> 0.87, change precision 0.92 ->
 *   0.97, region recall 0.05 -> 0.86, false changes on the clean story 0 -> 3;
 * - priors only, default threshold 0.5: ERR 0.07 -> 0.66, precision 0.91 -> 0.98 (second synonyms of
 *   short lines get 0.48 and wait in `skipped`);
 * - with context scoring (the shipped model, default threshold; remeasured 2026-11-28 with document
 *   evidence and the spun-document prior, before calibration, POS evidence and composed phrases): ERR 0.18 -> 0.87, precision 0.84 -> 0.92, region recall
 *   0.14 -> 0.87, no false change on the clean story either way.
 * What is lost: words whose original was not the headword of its line (the spinner swapped "support"
 * for "help", which restores to "help"'s own headword), and forms on several lines ("file" is on the
 * lines of "report" and "record"). The clean story's false changes are database entries doing what
 * they say ("regional" is a synonym of "local"): load a spinner database for text known or suspected
 * to be spun with it. The margins asserted leave room for changes to matching and to the model.
 */
const fixture = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))
const DATABASE = fixture('news-spinner.txt')
const STORY = readFileSync(fixture('news-story.txt'), 'utf8')
const SEEDS = [1, 2, 3, 4, 5]

function score(restorer: Restorer): Summary {
  const database = readFileSync(DATABASE, 'utf8')
  return aggregate(
    SEEDS.map((seed) => {
      const spun = spin(STORY, database, seed).text
      return scoreDocument({ spun, restored: restorer.restore(spun).text, original: STORY })
    }),
  )
}

describe('a spinner database we wrote restores text spun with it', () => {
  const database = loadSpinnerThesaurus(DATABASE)
  const layers = [...builtinDictionaries(), database]

  it('does markedly better with the database loaded (priors only, threshold 0.4)', () => {
    const without = score(createRestorer({ threshold: 0.4, languageModel: null }))
    const withDatabase = score(createRestorer({ dictionaries: layers, threshold: 0.4, languageModel: null }))
    expect(without.err!).toBeLessThan(0.15)
    expect(withDatabase.err!).toBeGreaterThan(0.8)
    expect(withDatabase.err!).toBeGreaterThan(without.err! + 0.6)
    expect(withDatabase.changePrecision!).toBeGreaterThanOrEqual(0.9)
    expect(withDatabase.regionRecall!).toBeGreaterThan(0.75)
  })

  it('still helps at the default threshold, more cautiously (priors only)', () => {
    const without = score(createRestorer({ languageModel: null }))
    const withDatabase = score(createRestorer({ dictionaries: layers, languageModel: null }))
    expect(withDatabase.err!).toBeGreaterThan(without.err! + 0.4)
    expect(withDatabase.changePrecision!).toBeGreaterThanOrEqual(0.9)
  })

  it('helps the default restorer, with context scoring when a language model is present', () => {
    const without = score(createRestorer())
    const withDatabase = score(createRestorer({ dictionaries: layers }))
    expect(withDatabase.err!).toBeGreaterThan(without.err! + 0.4)
    expect(withDatabase.changePrecision!).toBeGreaterThanOrEqual(0.85)
  })

  it('changes little of the clean story', () => {
    const restorer = createRestorer({ dictionaries: layers, threshold: 0.4, languageModel: null })
    expect(restorer.restore(STORY).marks.length).toBeLessThanOrEqual(5)
  })
})
