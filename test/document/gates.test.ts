import { describe, expect, it } from 'vitest'
import { STRONG_PRIOR } from '../../src/candidates/prior.js'
import type { SpinnerChannel } from '../../src/dictionary/types.js'
import { gateChanges, type GateInput } from '../../src/document/gates.js'
import { DATABASE_RATE_FROM, RATE_CLEAN_BELOW } from '../../src/document/spin-score.js'
import type { Span } from '../../src/pipeline.js'
import type { Candidate, SpinAssessment } from '../../src/types.js'

// "The film opened on Friday and the picture sold out.": "film" restored by a learned table, "picture"
// by a loaded database.
const channel = (kind: 'learned' | 'database'): SpinnerChannel => ({
  headwords: new Set(),
  maxHeadwordWords: 1,
  emissions: new Map(),
  ...(kind === 'learned' ? { verdictOnly: true } : {}),
})
const learned = channel('learned')
const database = channel('database')

function span(start: number, found: string, restored: string, forward: SpinnerChannel, prior = 0.5): Span {
  return {
    first: start, last: start, start, end: start + found.length, found,
    options: [{ restored, prior, entryId: `${found}>${restored}`, source: forward === learned ? 'news-mined' : 'my-db', forward: { channel: forward, emission: 0.5, spunIsHeadword: false } }],
  }
}

function change(s: Span): Candidate {
  const o = s.options[0]!
  return { start: s.start, end: s.end, found: s.found, restored: o.restored, confidence: 0.7, level: 'medium', alternatives: [], source: o.source, entryId: o.entryId }
}

const learnedSpan = span(4, 'film', 'movie', learned)
const strongLearnedSpan = span(4, 'film', 'movie', learned, STRONG_PRIOR)
const databaseSpan = span(34, 'picture', 'photo', database)

function passing(input: Partial<GateInput> & { spans: readonly Span[] }): string[] {
  const spin: SpinAssessment = { score: 0.9, verdict: 'spun', evidence: 20, density: 20, words: 1000, swapRate: 0.8 }
  const chosen = input.spans.map(change)
  const passes = gateChanges({ spin, chosen, confidentKeys: new Set(), fallbackRate: undefined, documentGate: true, databaseLoaded: true, ...input })
  return chosen.filter(passes).map((c) => c.restored)
}

describe('gateChanges: learned tables with a spinner database loaded', () => {
  it('holds a learned table\'s weak change where the learned tables\' own rate finds the text clean', () => {
    expect(passing({ spans: [learnedSpan, databaseSpan], learnedRate: RATE_CLEAN_BELOW / 2 })).toEqual(['photo'])
  })

  it('lets it through where the learned tables find the text spun too', () => {
    expect(passing({ spans: [learnedSpan, databaseSpan], learnedRate: DATABASE_RATE_FROM })).toEqual(['movie', 'photo'])
  })

  it('lets it through where the learned tables have no rate (no option of theirs was read)', () => {
    expect(passing({ spans: [learnedSpan, databaseSpan] })).toEqual(['movie', 'photo'])
  })

  it('never holds a learned change with a strong prior', () => {
    expect(passing({ spans: [strongLearnedSpan, databaseSpan], learnedRate: 0.01 })).toEqual(['movie', 'photo'])
  })

  it('without a database, reads the document\'s own rate, which is the learned tables\'', () => {
    const spin: SpinAssessment = { score: 0.9, verdict: 'spun', evidence: 20, density: 20, words: 1000, swapRate: 0.01 }
    expect(passing({ spans: [learnedSpan], spin, databaseLoaded: false, learnedRate: 0.9 })).toEqual([])
    expect(passing({ spans: [learnedSpan], spin: { ...spin, swapRate: 0.5 }, databaseLoaded: false })).toEqual(['movie'])
  })
})
