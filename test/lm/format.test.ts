import { describe, expect, it } from 'vitest'
import { languageModelFromTrained, loadLanguageModel, trainLanguageModel, type LanguageModel, type TrainOptions } from '../../src/lm/index.js'
import { serializeLanguageModel } from '../../scripts/lm/write-binary.js'
import { generatedCorpus, SENTENCES } from './corpus.js'

// A sample of the vocabulary plus odd cases: the cube of it keeps the comparison quick.
const WORDS = [...new Set(SENTENCES.flat())].filter((_, i) => i % 3 === 0).concat(['the', 'news', 'house', 'practice', '<s>', 'unseenword', '7'])

function roundTrip(sentences: string[][], options: TrainOptions = {}): { mem: LanguageModel; bin: LanguageModel; bytes: Uint8Array } {
  const trained = trainLanguageModel(sentences, options)
  const bytes = serializeLanguageModel(trained)
  return { mem: languageModelFromTrained(trained), bin: loadLanguageModel(bytes), bytes }
}

/** Largest |difference| of ln P over every (a, b, w) from `words` (and the same with shorter contexts). */
function maxDifference(a: LanguageModel, b: LanguageModel, words: readonly string[]): number {
  let max = 0
  for (const x of words) for (const y of words) for (const w of words) {
    for (const context of [[x, y], [y], []]) max = Math.max(max, Math.abs(a.logProb(context, w) - b.logProb(context, w)))
  }
  return max
}

describe('binary format round trip', () => {
  it.each([
    ['trigram, unpruned', {}],
    ['trigram, singletons pruned', { minCounts: [1, 1, 2] }],
    ['bigram', { order: 2 }],
    ['4-gram', { order: 4, minCounts: [1, 1, 2, 2] }],
    ['unigram', { order: 1 }],
    ['stupid backoff', { method: 'stupid-backoff' as const }],
  ])('%s: same log-probabilities and matched orders as the exact model', (_, options: TrainOptions) => {
    const { mem, bin } = roundTrip(SENTENCES, options)
    // Few distinct values: the 8-bit codebooks are exact up to float32 rounding.
    expect(maxDifference(mem, bin, WORDS)).toBeLessThan(1e-5)
    expect(bin.info.ngramCounts).toEqual(mem.info.ngramCounts)
    expect(bin.info.method).toBe(mem.info.method)
    for (const [p2, p1, w] of [['told', 'the', 'news'], ['the', 'white', 'house'], ['in', 'practice', 'the'], ['zz', 'the', 'game']] as const) {
      const ids = (m: LanguageModel): number[] => [m.wordId(w), m.wordId(p1), m.wordId(p2)]
      expect(bin.matchedOrder(...(ids(bin) as [number, number, number]))).toBe(mem.matchedOrder(...(ids(mem) as [number, number, number])))
    }
  })

  it('stays within quantization error when values outnumber the 256 levels', () => {
    const { mem, bin } = roundTrip(generatedCorpus(3000), { minCounts: [1, 1, 2] })
    let sum = 0
    let max = 0
    let n = 0
    for (const s of generatedCorpus(300, 7)) {
      for (let i = 0; i < s.length; i++) {
        const d = Math.abs(mem.logProb(s.slice(0, i), s[i]!) - bin.logProb(s.slice(0, i), s[i]!))
        sum += d
        max = Math.max(max, d)
        n++
      }
    }
    expect(sum / n).toBeLessThan(0.03)
    expect(max).toBeLessThan(0.6)
  })
})

describe('determinism', () => {
  it('gives the same bytes when built twice', () => {
    const a = serializeLanguageModel(trainLanguageModel(generatedCorpus(500), { minCounts: [1, 1, 2] }), { meta: { note: 'x' } })
    const b = serializeLanguageModel(trainLanguageModel(generatedCorpus(500), { minCounts: [1, 1, 2] }), { meta: { note: 'x' } })
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })

  it('keeps probabilities when only the table load factor changes', () => {
    const trained = trainLanguageModel(SENTENCES)
    const a = loadLanguageModel(serializeLanguageModel(trained, { loadFactor: 0.5 }))
    const b = loadLanguageModel(serializeLanguageModel(trained, { loadFactor: 0.9 }))
    expect(a.info.bytes).toBeGreaterThan(b.info.bytes)
    expect(maxDifference(a, b, WORDS.slice(0, 12))).toBe(0)
  })
})

describe('loading', () => {
  it('accepts bytes at an unaligned offset (copies them)', () => {
    const { bytes, bin } = roundTrip(SENTENCES)
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    const model = loadLanguageModel(shifted.subarray(1))
    expect(model.logProb(['told', 'the'], 'news')).toBe(bin.logProb(['told', 'the'], 'news'))
  })

  it('rejects other files with a clear error', () => {
    const { bytes } = roundTrip(SENTENCES)
    expect(() => loadLanguageModel(new Uint8Array(300))).toThrow(/not a language model file/)
    expect(() => loadLanguageModel(new Uint8Array(300))).toThrow(expect.objectContaining({ name: 'UnspinError', code: 'E_LANGUAGE_MODEL' }))
    expect(() => loadLanguageModel(bytes.subarray(0, bytes.length - 200).slice())).toThrow(/truncated/)
    const future = bytes.slice()
    new Uint32Array(future.buffer)[2] = 99
    expect(() => loadLanguageModel(future)).toThrow(/format v99/)
    expect(() => loadLanguageModel('model' as unknown as Uint8Array)).toThrow(TypeError)
  })

  it('records build facts in the meta JSON', () => {
    const trained = trainLanguageModel(SENTENCES)
    const model = loadLanguageModel(serializeLanguageModel(trained, { meta: { sources: ['test'] } }))
    expect(model.info.meta).toMatchObject({ order: 3, method: 'kneser-ney', sources: ['test'], trainingSentences: SENTENCES.length })
    expect(model.info.vocabularySize).toBe(trained.vocab.length)
  })
})
