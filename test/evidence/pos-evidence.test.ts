import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createLanguageModelFromCounts, createRestorer, loadDictionary, loadPosModel } from '../../src/index.js'
import { packageFilePath } from '../../src/package-file.js'
import { DEFAULT_POS_MODEL_FILE, loadDefaultPosModel, PosWindowScorer } from '../../src/pos/index.js'
import { posEvidenceFor } from '../../src/evidence/pos-evidence.js'
import { tokenize } from '../../src/tokenize/tokenize.js'

const scorer = new PosWindowScorer(loadDefaultPosModel())

/** The POS evidence for replacing `spun` (one occurrence in `text`) by `option`. */
function evidence(text: string, spun: string, option: string[]): number {
  const words = tokenize(text).filter((t) => t.pos !== 'SPACE')
  const spunWords = spun.split(' ')
  const first = words.findIndex((_, i) => spunWords.every((w, k) => words[i + k]?.norm === w))
  expect(first).toBeGreaterThanOrEqual(0)
  return posEvidenceFor(scorer, words, first, first + spunWords.length - 1)(option)
}

describe('POS evidence', () => {
  it('prefers a noun where a noun belongs ("in observe" -> "in practice")', () => {
    expect(evidence('The rules work well in observe, she said.', 'observe', ['practice'])).toBeGreaterThan(0.5)
  })

  it('counts against a noun where the verb belongs', () => {
    expect(evidence('We observe the rules every day.', 'observe', ['recreation'])).toBeLessThan(-0.5)
  })

  it('is neutral for a swap within one part of speech', () => {
    expect(evidence('They were at the top of their recreation.', 'recreation', ['game'])).toBeCloseTo(0, 9)
  })

  it('leaves options of another length alone', () => {
    expect(evidence('The talks will resume in the present day.', 'in the present day', ['today'])).toBe(0)
  })

  it('scores the same window the same way every time', () => {
    const a = evidence('The rules work well in observe, she said.', 'observe', ['practice'])
    evidence('We observe the rules every day.', 'observe', ['recreation'])
    expect(evidence('The rules work well in observe, she said.', 'observe', ['practice'])).toBe(a)
  })
})

// A tiny language model that knows neither "in practice" nor "we observe": only POS evidence can tell them apart.
const languageModel = createLanguageModelFromCounts(['the rules work well', 'she said so', 'the game ended'].map((s) => s.split(' ')))
const dictionary = loadDictionary({ version: 1, name: 'test', entries: [{ spun: 'observe', original: 'practice', prior: 0.4 }] })

describe('stages.posEvidence', () => {
  const confidence = (posEvidence: boolean, text: string): number => {
    const restorer = createRestorer({ dictionaries: [dictionary], languageModel, stages: { posEvidence, documentGate: false }, threshold: 0 })
    const result = restorer.restore(text)
    return [...result.marks, ...result.skipped].find((c) => c.found === 'observe')!.confidence
  }

  it('raises the confidence of a swap that repairs the syntax, and lowers one that breaks it', () => {
    const broken = 'The rules work well in observe, she said.'
    const fine = 'We observe the rules, she said.'
    expect(confidence(true, broken)).toBeGreaterThan(confidence(false, broken))
    expect(confidence(true, fine)).toBeLessThan(confidence(false, fine))
  })

  it('is on by default and gives the same result on every run', () => {
    const text = 'The rules work well in observe, she said.'
    const byDefault = createRestorer({ dictionaries: [dictionary], languageModel, stages: { documentGate: false }, threshold: 0 })
    const first = byDefault.restore(text)
    expect(first).toEqual(byDefault.restore(text))
    expect(first.marks[0]?.confidence ?? first.skipped[0]!.confidence).toBe(confidence(true, text))
  })

  it('must be a boolean', () => {
    expect(() => createRestorer({ stages: { posEvidence: 'yes' as unknown as boolean } })).toThrow(TypeError)
  })
})

describe('options.posModel', () => {
  const text = 'The rules work well in observe, she said.'
  const confidenceWith = (options: Parameters<typeof createRestorer>[0]): number => {
    const result = createRestorer({ dictionaries: [dictionary], languageModel, threshold: 0, ...options, stages: { documentGate: false } }).restore(text)
    return [...result.marks, ...result.skipped].find((c) => c.found === 'observe')!.confidence
  }

  it('takes a model loaded from bytes, as a browser would pass it', () => {
    const bytes = readFileSync(packageFilePath(DEFAULT_POS_MODEL_FILE, 'POS model'))
    expect(confidenceWith({ posModel: loadPosModel(bytes) })).toBe(confidenceWith({}))
  })

  it('null turns POS evidence off without a warning', () => {
    const restorer = createRestorer({ dictionaries: [dictionary], languageModel, posModel: null })
    expect(restorer.warnings).toEqual([])
    const off = createRestorer({ dictionaries: [dictionary], languageModel, threshold: 0, stages: { documentGate: false, posEvidence: false } }).restore(text)
    expect(confidenceWith({ posModel: null })).toBe([...off.marks, ...off.skipped][0]!.confidence)
  })

  it('anything else is an argument error', () => {
    expect(() => createRestorer({ posModel: {} as unknown as null })).toThrow(expect.objectContaining({ code: 'E_ARGUMENT', message: expect.stringContaining('options.posModel') }))
  })
})
