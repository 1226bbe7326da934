import { describe, expect, it } from 'vitest'
import { EVIDENCE_SOURCES } from '../../src/evidence/sources.js'
import { createRestorer, loadDictionary } from '../../src/index.js'

const dictionary = loadDictionary({ version: 1, name: 'test', entries: [{ spun: 'irregular woodland', original: 'random forest', prior: 0.3 }] })

describe('evidence sources', () => {
  it('have one distinct stage each, and every stage is an accepted switch', () => {
    const stages = EVIDENCE_SOURCES.map((s) => s.stage)
    expect(new Set(stages).size).toBe(stages.length)
    for (const stage of stages) expect(() => createRestorer({ dictionaries: [dictionary], stages: { [stage]: false } })).not.toThrow()
    expect(() => createRestorer({ dictionaries: [dictionary], stages: { notAStage: false } as never })).toThrow(/stages/)
  })

  it('switch off one by one: acronym evidence decides "irregular woodland (RF)" only when on', () => {
    const text = 'We trained an irregular woodland (RF) on the data.'
    const on = createRestorer({ dictionaries: [dictionary], stages: { documentGate: false } }).restore(text)
    const off = createRestorer({ dictionaries: [dictionary], stages: { documentGate: false, acronymEvidence: false } }).restore(text)
    const confidence = (r: typeof on) => [...r.marks, ...r.skipped].find((c) => c.found.includes('woodland'))!.confidence
    expect(confidence(on)).toBeGreaterThan(confidence(off))
  })
})
