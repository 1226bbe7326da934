import { describe, expect, it } from 'vitest'
import { createRestorer, learnFromPairs, loadDictionary, restoreText, undoMarks, type DictionaryEntryInput, type RestoreResult } from '../src/index.js'

const swapEntries: DictionaryEntryInput[] = [
  { spun: 'burdened', original: 'stressed', prior: 0.9 },
  { spun: 'stays', original: 'remains', prior: 0.9 },
  { spun: 'nations', original: 'countries', prior: 0.9 },
  { spun: 'nonetheless', original: 'however', prior: 0.9 },
  { spun: 'with out', original: 'without', prior: 0.9 },
  { spun: 'in line with', original: 'according to', prior: 0.8 },
  { spun: 'line', original: 'queue', prior: 0.3 },
]
const swaps = loadDictionary({ version: 1, name: 'test-swaps', entries: swapEntries })
// Matching mechanics are tested without the language model: confidences are then the entry priors.
const restorer = createRestorer({ dictionaries: [swaps], languageModel: null })

/** Every mark slices the input at its offsets and the output at its output offsets. */
function expectConsistent(input: string, result: RestoreResult): void {
  for (const mark of result.marks) {
    expect(input.slice(mark.start, mark.end)).toBe(mark.found)
    expect(result.text.slice(mark.outputStart, mark.outputEnd)).toBe(mark.restored)
  }
  expect(undoMarks(result.text, result.marks)).toBe(input)
}

describe('undoMarks', () => {
  it('refuses the marks of another result instead of corrupting the text (issue 18)', () => {
    const one = restoreText('Peskov instructed TASS information company on Monday, with out providing details.')
    const other = restoreText('He said it on Monday, with out providing details, to the information company.')
    expect(one.marks.length).toBeGreaterThan(1)
    expect(other.marks.length).toBeGreaterThan(0)
    expect(() => undoMarks(one.text, other.marks)).toThrow(expect.objectContaining({ name: 'TypeError', code: 'E_ARGUMENT' }))
    // Some of a result's marks (a reader rejected them): only those are undone.
    const [first, ...rest] = one.marks
    const partlyUndone = undoMarks(one.text, rest)
    expect(partlyUndone.startsWith(one.text.slice(0, first!.outputEnd))).toBe(true)
    expect(undoMarks(partlyUndone, [first!])).toBe('Peskov instructed TASS information company on Monday, with out providing details.')
  })
})

describe('restoreText with the built-in dictionaries', () => {
  it('restores the wire-story sentence and marks each change', () => {
    const input = 'Peskov instructed TASS information company on Monday, with out providing details.'
    const result = restoreText(input)
    expect(result.text).toBe('Peskov told TASS news agency on Monday, without providing details.')
    expect(result.marks.map((m) => [m.found, m.restored])).toEqual([
      ['instructed', 'told'],
      ['information company', 'news agency'],
      ['with out', 'without'],
    ])
    for (const mark of result.marks) {
      expect(mark.confidence).toBeGreaterThan(0)
      expect(mark.confidence).toBeLessThanOrEqual(1)
      expect(['high', 'medium', 'low']).toContain(mark.level)
      expect(mark.source).toBe('news-swaps')
      expect(mark.entryId).toMatch(/^[a-z0-9-]+$/)
    }
    expectConsistent(input, result)
  })

  it('returns the input itself when nothing is restored', () => {
    const input = 'A plain sentence about the weather in spring.\r\n\u00a0😀'
    const result = restoreText(input)
    expect(result.marks).toEqual([])
    expect(result.text).toBe(input)
  })
})

describe('matching', () => {
  it.each([
    ['The report burdened the risk.', 'The report stressed the risk.'],
    ['She burdens the point daily.', 'She stresses the point daily.'],
    ['It stays open.', 'It remains open.'],
    ['They stayed home.', 'They remained home.'],
    ['Two nations agreed.', 'Two countries agreed.'],
    ['The nation agreed.', 'The country agreed.'],
    ['Nonetheless, it rained.', 'However, it rained.'],
    ['NONETHELESS IT RAINED.', 'HOWEVER IT RAINED.'],
    ['He left with out a word.', 'He left without a word.'],
    ['Prices rose, in line with the survey.', 'Prices rose, according to the survey.'],
  ])('%s -> %s', (input, expected) => {
    const result = restorer.restore(input)
    expect(result.text).toBe(expected)
    expectConsistent(input, result)
  })

  it('prefers the longest phrase and reports the shorter overlapping candidate as skipped', () => {
    const result = restorer.restore('Sales grew in line with forecasts.', { threshold: 0.2 })
    expect(result.text).toBe('Sales grew according to forecasts.')
    expect(result.skipped.map((s) => [s.found, s.reason])).toEqual([['line', 'overlap']])
  })

  it('keeps candidates under the threshold in `skipped`', () => {
    const result = restorer.restore('Wait in the line.')
    expect(result.text).toBe('Wait in the line.')
    expect(result.skipped).toMatchObject([{ found: 'line', restored: 'queue', reason: 'below-threshold' }])
    expect(restorer.restore('Wait in the line.', { threshold: 0.25 }).text).toBe('Wait in the queue.')
  })

  it('matches across the line break of hard-wrapped text, not across a blank line or inside a URL', () => {
    expect(restorer.restore('He left with\nout a word.').text).toBe('He left without a word.')
    expect(restorer.restore('He left with\n\nout a word.').marks).toEqual([])
    expect(restorer.restore('See https://example.com/with out').marks.map((m) => m.found)).toEqual([])
  })

  it('restores a phrase split by a tab or several spaces, keeping offsets exact', () => {
    const input = 'He left with \t out a word.'
    const result = restorer.restore(input)
    expect(result.text).toBe('He left without a word.')
    expectConsistent(input, result)
  })
})

