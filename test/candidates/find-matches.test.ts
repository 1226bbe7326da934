import { describe, expect, it } from 'vitest'
import { findMatches } from '../../src/candidates/find-matches.js'
import { buildMatchIndex } from '../../src/dictionary/build-index.js'
import { loadDictionary, type DictionaryEntryInput } from '../../src/index.js'
import { tokenize } from '../../src/tokenize/tokenize.js'

// findMatches alone: which entries occur where in a token stream, before any scoring. Each match is
// shown as `found text -> entry id (exact|lemma)`, the found text sliced from the input.

const ENTRIES: readonly DictionaryEntryInput[] = [
  { spun: 'tiny', original: 'small' },
  { spun: 'garden', original: 'yard' },
  { spun: 'garden tools', original: 'gardening tools' },
  { spun: 'costly garden tools', original: 'expensive garden tools' },
  { spun: 'vibrant flower', original: 'bright flower' },
  { spun: 'with out', original: 'without' },
  { spun: 'man-made brainpower', original: 'artificial intelligence' },
  { spun: 'guidance', original: 'advice', pos: 'NOUN' },
  { spun: 'guide', original: 'leader', pos: 'NOUN' },
  { spun: 'guide tour', original: 'guided tour', pos: 'NOUN' },
]
const index = buildMatchIndex([loadDictionary({ version: 1, name: 'garden', entries: ENTRIES })]).index

function found(text: string, byLemma = true): string[] {
  const { matches, words } = findMatches(text, tokenize(text), index, byLemma)
  return matches.map((m) => `${text.slice(words[m.first]!.start, words[m.last]!.end)} -> ${m.entry.entry.id} (${m.exact ? 'exact' : 'lemma'})`)
}

describe('findMatches', () => {
  it('finds nothing in text without spun forms', () => {
    expect(found('She planted beans and tomatoes behind the house.')).toEqual([])
    expect(found('')).toEqual([])
  })

  it('finds words and phrases, ignoring case', () => {
    expect(found('A Tiny plot, WITH OUT a fence.')).toEqual(['Tiny -> tiny (exact)', 'WITH OUT -> with-out (exact)'])
  })

  it('indexes `words`, the tokens without whitespace, so first/last slice the found text', () => {
    const text = 'Her   tiny\tgarden.'
    const { matches, words } = findMatches(text, tokenize(text), index)
    expect(words.map((w) => w.text)).toEqual(['Her', 'tiny', 'garden', '.'])
    expect(matches.map((m) => [m.first, m.last])).toEqual([[1, 1], [2, 2]])
  })

  it('reports every window at a position, longest first, and windows starting at later words', () => {
    expect(found('They sold costly garden tools.')).toEqual([
      'costly garden tools -> costly-garden-tools (exact)',
      'garden tools -> garden-tools (exact)',
      'garden -> garden (exact)',
    ])
  })

  it('matches by lemma, marked as not exact; with byLemma off only exact spellings match', () => {
    expect(found('She grew vibrant flowers.')).toEqual(['vibrant flowers -> vibrant-flower (lemma)'])
    expect(found('She grew vibrant flowers.', false)).toEqual([])
    expect(found('One vibrant flower grew.', false)).toEqual(['vibrant flower -> vibrant-flower (exact)'])
  })

  it('an entry that matches both by spelling and by lemma is reported once, as exact', () => {
    expect(found('One vibrant flower grew.')).toEqual(['vibrant flower -> vibrant-flower (exact)'])
  })

  it('words of a phrase may be separated by spaces of any kind, tabs and one line break', () => {
    for (const gap of ['  ', '\t', '\u00a0', '\u2009', '\u3000', '\n', '\r\n', ' \n  ']) {
      expect(found(`He left with${gap}out a word.`), JSON.stringify(gap)).toEqual([`with${gap}out -> with-out (exact)`])
    }
  })

  it('but not by a blank line, punctuation or a sentence end', () => {
    expect(found('He left with\n\nout a word.')).toEqual([])
    expect(found('He left with, out of ideas.')).toEqual([])
    expect(found('She chose the garden. Tools came later.')).toEqual(['garden -> garden (exact)'])
  })

  it('matches a phrase that holds a hyphen as written', () => {
    expect(found('Man-made brainpower is a field of study.')).toEqual(['Man-made brainpower -> man-made-brainpower (exact)'])
  })

  it('never matches part of a hyphenated or slashed compound', () => {
    expect(found('The garden-tools shed and a tiny-house.')).toEqual([])
    expect(found('An out-of-the-box kit, with out-of-date seeds.')).toEqual([])
    expect(found('garden/tools')).toEqual([])
  })

  it('skips words inside URLs and e-mail addresses', () => {
    expect(found('See https://example.com/tiny/garden or tiny@example.org.')).toEqual([])
  })

  it('a `pos` restriction applies to one-word entries: "guide" as a noun only', () => {
    expect(found('She asked for guidance.')).toEqual(['guidance -> guidance (exact)'])
    expect(found('The guide left early.')).toEqual(['guide -> guide (exact)'])
    expect(found('They guide visitors around.')).toEqual([])
  })

  it('and not to phrases, whose words are not checked', () => {
    expect(found('They guide tour groups.')).toEqual(['guide tour -> guide-tour (exact)'])
  })

  it('finds overlapping and repeated occurrences', () => {
    expect(found('tiny tiny garden tools, tiny')).toEqual([
      'tiny -> tiny (exact)',
      'tiny -> tiny (exact)',
      'garden tools -> garden-tools (exact)',
      'garden -> garden (exact)',
      'tiny -> tiny (exact)',
    ])
  })

  it('skips tokens that are protected ranges (markup around prose)', () => {
    const text = '<b>tiny</b> garden'
    const { matches, words } = findMatches(text, tokenize(text, [[0, 11]]), index)
    expect(matches.map((m) => words[m.first]!.text)).toEqual(['garden'])
  })
})
