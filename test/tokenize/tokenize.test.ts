import { describe, expect, it } from 'vitest'
import { normalizeToken, tokenize } from '../../src/tokenize/tokenize.js'

const TEXTS = [
  'Peskov instructed TASS information company on Monday, with out providing details.',
  'Line one.\r\nLine two\twith a tab.\r\n\r\nThird   paragraph  with  runs   of spaces.',
  'Non\u00a0breaking\u00a0spaces and \u201ccurly quotes\u201d and it\u2019s fine.',
  'Emoji 😀👍🏽 and flags 🇫🇷 inside words: caf\u00e9 vs cafe\u0301 (combining).',
  'Links like https://example.com/a-b?c=d&e=f and mail me@example.org stay.',
  '中文文本 and العربية mixed with English words.',
  'ALL CAPS HEADLINE: NONETHELESS THE NATIONS STAY',
  '',
  '   ',
  'x'.repeat(100_000),
  'Zero\u200bwidth\u200djoiner and soft\u00adhyphen.',
]

describe('tokenize', () => {
  it.each(TEXTS.map((t) => [t.slice(0, 40), t]))('every token slices back to itself: %s', (_label, text) => {
    const tokens = tokenize(text)
    let previousEnd = 0
    for (const token of tokens) {
      expect(text.slice(token.start, token.end)).toBe(token.text)
      expect(token.start).toBeGreaterThanOrEqual(previousEnd)
      previousEnd = token.end
    }
  })

  it('finds the words of a sentence with lemmas and POS', () => {
    const tokens = tokenize('The nations stayed burdened.')
    expect(tokens.map((t) => t.norm)).toEqual(['the', 'nations', 'stayed', 'burdened', '.'])
    expect(tokens[1]!.lemma).toBe('nation')
    expect(tokens[2]!.lemma).toBe('stay')
    expect(tokens[4]!.editable).toBe(false)
  })

  it('never makes words inside URLs, e-mail addresses and handles editable', () => {
    const text = 'See https://news.example.com/with/out/information-company or write to with.out@example.com, @without #without.'
    const editable = tokenize(text).filter((t) => t.editable).map((t) => t.norm)
    expect(editable).toEqual(['see', 'or', 'write', 'to'])
  })

  it('numbers sentences across chunk boundaries of long input', () => {
    const paragraph = 'One sentence here. Another one there.\n'
    const tokens = tokenize(paragraph.repeat(5000))
    const sentences = new Set(tokens.map((t) => t.sentence))
    expect(sentences.size).toBeGreaterThanOrEqual(10_000)
    expect(tokens.filter((t) => t.norm === 'sentence')).toHaveLength(5000)
  })
})

describe('normalizeToken', () => {
  it('makes typographic apostrophes and hyphens ASCII so entries match however the text was typeset', () => {
    expect(normalizeToken('We\u2019ve')).toBe("we've")
    expect(normalizeToken('Well\u2011Being')).toBe('well-being')
    expect(normalizeToken('long\u2010term')).toBe('long-term')
  })
})
