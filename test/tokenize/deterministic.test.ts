import { describe, expect, it } from 'vitest'
import { createRestorer, loadDictionary } from '../../src/index.js'
import { tokenize } from '../../src/tokenize/tokenize.js'

// wink-nlp adds each word it has not seen to a lexicon its tokenizer consults. A possessive first met
// right before a full stop ("McDonald’s.") is taken whole and remembered; until then "McDonald’s"
// reads as two tokens, "McDonald" and "’s". The sentences here are our own; none comes from a corpus.
const SENTENCE = 'We ate at McDonald’s today and Grandma’s pie was great.'
// What a fresh process gives SENTENCE: the canonical tokenization.
const FRESH = ['we', 'ate', 'at', 'mcdonald', "'s", 'today', 'and', 'grandma', "'s", 'pie', 'was', 'great', '.']
// The fewest texts that changed SENTENCE's tokens in a process without the fix: each possessive once
// before a full stop ("Grandma’s!" or "(Grandma’s)" would not do).
const GROWS_LEXICON = ['Lunch at McDonald’s.', 'It was Grandma’s.']

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm)

describe('tokenize depends on its input alone', () => {
  it('tokenizes a sentence as a fresh process does after the process has read other text', () => {
    expect(norms(SENTENCE)).toEqual(FRESH)
    for (const other of GROWS_LEXICON) tokenize(other)
    expect(norms(SENTENCE)).toEqual(FRESH)
  })

  it('does so with straight apostrophes and words wink-nlp has never seen', () => {
    const sentence = "Ask O'Flannery's crew and the Zorblat's keeper now."
    const fresh = ['ask', "o'flannery", "'s", 'crew', 'and', 'the', 'zorblat', "'s", 'keeper', 'now', '.']
    expect(norms(sentence)).toEqual(fresh)
    tokenize("We met O'Flannery's. It was the Zorblat's.")
    expect(norms(sentence)).toEqual(fresh)
  })

  it('still reads a long document as a fresh process does: its later chunks see the words of its earlier ones', () => {
    // A text over 64 K is read in chunks, in order, as one document: the possessive before the full
    // stop in the first chunk is remembered for the last, exactly as when the text is read first.
    const text = `${GROWS_LEXICON[0]}\n${'Filler words here. '.repeat(4000)}\n${SENTENCE}`
    const tail = () => tokenize(text).filter((t) => t.start >= text.lastIndexOf(SENTENCE)).map((t) => t.norm)
    expect(tail().slice(0, 4)).toEqual(['we', 'ate', 'at', "mcdonald's"])
    tokenize(SENTENCE)
    expect(tail().slice(0, 4)).toEqual(['we', 'ate', 'at', "mcdonald's"])
  })
})

describe('restore depends on its input alone', () => {
  // A spun word before a possessive: it is a token of its own, and restored, only while "’s" is split off.
  const dictionary = loadDictionary({ version: 1, name: 'test-possessive', entries: [{ spun: 'grandmama', original: 'grandma', prior: 0.9 }] })
  const restorer = createRestorer({ dictionaries: [dictionary], languageModel: null })
  const input = 'We loved Grandmama’s pie today.'
  const restored = 'We loved Grandma’s pie today.'

  it('restores a sentence the same after the process has read other text', () => {
    expect(restorer.restore(input).text).toBe(restored)
    restorer.restore('It was Grandmama’s.')
    expect(restorer.restore(input).text).toBe(restored)
  })

  it('restores it the same in windows and streams', async () => {
    restorer.restore('It was Grandmama’s.')
    const pieces: string[] = []
    for await (const piece of restorer.restoreStream([input], { windowChars: 1 })) pieces.push(piece.text)
    expect(pieces.join('')).toBe(restored)
  })

  it('reads a windowed document again if a progress callback restored another text in between', async () => {
    // Two windows (a chunk ends at a line break after 64 K): the first holds "Grandmama’s." and so the
    // second reads "Grandmama’s" whole, as a fresh process would; a restore run between the two
    // windows' tokenizing must not change that.
    const text = `It was Grandmama’s.\n${'Filler words here. '.repeat(4000)}\n${input}`
    const expected = restorer.restore(text).text
    expect(expected.endsWith(input)).toBe(true)
    const pieces: string[] = []
    const onProgress = ({ pass }: { pass: number }) => {
      if (pass === 1) restorer.restore(input)
    }
    for await (const piece of restorer.restoreStream([text], { windowChars: 1, onProgress })) pieces.push(piece.text)
    expect(pieces.join('')).toBe(expected)
  })
})
