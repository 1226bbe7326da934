import { describe, expect, it } from 'vitest'
import { lmWords } from '../../src/score/lm-words.js'
import { tokenize } from '../../src/tokenize/tokenize.js'

describe('lmWords', () => {
  // The language model was trained on the tokenizer's tokens, so a restored phrase must be split the
  // same way, or "k-means" is one unknown word where the text around it has "k" "-" "means".
  it.each([
    'k-means clustering',
    "we've got it",
    "it can't be",
    'a well-known, long-standing fact',
    "Alzheimer's disease",
    'state-of-the-art methods (SOTA)',
  ])('splits %j as the tokenizer does', (phrase) => {
    expect(lmWords(phrase)).toEqual(tokenize(phrase).map((t) => t.norm))
  })

  it('leaves out the markup a change can carry between an article and its word', () => {
    expect(lmWords('a <b>random forest')).toEqual(['a', 'random', 'forest'])
    expect(lmWords('a *random forest')).toEqual(['a', 'random', 'forest'])
  })
})
