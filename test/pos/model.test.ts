import { describe, expect, it } from 'vitest'
import { UnspinError } from '../../src/errors.js'
import { loadPosModel, PosWindowScorer, tagIndex, type TagName } from '../../src/pos/index.js'
import { trainPosModel, type TaggedWord } from '../../scripts/pos/train.js'
import { serializePosModel } from '../../scripts/pos/write-model.js'

// Sentences we wrote, tagged by hand: "practice" a noun after "in", "observe" a verb after "we".
const TAGGED = [
  'we/PRON observe/VB the/DET rules/NOUN in/ADP practice/NOUN ./PUNCT',
  'they/PRON observe/VB the/DET game/NOUN ./PUNCT',
  'in/ADP practice/NOUN ,/PUNCT the/DET rules/NOUN work/VB ./PUNCT',
  'the/DET game/NOUN ended/VBD in/ADP 1999/NUM ./PUNCT',
  'we/PRON practice/VB in/ADP the/DET hall/NOUN ./PUNCT',
  'the/DET players/NOUN observe/VB the/DET rules/NOUN ./PUNCT',
  'in/ADP practice/NOUN the/DET players/NOUN ended/VBD the/DET game/NOUN ./PUNCT',
]

function sentences(): TaggedWord[][] {
  return TAGGED.map((line) => line.split(' ').map((pair) => {
    const [word, tag] = pair.split('/') as [string, TagName]
    return { word, tag: tagIndex(tag) }
  }))
}

const OPTIONS = { minWordCount: 1, minSuffixCount: 1 }
const tinyBytes = (): Uint8Array => serializePosModel(trainPosModel(sentences(), OPTIONS))

describe('POS model: train, serialize, load', () => {
  const model = loadPosModel(tinyBytes())

  it('gives the same bytes for the same sentences', () => {
    expect(Buffer.from(tinyBytes()).equals(Buffer.from(tinyBytes()))).toBe(true)
  })

  it('knows the tags of the words it saw, most probable first', () => {
    expect(model.tagsOf('observe')[0]!.tag).toBe('VB')
    expect(model.tagsOf('practice').map((t) => t.tag).slice(0, 2)).toEqual(['NOUN', 'VB'])
    const total = model.tagsOf('practice').reduce((sum, t) => sum + t.p, 0)
    expect(total).toBeCloseTo(1, 6)
  })

  it('tags numbers by rule and unknown words by suffix', () => {
    expect(model.tagsOf('7,554')).toEqual([{ tag: 'NUM', p: 1 }])
    // "ended" taught the suffix "-ed" the past tense.
    expect(model.tagsOf('blended')[0]!.tag).toBe('VBD')
    expect(model.tagsOf('zzz').length).toBeGreaterThan(0)
    expect(model.info.lexiconWords).toBeGreaterThan(10)
  })

  it('scores a noun after "in" above a verb there', () => {
    const scorer = new PosWindowScorer(model)
    const score = (words: string[]): number => {
      scorer.begin(false)
      for (const w of words) scorer.push(w)
      return scorer.logProb(false)
    }
    expect(score(['rules', 'in', 'practice', ','])).toBeGreaterThan(score(['rules', 'in', 'observe', ',']))
    // The scorer reuses its buffers: the same window scores the same after others.
    expect(score(['the', 'game'])).toBe(score(['the', 'game']))
  })
})

describe('POS model: malformed bytes', () => {
  const code = (bytes: Uint8Array): string | undefined => {
    try {
      loadPosModel(bytes)
      return undefined
    } catch (error) {
      expect(error).toBeInstanceOf(UnspinError)
      return (error as UnspinError).code
    }
  }

  it('throws E_POS_MODEL for a wrong magic, version, tag count, truncation or a broken tag table', () => {
    const good = tinyBytes()
    const patched = (offset: number, value: number): Uint8Array => {
      const bytes = good.slice()
      new DataView(bytes.buffer).setUint32(offset, value, true)
      return bytes
    }
    expect(code(new TextEncoder().encode('not a model at all, not at all...........................'))).toBe('E_POS_MODEL')
    expect(code(patched(8, 99))).toBe('E_POS_MODEL') // version
    expect(code(patched(16, 12))).toBe('E_POS_MODEL') // tag count
    expect(code(good.slice(0, good.length - 40))).toBe('E_POS_MODEL')
    expect(code(good.slice(0, 20))).toBe('E_POS_MODEL')
    expect(code(patched(36, 1))).toBe('E_POS_MODEL') // lexicon tag bytes
    expect(code(good)).toBeUndefined()
  })

  it('throws a TypeError for something that is not bytes', () => {
    expect(() => loadPosModel('model' as unknown as Uint8Array)).toThrow(TypeError)
  })
})
