import { describe, expect, it } from 'vitest'
import { chooseByPrior, chooseInContext } from '../../src/decode/choose-in-context.js'
import type { ContextModel } from '../../src/decode/context-model.js'
import { scoreLattices } from '../../src/decode/score-lattices.js'
import type { EvidenceSpan, OptionEvidence } from '../../src/evidence/evidence.js'
import type { Span } from '../../src/pipeline.js'
import { tokenize } from '../../src/tokenize/tokenize.js'
import { tinyModel } from './tiny-model.js'

const scorer = tinyModel(['the conflict in the region continues', 'the conflict in the region has ended', 'they studied the battle of hastings'])
const model: ContextModel = { ...scorer, wordOf: (w) => w, phraseLogProb: (words) => words.reduce((sum, w) => sum + scorer.logProb('', '', w), 0), bigramSeen: () => true }

// "battle" (word 1 of "The battle in the region continues.") with one option, "conflict".
function setup(text: string) {
  const words = tokenize(text).filter((t) => t.pos !== 'SPACE')
  const at = words.findIndex((t) => t.norm === 'battle')
  const span: Span = { first: at, last: at, start: words[at]!.start, end: words[at]!.end, found: 'battle', options: [{ restored: 'conflict', prior: 0.5, entryId: 'battle', source: 'test' }] }
  return { words, span }
}
const settings = (evidence: ((span: EvidenceSpan) => OptionEvidence | undefined)[] = []) => ({ model, channelWeight: 1, threshold: 0.5, calibrate: false, evidence })

describe('chooseInContext', () => {
  it('restores where the context supports the original, with the posterior as confidence', () => {
    const { words, span } = setup('The battle in the region continues.')
    const choice = chooseInContext(scoreLattices(words, [span], settings()))
    expect(choice.chosen).toMatchObject([{ found: 'battle', restored: 'conflict' }])
    expect(choice.chosen[0]!.confidence).toBeGreaterThan(0.5)
  })

  it('keeps the word where the context supports it, reported below threshold', () => {
    const { words, span } = setup('They studied the battle of Hastings.')
    const choice = chooseInContext(scoreLattices(words, [span], settings()))
    expect(choice.chosen).toEqual([])
    expect(choice.skipped).toMatchObject([{ found: 'battle', reason: 'below-threshold' }])
  })

  it('adds what an evidence source says to the option, in log-odds', () => {
    const { words, span } = setup('They studied the battle of Hastings.')
    const strongFor: (s: EvidenceSpan) => OptionEvidence = () => (option) => (option[0] === 'conflict' ? 20 : 0)
    const choice = chooseInContext(scoreLattices(words, [span], settings([strongFor])))
    expect(choice.chosen).toMatchObject([{ restored: 'conflict' }])
  })

  it('raises every change by the spun-document bonus in a second pass over the same lattices', () => {
    const { words, span } = setup('A battle happened.')
    const lattices = scoreLattices(words, [span], { ...settings(), threshold: 0 })
    const confidence = (bonus: number) => [...chooseInContext(lattices, {}, bonus).chosen, ...chooseInContext(lattices, {}, bonus).skipped][0]!.confidence
    expect(confidence(0)).toBeLessThan(0.9)
    expect(confidence(3)).toBeGreaterThan(confidence(0))
  })
})

describe('chooseByPrior', () => {
  it('applies the best prior at or above the threshold and counts confident ones', () => {
    const { span } = setup('The battle in the region continues.')
    const strong: Span = { ...span, options: [{ ...span.options[0]!, prior: 0.95 }] }
    expect(chooseByPrior([strong], 0.5)).toMatchObject({ chosen: [{ restored: 'conflict', confidence: 0.95 }], confident: 1 })
    expect(chooseByPrior([span], 0.6)).toMatchObject({ chosen: [], skipped: [{ reason: 'below-threshold' }], confident: 0 })
  })
})
