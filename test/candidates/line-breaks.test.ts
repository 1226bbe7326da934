import { describe, expect, it } from 'vitest'
import { keepLineBreaks } from '../../src/candidates/line-breaks.js'
import { createRestorer, loadDictionary } from '../../src/index.js'

describe('keepLineBreaks', () => {
  it.each([
    ['irregular woodland', 'random forest', 'random forest'],
    ['irregular\nwoodland', 'random forest', 'random\nforest'],
    ['irregular \r\n  woodland', 'random forest', 'random \r\n  forest'],
    ['very\nmuch irregular', 'quite random', 'quite\nrandom'],
    ['a huge\nirregular woodland', 'a random forest', 'a random\nforest'],
    ['a very big\nwoodland', 'a forest', 'a\nforest'],
    ['with\nout', 'without', 'without'],
  ])('%j restored as %j keeps its breaks: %j', (found, restored, expected) => {
    expect(keepLineBreaks(found, restored)).toBe(expected)
  })
})

describe('phrases in hard-wrapped text', () => {
  const dictionary = loadDictionary({
    version: 1,
    name: 'papers',
    entries: [
      { spun: 'irregular woodland', original: 'random forest', prior: 0.9 },
      { spun: 'counterfeit consciousness', original: 'artificial intelligence', prior: 0.9 },
    ],
  })
  const restorer = createRestorer({ dictionaries: [dictionary] })

  it('finds a phrase across a line break and keeps the break', () => {
    const input = 'In this study we compare several methods, among them the irregular\nwoodland and counterfeit\r\nconsciousness tools.'
    const result = restorer.restore(input)
    expect(result.text).toBe('In this study we compare several methods, among them the random\nforest and artificial\r\nintelligence tools.')
    for (const mark of result.marks) expect(input.slice(mark.start, mark.end)).toBe(mark.found)
  })

  it('does not join words across a blank line or a list marker', () => {
    expect(restorer.restore('Our method is irregular\n\nWoodland paths were mapped.').marks).toEqual([])
    expect(restorer.restore('Kinds of growth:\n- irregular\n- woodland\n', { inputFormat: 'markdown' }).marks).toEqual([])
  })
})
