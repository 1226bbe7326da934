import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { spinHeadwords } from '../../bench/sim/spin.js'
import { roundConfidence } from '../../src/confidence.js'
import { FEATURE_NAMES, featureVector, forwardConfidence, forwardJudgeProbe, type ForwardFeatures } from '../../src/decode/forward-judge.js'
import { FORWARD_JUDGE_WEIGHTS } from '../../src/decode/forward-judge-weights.js'
import { builtinDictionaries, createRestorer } from '../../src/index.js'
import { readSpinnerThesaurus } from '../../src/spinner/load-spinner-thesaurus.js'

const features = (over: Partial<ForwardFeatures> = {}): ForwardFeatures => ({
  posterior: 0.7, keep: 0.2, emission: 0.3, topEmission: true, emissionTotal: 0.4, topPosterior: true, options: 2,
  spunIsHeadword: false, rate: 0.6, spunLogProb: -9, originalLogProb: -7, words: 1, chosen: true, inflected: false, ...over,
})

describe('the forward judge', () => {
  it('has one weight per input', () => {
    expect(featureVector(features())).toHaveLength(FEATURE_NAMES.length)
    expect(FORWARD_JUDGE_WEIGHTS).toHaveLength(FEATURE_NAMES.length)
  })

  it('gives the posterior itself with weight 1 on its logit and 0 elsewhere', () => {
    const identity = FEATURE_NAMES.map((_, i) => (i === 1 ? 1 : 0))
    for (const posterior of [0.1, 0.5, 0.93]) expect(forwardConfidence(features({ posterior }), identity)).toBeCloseTo(posterior, 9)
  })

  it('is more confident of a likelier emission and a higher posterior, and less of an option the best path left out', () => {
    expect(forwardConfidence(features({ emission: 0.6, emissionTotal: 0.7 }))).toBeGreaterThan(forwardConfidence(features()))
    expect(forwardConfidence(features({ posterior: 0.95, keep: 0.03 }))).toBeGreaterThan(forwardConfidence(features()))
    expect(forwardConfidence(features({ chosen: false }))).toBeLessThan(forwardConfidence(features()))
  })

  it('is less confident of a form the database does not list, matched through its lemma', () => {
    expect(forwardConfidence(features({ inflected: true }))).toBeLessThan(forwardConfidence(features()))
  })
})

describe('a restorer with a spinner database', () => {
  const fixture = (name: string): string => fileURLToPath(new URL(`../spinner/fixtures/${name}`, import.meta.url))
  const database = readFileSync(fixture('news-spinner.txt'), 'utf8')
  const story = readFileSync(fixture('news-story.txt'), 'utf8')
  const { dictionary } = readSpinnerThesaurus(database, { name: 'farm' })
  const restorer = createRestorer({ dictionaries: [...builtinDictionaries(), dictionary] })
  afterEach(() => {
    forwardJudgeProbe.record = undefined
  })

  it("reports the judge's confidence for the database's changes, and the decoder's for the others", () => {
    const judged = new Map<string, number>()
    forwardJudgeProbe.record = (f, option) => judged.set(`${option.start}:${option.end}:${option.restored}`, roundConfidence(forwardConfidence(f)))
    const result = restorer.restore(spinHeadwords(story, database, 7).text)
    const fromDatabase = result.marks.filter((m) => m.source === 'farm')
    expect(fromDatabase.length).toBeGreaterThan(3)
    for (const mark of fromDatabase) expect(mark.confidence).toBe(judged.get(`${mark.start}:${mark.end}:${mark.restored}`))
    for (const mark of result.marks.filter((m) => m.source !== 'farm')) expect(judged.has(`${mark.start}:${mark.end}:${mark.restored}`)).toBe(false)
  })

  it('tells the judge which options were matched through the lemma', () => {
    const small = readSpinnerThesaurus('rise|climb|ascend\n', { name: 'small' }).dictionary
    const judge = createRestorer({ dictionaries: [...builtinDictionaries(), small] })
    const seen: Array<[string, boolean]> = []
    forwardJudgeProbe.record = (f, option) => seen.push([option.restored, f.inflected])
    judge.restore('Prices climb in the spring. Prices climbed again in the autumn.')
    expect(seen).toContainEqual(['rise', false])
    expect(seen).toContainEqual(['rose', true])
  })
})
