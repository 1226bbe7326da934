import { describe, expect, it } from 'vitest'
import { createRestorer, restoreText } from '../../src/index.js'
import { testDictionary } from '../properties/arbitraries.js'
import { expectLossless } from '../properties/invariants.js'

// Matching is what these tests are about, so confidence is the entry prior (no context scoring).
const restorer = createRestorer({ dictionaries: [testDictionary], stages: { context: false } })

function expectRestored(input: string, expected: string): void {
  const result = restorer.restore(input)
  expect(result.text).toBe(expected)
  expectLossless(input, result)
  // The default pipeline (all dictionaries, context scoring) must not lose anything either.
  expectLossless(input, restoreText(input))
}

describe('emoji', () => {
  it.each([
    ['touching a phrase', '😀with out😀', '😀without😀'],
    ['a ZWJ family', 'with out 👩\u200d👩\u200d👧\u200d👦 here', 'without 👩\u200d👩\u200d👧\u200d👦 here'],
    ['a skin tone modifier', '👍🏽with out delay 👍🏿', '👍🏽without delay 👍🏿'],
    ['flags (regional indicator pairs)', '🇫🇷 with out 🇩🇪🇺🇦', '🇫🇷 without 🇩🇪🇺🇦'],
    ['keycaps and variation selectors', '1\ufe0f\u20e3 with out ❤\ufe0f', '1\ufe0f\u20e3 without ❤\ufe0f'],
    ['astral letters around', '𝒜 with out 𝒵', '𝒜 without 𝒵'],
  ])('%s', (_label, input, expected) => expectRestored(input, expected))
})

describe('combining marks and normalization', () => {
  it('matches a decomposed spelling of an entry (NFC) and keeps the input bytes in `found`', () => {
    const input = 'A cafe\u0301 au lait, please.'
    const result = restorer.restore(input)
    expect(result.text).toBe('A milky coffee, please.')
    expect(result.marks[0]!.found).toBe('cafe\u0301 au lait')
    expectLossless(input, result)
  })

  it('never splits a letter from its combining mark', () => {
    expectRestored('with out\u0301 delay', 'with out\u0301 delay')
    expectRestored('with\u0308 out', 'with\u0308 out')
  })
})

describe('scripts', () => {
  it.each([
    ['CJK around, with spaces', '中文 with out 中文', '中文 without 中文'],
    ['CJK around, without spaces', '中文with out中文', '中文without中文'],
    ['Japanese punctuation', '「with out」と言った。', '「without」と言った。'],
    ['Arabic and Hebrew', 'مرحبا with out שלום', 'مرحبا without שלום'],
    ['right-to-left marks', '\u200fwith out\u200f', '\u200fwithout\u200f'],
    ['left-to-right marks', '\u200ewith out\u200e', '\u200ewithout\u200e'],
    ['bidi embedding and isolates', '\u202bwith out\u202c \u2067nonetheless\u2069', '\u202bwithout\u202c \u2067however\u2069'],
    ['a Hebrew sentence with an English phrase', 'הוא אמר with out שום הסבר.', 'הוא אמר without שום הסבר.'],
  ])('%s', (_label, input, expected) => expectRestored(input, expected))
})

