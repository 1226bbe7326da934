import { describe, expect, it } from 'vitest'
import { findNonProseRanges } from '../../src/markup/find-non-prose-ranges.js'
import { blankRanges, findProtectedRanges, mergeRanges } from '../../src/tokenize/protected-ranges.js'
import { tokenize } from '../../src/tokenize/tokenize.js'

describe('tokenize(text, extraProtected)', () => {
  it('hides markup from wink-nlp, so a tag does not glue itself to a word', () => {
    const html = 'with <b>out</b> and <i>x</i>'
    const tokens = tokenize(html, findNonProseRanges(html, 'html'))
    expect(tokens.filter((t) => t.editable).map((t) => t.text)).toEqual(['with', 'out', 'and', 'x'])
    for (const token of tokens) expect(html.slice(token.start, token.end)).toBe(token.text)
  })

  it('makes no token inside a protected range editable', () => {
    const text = 'keep with out <code>with out</code> 😀 <!-- 👍🏽 with -->'
    const ranges = findNonProseRanges(text, 'html')
    const tokens = tokenize(text, ranges)
    // Hidden markup yields no tokens at all, so nothing inside it can be editable.
    const inside = tokens.filter((token) => ranges.some(([start, end]) => token.start < end && token.end > start))
    expect(inside.filter((token) => token.editable)).toEqual([])
    expect(tokens.filter((token) => token.editable).map((token) => token.text)).toEqual(['keep', 'with', 'out'])
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  })

  it('accepts unsorted, overlapping and out-of-bounds ranges', () => {
    const text = 'alpha beta gamma delta'
    const tokens = tokenize(text, [[17, 99], [6, 10], [-5, 3], [8, 12]])
    // Raw ranges are taken as given, even inside a word: findNonProseRanges widens its own.
    expect(tokens.filter((t) => t.editable).map((t) => t.text)).toEqual(['ha', 'amma'])
    expect(tokenize(text, []).filter((t) => t.editable)).toHaveLength(4)
  })
})

describe('range helpers', () => {
  it('mergeRanges sorts, merges touching and overlapping ranges, drops empty ones', () => {
    expect(mergeRanges([[5, 7], [0, 2], [2, 3], [6, 9], [4, 4]])).toEqual([[0, 3], [5, 9]])
  })

  it('blankRanges keeps the length, line breaks and code-unit offsets', () => {
    const text = 'a <b>😀</b>\nc'
    const blank = blankRanges(text, mergeRanges([[2, 11]]))
    expect(blank).toBe('a ' + ' '.repeat(9) + '\nc')
    expect(blank.length).toBe(text.length)
  })

  it('findProtectedRanges finds URLs, e-mail addresses, handles and hashtags, merged', () => {
    const text = 'see https://user@host.example/x and a.b+c@example.org, @me #tag'
    expect(findProtectedRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(['https://user@host.example/x', 'a.b+c@example.org', '@me', '#tag'])
  })
})
