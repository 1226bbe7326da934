import { readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultLanguageModelPath, loadDefaultLanguageModel, loadLanguageModel } from '../../src/lm/index.js'

// Sentences written for unspin: the original wording and the same sentence with a spinner's swap.
const PAIRS: readonly (readonly [string, string])[] = [
  ['the minister told the news agency on monday .', 'the minister instructed the information company on monday .'],
  ['the rules work well in practice , she said .', 'the rules work well in observe , she said .'],
  ['they left without providing details .', 'they left with out providing details .'],
  ['a spokesman for the white house declined to comment .', 'a spokesman for the white home declined to comment .'],
  ['the talks will resume today .', 'the talks will resume in the present day .'],
  ['according to the report , prices rose .', 'in line with the report , prices rose .'],
]

describe('the shipped language model', () => {
  const lm = loadDefaultLanguageModel()

  it('is a pruned Kneser-Ney trigram model within the size budget', () => {
    expect(statSync(defaultLanguageModelPath()).size).toBeLessThanOrEqual(15 * 1024 * 1024)
    expect(lm.info).toMatchObject({ order: 3, method: 'kneser-ney' })
    expect(lm.info.vocabularySize).toBeGreaterThan(30_000)
    expect(lm.info.meta.heldOut).toBe('Brown ca, cb, cc, cj')
    const sources = lm.info.meta.sources as { name: string; licence: string }[]
    expect(sources.map((s) => s.name)).toEqual(['brown', 'sotu', 'wordnet', 'mail'])
    for (const s of sources) expect(s.licence.length).toBeGreaterThan(0)
  })

  it('loads from the file bytes and answers queries', () => {
    // Load time is measured in bench/lm.ts (tests assert behaviour, not timings).
    const model = loadLanguageModel(readFileSync(defaultLanguageModelPath()))
    expect(Number.isFinite(model.logProb(['the'], 'news'))).toBe(true)
  })

  it.each(PAIRS)('prefers "%s" over its spun form', (original, spun) => {
    expect(lm.scoreSequence(original.split(' '))).toBeGreaterThan(lm.scoreSequence(spun.split(' ')))
  })

  it('knows common n-grams and flags thin evidence', () => {
    const id = (w: string): number => lm.wordId(w)
    expect(lm.matchedOrder(id('house'), id('white'), id('the'))).toBe(3)
    expect(lm.matchedOrder(id('home'), id('white'), id('the'))).toBeLessThan(3)
    expect(lm.matchedOrder(id('xqzvtw'), id('the'))).toBe(0)
    expect(lm.isKnown('7,554')).toBe(true) // as <num>
  })

  it('returns finite scores for odd input', () => {
    for (const t of ['', '\n', '😀', 'ÉTÉ', 'x'.repeat(5000), '<s>']) expect(Number.isFinite(lm.logProb([t, 'the'], t))).toBe(true)
  })
})
