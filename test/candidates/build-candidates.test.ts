import { describe, expect, it } from 'vitest'
import { buildCandidates } from '../../src/candidates/build-candidates.js'
import { findMatches } from '../../src/candidates/find-matches.js'
import { buildMatchIndex } from '../../src/dictionary/build-index.js'
import { createConditionDocument } from '../../src/dictionary/condition/index.js'
import { loadDictionary, loadSpinnerThesaurus } from '../../src/index.js'
import { tokenize } from '../../src/tokenize/tokenize.js'

const dictionary = loadDictionary({
  version: 1,
  name: 'test',
  entries: [
    { spun: 'instructed', original: ['told', 'ordered'], prior: 0.6 },
    { spun: 'information company', original: 'news agency', prior: 0.9 },
    { spun: 'information', original: 'data', prior: 0.5 },
    { spun: 'burdened', original: 'stressed', prior: 0.8 },
    { spun: 'irregular woodland', original: 'random forest', prior: 0.95 },
    { spun: 'reside', original: 'live', prior: 0.7, when: '"residents"' },
  ],
})
const { index } = buildMatchIndex([dictionary], undefined, { composeCompounds: false })

function spansOf(text: string, conditions = true) {
  const found = findMatches(text, tokenize(text), index, true)
  return buildCandidates(text, found, conditions ? () => createConditionDocument(text) : undefined)
}

describe('buildCandidates', () => {
  it('gives one span per matched window, options best prior first, priors shared by rank', () => {
    const { spans } = spansOf('He instructed them.')
    expect(spans).toHaveLength(1)
    const [span] = spans
    expect(span).toMatchObject({ found: 'instructed', start: 3, end: 13 })
    expect(span!.options.map((o) => o.restored)).toEqual(['told', 'ordered'])
    // Ranks 1 and 2 share the prior 2:1.
    expect(span!.options[0]!.prior).toBeCloseTo(0.4, 3)
    expect(span!.options[1]!.prior).toBeCloseTo(0.2, 3)
  })

  it('keeps overlapping windows as separate spans for the decoder to choose between', () => {
    const { spans } = spansOf('The information company said so.')
    expect(spans.map((s) => s.found).sort()).toEqual(['information', 'information company'])
  })

  it('carries the input casing onto every option', () => {
    const { spans } = spansOf('Instructed by nobody.')
    expect(spans[0]!.options.map((o) => o.restored)).toEqual(['Told', 'Ordered'])
  })

  it('re-inflects through the lemma with a lower prior', () => {
    const { spans } = spansOf('She burdens us.')
    expect(spans[0]!.options[0]!.restored).toBe('stresses')
    expect(spans[0]!.options[0]!.prior).toBeCloseTo(0.72, 3)
  })

  it('takes in an article that would no longer agree', () => {
    const { spans } = spansOf('We trained an irregular woodland.')
    expect(spans[0]).toMatchObject({ found: 'an irregular woodland' })
    expect(spans[0]!.options[0]!.restored).toBe('a random forest')
  })

  it('returns spans whose condition fails as unmet, and ignores conditions when they are off', () => {
    expect(spansOf('They reside here.').unmet.map((s) => s.found)).toEqual(['reside'])
    expect(spansOf('They reside here.').spans).toEqual([])
    expect(spansOf('They reside here.', false).spans.map((s) => s.found)).toEqual(['reside'])
    expect(spansOf('The residents reside here.').spans.map((s) => s.found)).toEqual(['reside'])
  })

  it('keeps the database\'s option or the other layer\'s where both propose the same original, as asked', () => {
    const database = loadSpinnerThesaurus('told|instructed|informed\n', { name: 'farm' })
    const both = buildMatchIndex([dictionary, database], undefined, { composeCompounds: false }).index
    const text = 'He instructed them.'
    const found = findMatches(text, tokenize(text), both, true)
    const read = (shared: 'database' | 'others') => {
      const built = buildCandidates(text, found, undefined, undefined, undefined, shared)
      return { shared: built.sharedWithDatabase, options: built.spans[0]!.options.map((o) => `${o.restored} ${o.source}${o.forward ? ' forward' : ''}`).sort() }
    }
    expect(read('database')).toEqual({ shared: true, options: ['ordered test', 'told farm forward'] })
    expect(read('others')).toEqual({ shared: true, options: ['ordered test', 'told test'] })
    expect(spansOf(text).sharedWithDatabase).toBe(false)
  })

  it('finds nothing in text without listed forms', () => {
    expect(spansOf('Nothing here is listed.')).toEqual({ spans: [], unmet: [], sharedWithDatabase: false })
  })
})
