import { describe, expect, it } from 'vitest'
import { priorCandidate, selectChanges, type Proposal } from '../../src/decode/select-changes.js'
import type { Span } from '../../src/pipeline.js'

function span(first: number, last: number, prior: number, restored = `r${first}-${last}`): Span {
  return { first, last, start: first * 10, end: last * 10 + 5, found: `f${first}-${last}`, options: [{ restored, prior, entryId: restored, source: 'test' }] }
}
const byPrior = (s: Span): Proposal => ({ span: s, candidate: priorCandidate(s) })

describe('selectChanges', () => {
  it('skips changes below the threshold', () => {
    const { chosen, skipped } = selectChanges([byPrior(span(0, 0, 0.9)), byPrior(span(2, 2, 0.3))], 0.5, 'longest-first')
    expect(chosen.map((c) => c.found)).toEqual(['f0-0'])
    expect(skipped).toMatchObject([{ found: 'f2-2', reason: 'below-threshold' }])
  })

  it('longest-first: a phrase beats the more confident word inside it', () => {
    const { chosen, skipped } = selectChanges([byPrior(span(1, 1, 0.95)), byPrior(span(0, 1, 0.7))], 0.5, 'longest-first')
    expect(chosen.map((c) => c.found)).toEqual(['f0-1'])
    expect(skipped).toMatchObject([{ found: 'f1-1', reason: 'overlap' }])
  })

  it('input-order: the earlier of two overlapping changes is kept', () => {
    const { chosen, skipped } = selectChanges([byPrior(span(1, 2, 0.95)), byPrior(span(0, 1, 0.7))], 0.5, 'input-order')
    expect(chosen.map((c) => c.found)).toEqual(['f0-1'])
    expect(skipped).toMatchObject([{ found: 'f1-2', reason: 'overlap' }])
  })

  it('reports a span the decoder kept with the decoder\'s reason, whatever its confidence', () => {
    const kept: Proposal = { ...byPrior(span(0, 0, 0.99)), kept: 'overlap' }
    const { chosen, skipped } = selectChanges([kept], 0.5, 'input-order')
    expect(chosen).toEqual([])
    expect(skipped).toMatchObject([{ found: 'f0-0', reason: 'overlap' }])
  })

  it('returns both lists in input order', () => {
    const proposals = [span(6, 6, 0.9), span(0, 0, 0.2), span(3, 3, 0.9), span(1, 1, 0.1)].map(byPrior)
    const { chosen, skipped } = selectChanges(proposals, 0.5, 'longest-first')
    expect(chosen.map((c) => c.start)).toEqual([30, 60])
    expect(skipped.map((c) => c.start)).toEqual([0, 10])
  })
})

describe('priorCandidate', () => {
  it('reports the best option and the others as alternatives, with priors as confidences', () => {
    const s: Span = { first: 0, last: 0, start: 0, end: 6, found: 'stated', options: [{ restored: 'said', prior: 0.8, entryId: 'stated', source: 'a' }, { restored: 'declared', prior: 0.3, entryId: 'stated', source: 'a' }] }
    expect(priorCandidate(s)).toEqual({
      start: 0, end: 6, found: 'stated', restored: 'said', confidence: 0.8, level: 'high', source: 'a', entryId: 'stated',
      alternatives: [{ restored: 'declared', confidence: 0.3, level: 'low', entryId: 'stated', source: 'a' }],
    })
  })
})
