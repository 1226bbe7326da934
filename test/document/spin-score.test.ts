import { describe, expect, it } from 'vitest'
import { builtinDictionaries, createRestorer, loadSpinnerThesaurus } from '../../src/index.js'
import { generatedText } from '../helpers/generated-text.js'
import { passesDocumentGate } from '../../src/document/gates.js'
import { assessSpin, DATABASE_RATE_FROM, GATE_DENSITY } from '../../src/document/spin-score.js'

describe('assessSpin with a spinner database loaded', () => {
  const dense = 4 * GATE_DENSITY // confident swaps per 1,000 words: spun by the density alone
  it('finds the text spun at a database rate of DATABASE_RATE_FROM or above, whatever the density', () => {
    expect(assessSpin(0, 1000, DATABASE_RATE_FROM, true).verdict).toBe('spun')
    expect(passesDocumentGate(assessSpin(0, 1000, DATABASE_RATE_FROM, true), 0, 0, true)).toBe(true)
  })

  it('lets the other evidence decide at a low database rate: another spinner may have spun the text', () => {
    const spin = assessSpin(dense, 1000, 0.01, true)
    expect(spin.verdict).toBe('spun')
    expect(passesDocumentGate(spin, dense, 0, true)).toBe(true)
    expect(assessSpin(dense, 1000, 0.01, true)).toEqual({ ...assessSpin(dense, 1000, undefined, false), swapRate: 0.01 })
  })

  it('finds clean text clean at a low database rate', () => {
    const spin = assessSpin(0, 1000, 0.01, true)
    expect(spin.verdict).toBe('clean')
    expect(passesDocumentGate(spin, 3, 0, true)).toBe(false)
  })
})

describe('a restorer with a spinner database that did not spin the text', () => {
  it('restores it as the built-in dictionaries alone do', () => {
    // The text keeps every headword of this database (its rate comes out near 0), and is dense with the
    // built-in dictionaries' spun forms.
    const lines = ['said|stated|mentioned', 'report|account|record', 'change|alter|modify', 'officials|authorities|administrators', 'described|depicted|portrayed']
    const text = generatedText(20_000, 3)
    const alone = createRestorer().restore(text)
    const withDatabase = createRestorer({ dictionaries: [...builtinDictionaries(), loadSpinnerThesaurus(`${lines.join('\n')}\n`, { name: 'other-spinner' })] }).restore(text)
    expect(withDatabase.spin?.swapRate).toBeLessThan(DATABASE_RATE_FROM)
    expect(alone.marks.length).toBeGreaterThan(100)
    expect(withDatabase.spin?.verdict).toBe(alone.spin?.verdict)
    expect(withDatabase.text).toBe(alone.text)
  })
})
