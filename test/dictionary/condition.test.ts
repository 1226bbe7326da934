import { existsSync, readFileSync } from 'node:fs'
import { describe, it, expect } from 'vitest'
import {
  ConditionSyntaxError,
  createConditionDocument,
  evaluateCondition,
  parseCondition,
  type Condition,
  type ConditionDocument,
  type ConditionTerm,
} from '../../src/dictionary/condition/index.js'
import { UnspinError } from '../../src/errors.js'

const PPS_FILE = new URL('../../../shared/data/pps-tortured-phrases-2025-07.tsv', import.meta.url)

// Builders for expected ASTs.
const term = (word: string): ConditionTerm =>
  word.endsWith('*') ? { text: word.slice(0, -1), prefix: true } : { text: word, prefix: false }
const phrase = (words: string, proximity?: number): Condition => ({
  type: 'phrase',
  terms: words.split(' ').map(term),
  proximity,
})
const and = (...operands: Condition[]): Condition => ({ type: 'and', operands })
const or = (...operands: Condition[]): Condition => ({ type: 'or', operands })
const not = (operand: Condition): Condition => ({ type: 'not', operand })

describe('parseCondition', () => {
  it.each<[string, Condition]>([
    ['"surface region" AND "surface area"', and(phrase('surface region'), phrase('surface area'))],
    ['"yield layer" AND neural', and(phrase('yield layer'), phrase('neural'))],
    ['"enhancement calculation" AND optimiz*', and(phrase('enhancement calculation'), phrase('optimiz*'))],
    ['"Hey Greetings" AND "hear*"', and(phrase('hey greetings'), phrase('hear*'))],
    ['"backward probability" NOT "Markov"', and(phrase('backward probability'), not(phrase('markov')))],
    ['"surface highlights" NOT specular', and(phrase('surface highlights'), not(phrase('specular')))],
    ['"disappearing gradient problem"~5', phrase('disappearing gradient problem', 5)],
    ['"extricating highlights"~20 NOT specular', and(phrase('extricating highlights', 20), not(phrase('specular')))],
    ['"Chime labs" NOT "CHIMe labs Stanford"~5', and(phrase('chime labs'), not(phrase('chime labs stanford', 5)))],
    [
      '"approval information" AND ("validation test" OR "validation dataset")',
      and(phrase('approval information'), or(phrase('validation test'), phrase('validation dataset'))),
    ],
    // OR binds loosest: A OR (B AND C).
    ['"fit record" OR "fit file" AND "fit index"', or(phrase('fit record'), and(phrase('fit file'), phrase('fit index')))],
    ['a OR b NOT c', or(phrase('a'), and(phrase('b'), not(phrase('c'))))],
    ['a AND NOT b', and(phrase('a'), not(phrase('b')))],
    ['NOT a', not(phrase('a'))],
    ['(a OR b) AND c', and(or(phrase('a'), phrase('b')), phrase('c'))],
    ['"a" AND (b OR (c AND d))', and(phrase('a'), or(phrase('b'), and(phrase('c'), phrase('d'))))],
    // Juxtaposed terms are ANDed.
    ['"business knowledge" AND business intelligence', and(phrase('business knowledge'), phrase('business'), phrase('intelligence'))],
    // Escaped quotes, as some exports write them.
    ['\\"information technology\\" AND IT', and(phrase('information technology'), phrase('it'))],
    // Lower-case operators are words; punctuation inside quotes is dropped like in documents.
    ['"salt and pepper"', phrase('salt and pepper')],
    ['"Dimensionality Reduction (DR)"', phrase('dimensionality reduction dr')],
    ['"MIMIC-III" AND "naïve Bayes"', and(phrase('mimic-iii'), phrase('naïve bayes'))],
    ['"Alzheimer’s disease"', phrase("alzheimer's disease")],
    ['"financial arrange amount "', phrase('financial arrange amount')],
    ['"a b"~0', phrase('a b', 0)],
  ])('%s', (query, expected) => {
    expect(parseCondition(query)).toEqual(expected)
  })
})