describe('dictionary options', () => {
  it('applies an entry only when its `when` condition holds in the document', () => {
    const dictionary = loadDictionary({
      version: 1,
      name: 'papers',
      entries: [{ spun: 'bosom peril', original: 'breast cancer', when: '"bosom peril" AND tumour' }],
    })
    const r = createRestorer({ dictionaries: [dictionary], languageModel: null })
    expect(r.restore('Bosom peril screening saves lives.').marks).toEqual([])
    expect(r.restore('Bosom peril screening saves lives.').skipped[0]?.reason).toBe('condition-not-met')
    expect(r.restore('Bosom peril screening finds the tumour early.').text).toBe('Breast cancer screening finds the tumour early.')
  })

  it('later layers win and shadowed entries are reported', () => {
    const mine = loadDictionary({ version: 1, name: 'mine', entries: [{ spun: 'stays', original: 'persists', prior: 0.95 }] })
    const r = createRestorer({ dictionaries: [swaps, mine] })
    expect(r.restore('It stays.').text).toBe('It persists.')
    expect(r.warnings).toMatchObject([{ code: 'shadowed-entry', source: 'test-swaps', entryId: 'stays' }])
  })

  it('disables dictionaries by name and entries by id', () => {
    expect(createRestorer({ dictionaries: [swaps], disable: ['stays'] }).restore('It stays.').marks).toEqual([])
    expect(createRestorer({ dictionaries: [swaps], disable: ['test-swaps'] }).restore('It stays.').marks).toEqual([])
  })

  it('warns about a disable name that matches no dictionary or entry', () => {
    const restorer = createRestorer({ dictionaries: [swaps], disable: ['stays', 'test-swap'] })
    expect(restorer.warnings).toMatchObject([{ code: 'unknown-disable' }])
    expect(restorer.warnings[0]!.message).toContain('"test-swap"')
    expect(createRestorer({ dictionaries: [swaps], disable: ['stays', 'test-swaps'] }).warnings).toEqual([])
  })

  it('gives the same result whatever the order of dictionaries and entries', () => {
    const input = 'Nonetheless the nations stays burdened, with out doubt, in line with rules.'
    const a = createRestorer({ dictionaries: [swaps] }).restore(input, { threshold: 0.1 })
    const shuffled = loadDictionary({ version: 1, name: 'test-swaps', entries: [...swapEntries].reverse() })
    const other = loadDictionary({ version: 1, name: 'other', entries: [{ spun: 'doubt', original: 'question', prior: 0.7 }] })
    const b = createRestorer({ dictionaries: [shuffled, other] }).restore(input, { threshold: 0.1 })
    const c = createRestorer({ dictionaries: [other, shuffled] }).restore(input, { threshold: 0.1 })
    expect(b).toEqual(c)
    // The other layer's candidate sits in the same decoding window as "with out", so its posterior may
    // move in the last digit; which changes are made must not.
    const spans = (r: RestoreResult) => r.marks.filter((m) => m.source !== 'other').map(({ start, end, restored }) => ({ start, end, restored }))
    expect(spans(b)).toEqual(spans(a))
  })

  it('treats prototype names as ordinary words', () => {
    const dictionary = loadDictionary({
      version: 1,
      name: 'hostile',
      entries: [
        { spun: 'constructor', original: 'builder', prior: 0.9 },
        { spun: '__proto__', original: 'prototype', prior: 0.9 },
        { spun: 'toString', original: 'text', prior: 0.9 },
      ],
    })
    const result = createRestorer({ dictionaries: [dictionary], languageModel: null }).restore('The constructor and toString and hasOwnProperty.')
    expect(result.text).toBe('The builder and text and hasOwnProperty.')
  })
})

