import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { spinHeadwords } from '../../bench/sim/spin.js'
import { roundConfidence } from '../../src/confidence.js'
import { forwardConfidence, forwardJudgeProbe, JUDGE_INPUTS, judgeInputs, treeValue, type ForwardFeatures, type JudgeModel } from '../../src/decode/forward-judge.js'
import { FORWARD_JUDGE_MODEL } from '../../src/decode/forward-judge-model.js'
import { builtinDictionaries, createRestorer } from '../../src/index.js'
import { readSpinnerThesaurus } from '../../src/spinner/load-spinner-thesaurus.js'

const features = (over: Partial<ForwardFeatures> = {}): ForwardFeatures => ({
  posterior: 0.7, keep: 0.2, emission: 0.3, topEmission: true, emissionTotal: 0.4, topPosterior: true, options: 2,
  spunIsHeadword: false, rate: 0.6, spunLogProb: -9, originalLogProb: -7, words: 1, chosen: true, inflected: false,
  rank: 0, prior: 0.4, databaseOptions: 2, otherPosterior: 0.1, ...over,
})

describe('the forward judge', () => {
  it('reads one value per input, and its trees split only on those inputs', () => {
    expect(judgeInputs(features())).toHaveLength(JUDGE_INPUTS.length)
    expect(FORWARD_JUDGE_MODEL.trees.length).toBeGreaterThan(0)
    for (const { nodes, values } of FORWARD_JUDGE_MODEL.trees) {
      for (let k = 0; k < nodes.length; k += 4) {
        expect(nodes[k]).toBeGreaterThanOrEqual(0)
        expect(nodes[k]).toBeLessThan(JUDGE_INPUTS.length)
        for (const child of [nodes[k + 2]!, nodes[k + 3]!]) expect(child < 0 ? -child <= values.length : child < nodes.length / 4).toBe(true)
      }
    }
  })

  it('adds its trees to the base log-odds, an input above a cut going right', () => {
    // One tree on the logit of the posterior: above 0 (posterior > 0.5) +1, else -1.
    const model: JudgeModel = { base: 0.5, trees: [{ nodes: [0, 0, -1, -2], values: [-1, 1] }, { nodes: [], values: [0.25] }] }
    expect(treeValue(model.trees[0]!, judgeInputs(features({ posterior: 0.7 })))).toBe(1)
    expect(forwardConfidence(features({ posterior: 0.7 }), model)).toBeCloseTo(1 / (1 + Math.exp(-1.75)), 12)
    expect(forwardConfidence(features({ posterior: 0.3 }), model)).toBeCloseTo(1 / (1 + Math.exp(0.25)), 12)
    expect(forwardConfidence(features(), { base: 0, trees: [] })).toBe(0.5)
  })

  it('reads its shipped trees as a plain walk of each tree does', () => {
    for (const over of [{}, { posterior: 0.2, chosen: false, topPosterior: false }, { emission: 0.02, rank: 3, databaseOptions: 5, options: 6 }, { rate: 0.05, inflected: true }, { words: 2, spunIsHeadword: true, keep: 0.6 }]) {
      const x = judgeInputs(features(over))
      const z = FORWARD_JUDGE_MODEL.trees.reduce((sum, tree) => sum + treeValue(tree, x), FORWARD_JUDGE_MODEL.base)
      expect(forwardConfidence(features(over))).toBeCloseTo(1 / (1 + Math.exp(-z)), 12)
    }
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