describe('parseCondition syntax errors', () => {
  it.each<[string, number, RegExp]>([
    ['', 1, /expected a quoted phrase, a word or "\(", found the end of the query/],
    ['"open phrase', 1, /closing quote/],
    ['a AND', 6, /after AND, found the end of the query/],
    ['a OR OR b', 6, /after OR, found OR/],
    ['AND a', 1, /found AND/],
    ['(a OR b', 8, /expected "\)" to close the "\(" at column 1/],
    ['a) OR b', 2, /unexpected "\)" with no matching "\("/],
    ['()', 2, /expected a condition inside the parentheses/],
    ['"a b"~', 7, /expected a number of positions after "~"/],
    ['"a b"~x', 7, /expected a number/],
    ['opt*mize', 4, /only allowed at the end of a word/],
    ['"*"', 2, /letters or digits before "\*"/],
    ['""', 2, /expected letters or digits in the quoted phrase/],
    ['wom?n', 4, /"\?" wildcard is not supported/],
    ['word~2', 5, /fuzzy word search/],
    ['-specular', 1, /"-" prefix is not supported/],
    ['title:neural', 6, /field searches/],
    ['"a" AND ~3', 9, /unexpected "~"/],
  ])('%j fails at column %i', (query, column, message) => {
    let error: unknown
    try {
      parseCondition(query)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConditionSyntaxError)
    expect(error).toBeInstanceOf(UnspinError)
    expect((error as ConditionSyntaxError).column).toBe(column)
    expect((error as ConditionSyntaxError).code).toBe('E_CONDITION_SYNTAX')
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).toContain(`column ${column}`)
  })

  it('rejects bad arguments with a TypeError', () => {
    expect(() => parseCondition(42 as unknown as string)).toThrow(/expected `query` to be a string, got number 42/)
    expect(() => createConditionDocument(null as unknown as string)).toThrow(TypeError)
    expect(() => evaluateCondition(parseCondition('a'), 'a b' as unknown as ConditionDocument)).toThrow(/expected `doc`/)
  })
})