describe('spaces, invisible characters and line breaks', () => {
  it.each([
    ['NBSP inside a phrase', 'with\u00a0out', 'without'],
    ['thin and ideographic spaces inside a phrase', 'with\u2009out, with\u3000out, with\u202fout', 'without, without, without'],
    ['a tab inside a phrase', 'with\tout', 'without'],
    ['a line break inside a phrase (hard-wrapped text)', 'with\nout', 'without'],
    ['CRLF inside a phrase', 'with\r\nout', 'without'],
    ['NBSP between an article and a phrase', 'an\u00a0irregular woodland', 'a\u00a0random forest'],
    ['CRLF around', 'with out\r\nnonetheless\r\n', 'without\r\nhowever\r\n'],
    ['a BOM at the start', '\ufeffwith out', '\ufeffwithout'],
    ['zero-width space next to a phrase', '\u200bwith out\u200b', '\u200bwithout\u200b'],
    ['a soft hyphen after a phrase', 'with out\u00ad', 'without\u00ad'],
  ])('%s', (_label, input, expected) => expectRestored(input, expected))

  it.each([
    ['a blank line inside a phrase', 'with\n\nout'],
    ['a blank CRLF line inside a phrase', 'with\r\n\r\nout'],
    ['a line separator inside a phrase', 'with\u2028out'],
    ['a paragraph separator inside a phrase', 'with\u2029out'],
    ['a zero-width space joining the words', 'with\u200bout'],
    ['a zero-width joiner joining the words', 'with\u200dout'],
    ['a soft hyphen inside a word', 'wi\u00adth out'],
    ['fullwidth letters (not NFC-equal)', 'ｗｉｔｈ ｏｕｔ'],
  ])('does not match across %s', (_label, input) => expectRestored(input, input))
})

describe('quotes, apostrophes and hyphens', () => {
  it.each([
    ['a straight apostrophe', "we've got it", 'we have it'],
    ['a curly apostrophe, matching the straight entry', 'we\u2019ve got it', 'we have it'],
    ['a modifier-letter apostrophe', 'we\u02bcve got it', 'we have it'],
    ['curly apostrophes in ALL CAPS', 'WE\u2019VE GOT IT', 'WE HAVE IT'],
    ['a possessive after a phrase', 'the information company\u2019s report', 'the news agency\u2019s report'],
    ['curly and guillemet quotes around', '\u201cwith out\u201d, \u00abnonetheless\u00bb', '\u201cwithout\u201d, \u00abhowever\u00bb'],
    ['a hyphenated entry', 'Man-Made Brainpower', 'Artificial Intelligence'],
    ['a hyphenated entry, lower case', 'the man-made brainpower field', 'the artificial intelligence field'],
  ])('%s', (_label, input, expected) => expectRestored(input, expected))

  it.each([
    ['a hyphenated compound is not its spaced phrase', 'well-being'],
    ['a phrase entry does not match without its hyphen', 'man made brainpower'],
    ['a phrase does not end inside a compound', 'with out-of-the-box support'],
    ['a phrase does not start inside a compound', 'a drop-with out'],
  ])('%s', (_label, input) => expectRestored(input, input))
})

describe('casing', () => {
  it.each([
    ['an ALL CAPS headline', 'WHITE HOME OFFICERS WITH OUT COMMENT', 'WHITE HOUSE OFFICERS WITHOUT COMMENT'],
    ['a Title Case headline', 'White Home Officers Leave With Out Comment', 'White House Officers Leave Without Comment'],
    ['a sentence start', 'Nonetheless, it rained.', 'However, it rained.'],
    ['lower case', 'it rained nonetheless.', 'it rained however.'],
  ])('%s', (_label, input, expected) => expectRestored(input, expected))
})

describe('URLs, e-mail addresses, handles', () => {
  it.each([
    ['words in a URL path and query', 'https://white-home.example/with/out?q=information+company&x=nonetheless'],
    ['a URL with spun words as its host', 'http://information.company.example/nonetheless'],
    ['a www address', 'www.with-out.example/nonetheless'],
    ['an e-mail address', 'with.out@information-company.example'],
    ['an e-mail address with a plus', 'nonetheless+with.out@white-home.example'],
    ['a handle and a hashtag', '@nonetheless #nonetheless'],
    ['a URL in parentheses', '(https://example.com/with_out/nonetheless)'],
  ])('never changes %s', (_label, input) => {
    expectRestored(input, input)
    expectRestored(`See ${input} now.`, `See ${input} now.`)
  })

  it('restores prose right next to a URL and keeps the URL', () => {
    expectRestored('See https://example.com/with/out with out delay.', 'See https://example.com/with/out without delay.')
    expectRestored('Write to nonetheless@example.org, nonetheless.', 'Write to nonetheless@example.org, however.')
  })
})
