import { describe, expect, it } from 'vitest'
import { TAGS } from '../../src/pos/tags.js'
import { brownPieces, brownSentences } from '../../scripts/pos/brown-tags.js'

const named = (token: string): string[] => brownPieces(token).map((p) => `${p.word}/${TAGS[p.tag]}`)

describe('Brown tokens as the runtime splits them', () => {
  it('maps simple tags to the coarse set, lowercasing and dropping -tl / -hl', () => {
    expect(named('The/at')).toEqual(['the/DET'])
    expect(named('Jury/nn-tl')).toEqual(['jury/NOUN'])
    expect(named('observe/vb')).toEqual(['observe/VB'])
    expect(named('was/bedz')).toEqual(['was/VBD'])
    expect(named('their/pp$')).toEqual(['their/DET'])
    expect(named('to/to')).toEqual(['to/TO'])
    expect(named('``/``')).toEqual(['"/PUNCT'])
  })

  it('splits clitics, negations, possessives and hyphenated compounds', () => {
    expect(named("it's/pps+bez")).toEqual(['it/PRON', "'s/VBZ"])
    expect(named("can't/md*")).toEqual(['ca/MD', "n't/ADV"])
    expect(named("Atlanta's/np$")).toEqual(['atlanta/NOUN', "'s/OTHER"])
    expect(named('hard-fought/jj')).toEqual(['hard/ADJ', '-/PUNCT', 'fought/ADJ'])
    expect(named('cannot/md*')).toEqual(['cannot/MD'])
  })

  it('tags foreign words OTHER and reads one sentence per line', () => {
    expect(named('bon/fw-jj')).toEqual(['bon/OTHER'])
    expect([...brownSentences('\tThe/at jury/nn ./.\n\n\tIt/pps ended/vbd ./.\n')].map((s) => s.length)).toEqual([3, 3])
  })
})