describe('evaluateCondition', () => {
  const documents = {
    surface: 'The surface region of the catalyst was measured; a larger surface area gives faster reactions.',
    surfaceOnly: 'The surface region of the catalyst was measured.',
    neural: 'Each yield layer of the Neural network maps features to classes.',
    optimize: 'An enhancement calculation was proposed; we then OPTIMIZED its step size.',
    markov: 'The backward probability of a hidden Markov chain is computed recursively.',
    plainBackward: 'The backward probability of ruin depends on the initial capital.',
    specular: 'Surface highlights appear where specular reflection is strong.',
    gradientNear: 'In deep nets the gradient problem keeps on disappearing once we normalize layers.',
    gradientFar: 'The gradient was tiny. Later, after many more epochs of training than we planned, the problem was disappearing.',
    extracting: 'We start extricating the most salient visual highlights from each frame.',
    quotes: 'Patients with Alzheimer’s disease were followed for a year.',
    proto: 'The constructor and __proto__ and toString are words here.',
  }
  const doc = (key: keyof typeof documents) => createConditionDocument(documents[key])

  it.each<[string, keyof typeof documents, boolean]>([
    ['"surface region" AND "surface area"', 'surface', true],
    ['"surface region" AND "surface area"', 'surfaceOnly', false],
    ['"yield layer" AND neural', 'neural', true],
    ['"yield layer" AND neural', 'surface', false],
    ['"enhancement calculation" AND optimiz*', 'optimize', true],
    ['"enhancement calculation" AND optimiz*', 'neural', false],
    ['"backward probability" NOT "Markov"', 'markov', false],
    ['"backward probability" NOT "Markov"', 'plainBackward', true],
    ['"surface highlights" NOT specular', 'specular', false],
    ['"disappearing gradient problem"~5', 'gradientNear', true],
    ['"disappearing gradient problem"~1', 'gradientNear', false],
    ['"disappearing gradient problem"~2', 'gradientNear', true],
    ['"disappearing gradient problem"~5', 'gradientFar', false],
    ['"disappearing gradient problem"', 'gradientNear', false],
    ['"extricating highlights"~20 NOT specular', 'extracting', true],
    ['"extricating highlights"~20 NOT specular', 'specular', false],
    ['"catalyst" AND ("validation test" OR "surface area")', 'surface', true],
    ['"catalyst" AND ("validation test" OR "surface area")', 'surfaceOnly', false],
    ['"fit record" OR "surface region" AND "surface area"', 'surfaceOnly', false],
    ['"fit record" OR "surface region" AND "surface area"', 'surface', true],
    ['NOT markov', 'plainBackward', true],
    // Whole words only: "region" does not match inside "regional", "area" not inside "areas".
    ['"surface regio"', 'surface', false],
    ['"alzheimer\'s disease"', 'quotes', true],
    ['constructor AND "__proto__" AND tostring', 'proto', true],
    ['hasOwnProperty', 'proto', false],
  ])('%s on %s -> %s', (query, key, expected) => {
    expect(evaluateCondition(parseCondition(query), doc(key))).toBe(expected)
  })

  it('repeated words in a proximity phrase need their own positions', () => {
    const once = createConditionDocument('a signal was sent to the receiver')
    const twice = createConditionDocument('a signal was sent and another signal came back')
    const query = parseCondition('"signal signal"~5')
    expect(evaluateCondition(query, once)).toBe(false)
    expect(evaluateCondition(query, twice)).toBe(true)
  })

  it('matches phrases whose words repeat and prefixes inside phrases', () => {
    const text = createConditionDocument('It was the the end of optimization runs for the day.')
    expect(evaluateCondition(parseCondition('"the the end"'), text)).toBe(true)
    expect(evaluateCondition(parseCondition('"of optim* runs"'), text)).toBe(true)
    expect(evaluateCondition(parseCondition('"of optim* day"'), text)).toBe(false)
  })

  it('evaluates plain document objects too, and reuses one document for many conditions', () => {
    const plain = { words: ['deep', 'learning', 'model'], text: 'deep learning model' }
    expect(evaluateCondition(parseCondition('"deep learning" AND mod*'), plain)).toBe(true)
    expect(evaluateCondition(parseCondition('"learning deep"'), plain)).toBe(false)
  })

  it('answers alike whether a document was asked few conditions or many', () => {
    // A document's first terms are found by scanning its words; after a few dozen it indexes them all.
    const text = Object.values(documents).join(' ')
    const queries = [
      ...Object.values(documents).flatMap((d) => d.split(/\W+/).filter((w) => w.length > 3)),
      'surfac*', 'optimiz*', '"of optim* runs"', '"surface regio"', '"backward probability" NOT markov', '"disappearing gradient problem"~5', 'absentword',
    ].map((q) => parseCondition(q))
    expect(queries.length).toBeGreaterThan(64)
    const shared = createConditionDocument(text)
    for (const query of queries) {
      expect(evaluateCondition(query, shared)).toBe(evaluateCondition(query, createConditionDocument(text)))
    }
  })
})

describe('createConditionDocument', () => {
  it.each<[string, string[]]>([
    ['Deep-Learning models’ accuracy, in 2024!', ['deep-learning', "models'", 'accuracy', 'in', '2024']],
    ['“Quoted” text -- with dashes - and CO2', ['quoted', 'text', 'with', 'dashes', 'and', 'co2']],
    ['naïve Bayes (NB) and RNA–DNA', ['naïve', 'bayes', 'nb', 'and', 'rna', 'dna']],
    ['e\u0301te\u0301', ['été']],
    ['', []],
  ])('%j', (text, words) => {
    // "models’" keeps no trailing apostrophe: apostrophes and hyphens stay only *inside* words.
    expect(createConditionDocument(text).words).toEqual(words.map((word) => word.replace(/'$/, '')))
  })

  it('keeps a lower-cased, normalized copy of the text', () => {
    expect(createConditionDocument('It’s “Fine”').text).toBe('it\'s "fine"')
  })
})

describe('the PPS fingerprints', () => {
  it.skipIf(!existsSync(PPS_FILE))('all parse', () => {
    const lines = readFileSync(PPS_FILE, 'utf8').split('\n').slice(1)
    const fingerprints = lines.map((line) => line.split('\t')[3] ?? '').filter((query) => query.trim() !== '')
    expect(fingerprints.length).toBeGreaterThan(500)
    const failures = fingerprints.flatMap((query) => {
      try {
        parseCondition(query)
        return []
      } catch (error) {
        return [(error as Error).message]
      }
    })
    expect(failures).toEqual([])
  })
})