describe('restoreText with options', () => {
  it('gives what a restorer built with the same options gives, call after call, whatever options came before', () => {
    const input = 'We met with out delay. An irregular woodland was trained.'
    const sets = [
      // The threshold first: a cached restorer must not keep it for the next call with the same stages.
      { stages: { documentGate: false }, threshold: 0.999 },
      { stages: { documentGate: false } },
      { stages: { documentGate: false, context: false } },
      { disable: ['with-out'], stages: { documentGate: false } },
      { languageModel: null },
      {},
    ]
    const expected = sets.map((options) => createRestorer(options).restore(input))
    for (let round = 0; round < 2; round++) {
      sets.forEach((options, i) => expect(restoreText(input, options)).toEqual(expected[i]))
    }
    expect(new Set(expected.map((r) => r.text)).size).toBeGreaterThan(1)
  })
})

describe('API misuse', () => {
  it.each([
    [() => restoreText(42 as unknown as string), /expected `text` to be a string, got number 42/],
    [() => restoreText('x', { threshold: 2 }), /expected `options.threshold` to be a number from 0 to 1/],
    [() => restoreText('x', { treshold: 0.5 } as never), /options.treshold/],
    [() => createRestorer({ dictionaries: 'news' } as never), /options.dictionaries/],
    [() => createRestorer({ dictionaries: [''] }), /expected `options.dictionaries\[0\]` to be a dictionary, a dictionary object or a file path, got the string ""/],
    [() => restorer.restore('x', { dictionaries: [] } as never), /per-call option.*`dictionaries` is set in createRestorer/],
    [() => restoreText('x', { treshold: 0.5 } as never), /did you mean `threshold`\?/],
    [() => createRestorer({ stages: { posEvidnce: false } } as never), /options.stages.posEvidnce.*did you mean `posEvidence`\?/],
    [() => learnFromPairs([{ original: 'It rained.', spun: 'It poured.' }], { minSupport: 2 } as never), /options.minSupport.*did you mean `minSwaps`\?/],
    [() => undoMarks(5 as unknown as string, []), /expected `output` to be a string/],
    [() => undoMarks('x', null as never), /expected `marks` to be an array/],
    [() => undoMarks('abc', [{ found: 'x' }] as never), /expected `marks\[0\]` to be a mark with `found`, `restored`, `outputStart` and `outputEnd`/],
    [() => undoMarks('abc', [{ found: 'x', restored: 'y', outputStart: 2, outputEnd: 9 }] as never), /`marks\[0\]` to lie inside the output/],
    // Marks of another text (issue 18): the restored text is not where the mark says, or the input offsets do not span `found`.
    [() => undoMarks('Peskov told TASS.', [{ found: 'instructed', restored: 'said', start: 7, end: 17, outputStart: 7, outputEnd: 11 }] as never), /`marks\[0\]` to be a mark of this output, with its `restored` text at outputStart 7; the output has the string "told" there, the mark the string "said"/],
    [() => undoMarks('Peskov told TASS.', [{ found: 'instructed', restored: 'told', start: 3, end: 9, outputStart: 7, outputEnd: 11 }] as never), /`marks\[0\]` to span its `found` text \(10 characters\); got start 3 and end 9/],
  ])('throws a TypeError that says what was expected (%#)', (call, message) => {
    expect(call).toThrow(TypeError)
    expect(call).toThrow(message)
    expect(call).toThrow(expect.objectContaining({ code: 'E_ARGUMENT' }))
  })
})

describe('lossless output', () => {
  const texts = [
    'Nonetheless the nations stays burdened, with out doubt.',
    'NONETHELESS\r\nthe Nations\tstays  burdened 😀 with out.',
    'with out with out with out',
    'Peskov instructed TASS information company on Monday.\n\nWhite Home officers stated the particular army operation continues.',
    '',
  ]
  it.each(texts)('undoing every mark gives the input back: %s', (input) => {
    for (const result of [restorer.restore(input, { threshold: 0 }), restoreText(input, { threshold: 0 })]) {
      expectConsistent(input, result)
      const again = restoreText(input, { threshold: 0 })
      expect(again).toEqual(restoreText(input, { threshold: 0 }))
    }
  })
})

describe('regressions', () => {
  it('does not throw where wink-nlp gives no lemma ("cannot" before punctuation)', () => {
    expect(restoreText('We cannot. It cannot, however, be done.').text).toBe('We cannot. It cannot, however, be done.')
  })

  it('does not match a phrase that ends or starts inside a hyphenated compound', () => {
    expect(restorer.restore('It ships with out-of-the-box support.').marks).toEqual([])
    expect(restorer.restore('A drop-with out warning.').marks).toEqual([])
    expect(restorer.restore('It ships with out delay.').text).toBe('It ships without delay.')
  })
})
