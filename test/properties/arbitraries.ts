import fc from 'fast-check'
import { builtinDictionaries, loadDictionary, type DictionaryEntryInput } from '../../src/index.js'

/**
 * Our own test dictionary: phrases, hyphens, apostrophes (straight, matched by curly input too),
 * non-ASCII letters, digits, prototype names and one low-prior entry, with no `pos` and no `when`.
 * No word of an original is a word of a spun form, so a second restoring pass has nothing to find
 * (see idempotence.test.ts).
 */
export const TEST_ENTRIES: readonly DictionaryEntryInput[] = [
  { spun: 'with out', original: 'without', prior: 0.9 },
  { spun: 'information company', original: 'news agency', prior: 0.85 },
  { spun: 'White Home', original: 'White House', prior: 0.95 },
  { spun: 'nonetheless', original: 'however', prior: 0.9 },
  { spun: 'burdened', original: 'stressed', prior: 0.8 },
  { spun: "we've got", original: 'we have', prior: 0.9 },
  { spun: 'well being', original: 'health', prior: 0.7 },
  { spun: 'man-made brainpower', original: 'artificial intelligence', prior: 0.95 },
  { spun: 'irregular woodland', original: ['random forest', 'random woods'], prior: 0.95 },
  { spun: 'naïve Bayes classifier', original: 'simple probabilistic classifier', prior: 0.9 },
  { spun: 'café au lait', original: 'milky coffee', prior: 0.9 },
  { spun: '12 months', original: 'year', prior: 0.6 },
  { spun: 'constructor', original: 'builder', prior: 0.9 },
  { spun: '__proto__', original: 'prototype', prior: 0.9 },
  { spun: 'toString', original: 'text', prior: 0.9 },
  { spun: 'line', original: 'queue', prior: 0.3 },
]
export const testDictionary = loadDictionary({ version: 1, name: 'test-swaps', entries: TEST_ENTRIES })

const builtinSpun = builtinDictionaries().flatMap((d) => d.entries.map((e) => e.spun))
const testSpun = TEST_ENTRIES.map((e) => e.spun)

/** Spun forms as they appear in text: any dictionary's, in their own, lower, Title or UPPER case. */
export const spunForm = fc
  .tuple(fc.oneof(fc.constantFrom(...testSpun), fc.constantFrom(...builtinSpun)), fc.constantFrom('as-is', 'lower', 'title', 'upper', 'curly'))
  .map(([form, casing]) => {
    if (casing === 'lower') return form.toLowerCase()
    if (casing === 'upper') return form.toUpperCase()
    if (casing === 'title') return form.replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase())
    if (casing === 'curly') return form.replace(/'/g, '\u2019')
    return form
  })

/** Any code unit, lone surrogates included: strings JavaScript allows but Unicode text does not. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))

/** Arbitrary strings: printable graphemes, any code point, any code unit, ASCII with controls. */
export const anyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: codeUnit, maxLength: 60 }),
  fc.string({ unit: 'binary-ascii', maxLength: 60 }),
)

const SEPARATORS = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u200b', '\u200d', '\u2009', '\u3000', '\u2028', '']
const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '-', '\u2013', '\u2014', "'", '\u2019', '"', '\u201c', '\u201d', '(', ')', '/', '&', '...', '\u2026', '#', '@', '*', '_', '`', '<b>', '</b>', '&amp;']
const WORDS = ['the', 'a', 'an', 'he', 'said', 'on', 'Monday', 'and', 'it', 'line', 'out', 'with', 'house', '😀', '👩\u200d👩\u200d👧', '👍🏽', '🇫🇷', 'e\u0301', '中文', 'مرحبا', 'שלום', '\u200f', '2024', 'https://example.com/with/out', 'me@example.org', '@with', '#without']

/** Spun forms mixed with words, punctuation, odd whitespace and arbitrary strings. */
export const mixedText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: spunForm },
      { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
      { weight: 1, arbitrary: anyString },
    ),
    { maxLength: 16 },
  )
  .chain((parts) => fc.array(fc.constantFrom(...SEPARATORS), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')))

const FRAMES = [
  'Officials said on Monday that {0} would continue {1} a pause.',
  '{0} {1}, the spokesman told reporters.',
  'The study used {0} and {1} to classify the samples.',
  'In the present day, {0} is rarely seen {1}.',
  '"{0}," he said. "{1}."',
  'AN {0} OF {1}',
  '{0}\n\n{1}',
  'The {0}-based model and the {1}.',
  'We compared {0}, {1} and {0} again.',
  '{0}: {1}; {0}!',
  'An {0} and a {1}.',
  '({0}) [{1}]',
]

/** Realistic spun text: sentences we wrote with dictionary spun forms spliced into their slots. */
export const spunSentences = fc
  .array(fc.tuple(fc.constantFrom(...FRAMES), spunForm, spunForm), { minLength: 1, maxLength: 4 })
  .map((sentences) => sentences.map(([frame, a, b]) => frame.replaceAll('{0}', a).replaceAll('{1}', b)).join(' '))
