import { describe, expect, it } from 'vitest'
import { detectForm, inflect, type Form } from '../../src/candidates/inflect.js'

describe('inflect', () => {
  it.each<[string, Form, string]>([
    ['stress', 'past', 'stressed'],
    ['stop', 'past', 'stopped'],
    ['visit', 'past', 'visited'],
    ['agree', 'past', 'agreed'],
    ['carry', 'past', 'carried'],
    ['tell', 'past', 'told'],
    ['give', 'participle', 'given'],
    ['remain', 'third-person', 'remains'],
    ['go', 'third-person', 'goes'],
    ['watch', 'third-person', 'watches'],
    ['have', 'third-person', 'has'],
    ['country', 'plural', 'countries'],
    ['day', 'plural', 'days'],
    ['box', 'plural', 'boxes'],
    ['child', 'plural', 'children'],
    ['analysis', 'plural', 'analyses'],
    ['make', 'gerund', 'making'],
    ['die', 'gerund', 'dying'],
    ['plan', 'gerund', 'planning'],
    ['see', 'gerund', 'seeing'],
    ['big', 'comparative', 'bigger'],
    ['large', 'comparative', 'larger'],
    ['happy', 'superlative', 'happiest'],
    ['good', 'superlative', 'best'],
  ])('%s + %s = %s', (lemma, form, expected) => {
    expect(inflect(lemma, form)).toBe(expected)
  })
})

describe('detectForm', () => {
  it.each<[string, string, string, string, Form | undefined]>([
    ['burdened', 'burden', 'VERB', '', 'past'],
    ['burdened', 'burden', 'VERB', 'was', 'participle'],
    ['stays', 'stay', 'VERB', '', 'third-person'],
    ['staying', 'stay', 'VERB', '', 'gerund'],
    ['nations', 'nation', 'NOUN', '', 'plural'],
    ['nation', 'nation', 'NOUN', '', 'base'],
    ['spoken', 'speak', 'VERB', '', 'participle'],
    ['spoke', 'speak', 'VERB', '', 'past'],
    ['told', 'tell', 'VERB', 'had', 'participle'],
    // A form the rules cannot produce is not guessed.
    ['wended', 'wend', 'NOUN', '', undefined],
  ])('%s (lemma %s, %s, after "%s") is %s', (surface, lemma, pos, previous, expected) => {
    expect(detectForm(surface, lemma, pos, previous)).toBe(expected)
  })
})
