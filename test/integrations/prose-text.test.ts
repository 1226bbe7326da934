import { describe, expect, it } from 'vitest'
import { lineLocator, proseText } from '../../src/integrations/prose-text.js'

describe('proseText', () => {
  it('is the source itself when the ranges cover it', () => {
    const source = 'One line.\nAnother one.'
    const prose = proseText(source, [{ start: 10, end: 22 }, { start: 0, end: 10 }])
    expect(prose.text).toBe(source)
    expect(prose.toSource(10, 17)).toEqual({ start: 10, end: 17, contiguous: true })
  })

  it('stands a separator for each gap: blank line, line break, space or nothing', () => {
    // "# Head\n\nbig *data* here\n- item" with the prose runs only
    const source = '# Head\n\nbig *data* here\n- item'
    const runs = [
      { start: 2, end: 6 }, // Head
      { start: 8, end: 12 }, // "big "
      { start: 13, end: 17 }, // data
      { start: 18, end: 23 }, // " here"
      { start: 26, end: 30 }, // item
    ]
    const prose = proseText(source, runs)
    expect(prose.text).toBe('Head\n\nbig data here\nitem')
    // "big data" crosses the `*`: it maps to the source span with the markup, not contiguous
    expect(prose.toSource(6, 14)).toEqual({ start: 8, end: 17, contiguous: false })
    // "data" lies inside one run
    expect(prose.toSource(10, 14)).toEqual({ start: 13, end: 17, contiguous: true })
    expect(source.slice(26, 30)).toBe('item')
    expect(prose.toSource(20, 24)).toEqual({ start: 26, end: 30, contiguous: true })
  })

  it('merges overlapping and touching ranges and ignores empty or outside ones', () => {
    const prose = proseText('abcdef', [{ start: 0, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 5 }, { start: 5, end: 5 }, { start: 4, end: 99 }])
    expect(prose.text).toBe('abcde')
    expect(prose.toSource(1, 5)).toEqual({ start: 1, end: 5, contiguous: true })
  })

  it('has no text and maps nothing without ranges', () => {
    const prose = proseText('<p></p>', [])
    expect(prose.text).toBe('')
    expect(prose.toSource(0, 0)).toEqual({ start: 0, end: 0, contiguous: false })
  })
})

describe('lineLocator', () => {
  it('counts LF, CRLF and a lone CR as one line break each, columns 1-based', () => {
    const locate = lineLocator('ab\ncd\r\nef\rgh')
    expect(locate(0)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(locate(4)).toEqual({ line: 2, column: 2, offset: 4 })
    expect(locate(7)).toEqual({ line: 3, column: 1, offset: 7 })
    expect(locate(10)).toEqual({ line: 4, column: 1, offset: 10 })
    expect(locate(12)).toEqual({ line: 4, column: 3, offset: 12 })
  })
})
