import { describe, expect, it } from 'vitest'
import { lmWords } from '../../src/tokenize/lm-words.js'
import { tokenize } from '../../src/tokenize/tokenize.js'

describe('lmWords', () => {
  // The language model was trained on the tokenizer's tokens: clitics and punctuation are split the
  // same way. Hyphenated words are not (see lm-words.ts).
  it.each([
    "we've got it",
    "it can't be",
    "Alzheimer's disease",
    'methods (SOTA), results.',
  ])('splits %j as the tokenizer does', (phrase) => {
    expect(lmWords(phrase)).toEqual(tokenize(phrase).map((t) => t.norm))
  })

  it('keeps hyphenated words whole', () => {
    expect(lmWords('k-means clustering')).toEqual(['k-means', 'clustering'])
  })

  it('leaves out the markup a change can carry between an article and its word', () => {
    expect(lmWords('a <b>random forest')).toEqual(['a', 'random', 'forest'])
    expect(lmWords('a *random forest')).toEqual(['a', 'random', 'forest'])
  })
})
