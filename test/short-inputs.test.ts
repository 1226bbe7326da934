import { describe, expect, it } from 'vitest'
import { createRestorer, restoreText } from '../src/index.js'

// Issue 14, item 4: one clearly spun sentence is restored whole, one ordinary sentence is left alone,
// with the built-in dictionaries. Sentences written for unspin.
describe('short inputs with the built-in dictionaries', () => {
  it('restores a clearly spun sentence whole', () => {
    expect(restoreText('Peskov instructed TASS information company on Monday.').text).toBe('Peskov told TASS news agency on Monday.')
  })

  it('leaves an ordinary sentence with one listed word alone', () => {
    const result = restoreText('The lawyer instructed his client to remain silent.')
    expect(result.text).toBe('The lawyer instructed his client to remain silent.')
    // Still reported, held back by the document gate.
    expect(result.skipped).toMatchObject([{ found: 'instructed', restored: 'told', reason: 'document-gate' }])
  })

  it('leaves "information company" alone where it means a company that sells information', () => {
    expect(restoreText('The firm is a financial information company based in London.').text).toBe('The firm is a financial information company based in London.')
  })

  it('never turns "Primary Minister" into "First Minister"', () => {
    for (const text of ['In a statement, the Primary Minister has warned that talks would fail.', 'the Primary Minister has warned']) {
      const restored = restoreText(text).text
      expect(restored).not.toMatch(/First Minister/)
      expect([text, text.replace('Primary Minister', 'Prime Minister')]).toContain(restored)
    }
  })

  it('never changes "CBS TV Studios"', () => {
    expect(restoreText('The show is made by CBS TV Studios for the network.').text).toBe('The show is made by CBS TV Studios for the network.')
  })

  it('keeps the input casing on a restored word ("reside" -> "live", not "Live")', () => {
    // The gate is off so the change is applied in a short text; the casing is what is tested.
    const result = createRestorer({ stages: { documentGate: false } }).restore('Many people reside in the capital.')
    const change = [...result.marks, ...result.skipped].find((c) => c.found === 'reside')
    expect(change?.restored).toBe('live')
  })
})
