import { describe, expect, it } from 'vitest'
import { analyzePhrases, phrasesOf } from '../../src/dictionary/analyze-phrases.js'
import { buildMatchIndex } from '../../src/dictionary/build-index.js'
import { decodePrebuiltIndex, encodePrebuiltIndex } from '../../src/dictionary/prebuilt-index.js'
import { loadDictionary, type DictionaryEntryInput } from '../../src/index.js'
import { matchIndexView } from '../helpers/match-index-view.js'

// The prebuilt form of a match index (what `npm run build:dict` ships for the built-ins), on small
// dictionaries written here: read back, it is the index built from the entries.

const dict = (name: string, entries: readonly DictionaryEntryInput[]) => loadDictionary({ version: 1, name, entries })

const GARDEN = dict('garden', [
  { spun: 'tiny', original: 'small', prior: 0.8 },
  { spun: 'vibrant flowers', original: ['bright flowers', 'vivid flowers'], prior: 0.9 },
  { spun: 'costly garden tools', original: 'expensive garden tools', prior: 0.7, when: '"garden"' },
  { spun: 'Persistence', original: 'Patience', prior: 0.6 },
])
const HOUSE = dict('house', [
  { spun: 'abode', original: 'home' },
  { spun: 'vibrant flower beds', original: 'bright flower beds' },
])

describe('prebuilt match index', () => {
  it('reads back as the index built from the entries', () => {
    const layers = [GARDEN, HOUSE]
    const built = buildMatchIndex(layers).index
    const phrases = analyzePhrases(phrasesOf(layers.flatMap((d) => d.entries)))
    const read = decodePrebuiltIndex(encodePrebuiltIndex(built, layers), layers, () => phrases)
    expect(matchIndexView(read)).toStrictEqual(matchIndexView(built))
    // One object per entry, whichever key finds it.
    expect(read.bySurface.get('vibrant flowers')![0]).toBe(read.byLemma.get('vibrant flower')![0])
  })

  it('is not written when a layer shadows an entry of another (restorers build theirs, with the warning)', () => {
    const mine = dict('mine', [{ spun: 'tiny', original: 'little' }])
    const layers = [GARDEN, mine]
    expect(buildMatchIndex(layers).warnings.map((w) => w.code)).toEqual(['shadowed-entry'])
    expect(encodePrebuiltIndex(buildMatchIndex(layers).index, layers)).toBe('')
  })
})
