import { describe, expect, it } from 'vitest'
import winkNLP, { type ItsFunction } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { trackLoadedLexicon, type WinkModelParts } from '../../src/tokenize/loaded-lexicon.js'

// Words wink-nlp's lexicon does not hold: each read adds them, with the properties it derives (shape,
// prefix, suffix, POS class), which a rollback must forget without mixing up those of later words.
const NEW_WORDS = 'Zorblat’s quixotrical flimbers were glarfing the Snorkwell-Haverby plinths in 2031.'
const OTHER_NEW_WORDS = 'Quorpish vendles, Trabbleworth’s. Mizzening blorts unspinnably outfrabbed the kloonish.'

function read(nlp: ReturnType<typeof winkNLP>, text: string) {
  const doc = nlp.readDoc(text)
  const its = nlp.its
  const tokens = doc.tokens()
  return { value: tokens.out(its.value), pos: tokens.out(its.pos), lemma: tokens.out(its.lemma as ItsFunction<string>), shape: tokens.out(its.shape), prefix: tokens.out(its.prefix), suffix: tokens.out(its.suffix), type: tokens.out(its.type) }
}

describe('trackLoadedLexicon', () => {
  let core: { features: { lexeme: { list: unknown[] } } } | undefined
  const parts = model as unknown as WinkModelParts
  const lexicon = trackLoadedLexicon({ ...parts, core: () => (core = parts.core() as never) as never })
  const tracked = winkNLP(lexicon.model as unknown as typeof model, ['sbd', 'pos'])
  const fresh = winkNLP(model, ['sbd', 'pos'])
  const loadedSize = core!.features.lexeme.list.length

  it('forgets the words read, so the lexicon is back to its size at load', () => {
    read(tracked, OTHER_NEW_WORDS)
    expect(core!.features.lexeme.list.length).toBeGreaterThan(loadedSize)
    lexicon.rollback()
    expect(core!.features.lexeme.list.length).toBe(loadedSize)
  })

  it('gives the words read after a rollback the tokens and properties a fresh instance gives them', () => {
    // The words read before (other ones) held the places in the lexicon the new ones now take.
    const expected = read(fresh, NEW_WORDS)
    read(tracked, OTHER_NEW_WORDS.toUpperCase())
    lexicon.rollback()
    expect(read(tracked, NEW_WORDS)).toEqual(expected)
    read(tracked, OTHER_NEW_WORDS)
    lexicon.rollback()
    read(tracked, `${OTHER_NEW_WORDS} ${OTHER_NEW_WORDS.toUpperCase()}`)
    lexicon.rollback()
    expect(read(tracked, NEW_WORDS)).toEqual(expected)
  })

  it('does nothing when nothing was read', () => {
    lexicon.rollback()
    lexicon.rollback()
    expect(core!.features.lexeme.list.length).toBe(loadedSize)
  })
})
