import { describe, expect, it } from 'vitest'
import { restoreText, undoMarks } from '../../src/index.js'
import { changeNote, marksAtOrAbove, reviewedText, textHtml } from '../../examples/web/review.js'

// The web page's review logic without a browser: the text the reader copies or downloads.
const SPUN = 'Peskov instructed TASS information company on Monday, with out providing details.'
const result = restoreText(SPUN)

describe('web page review', () => {
  it('gives the restored text when every change is accepted and the input when none is', () => {
    expect(result.marks.length).toBe(3)
    expect(reviewedText(result, [true, true, true])).toBe(result.text)
    expect(reviewedText(result, [false, false, false])).toBe(SPUN)
  })

  it('undoes exactly the rejected changes', () => {
    for (let i = 0; i < result.marks.length; i++) {
      const accepted = result.marks.map((_, j) => j !== i)
      expect(reviewedText(result, accepted)).toBe(undoMarks(result.text, [result.marks[i]!]))
    }
  })

  it('picks changes by confidence', () => {
    const confidences = result.marks.map((m) => m.confidence)
    const cut = [...confidences].sort()[1]!
    expect(marksAtOrAbove(result.marks, cut)).toEqual(confidences.flatMap((c, i) => (c >= cut ? [i] : [])))
    expect(marksAtOrAbove(result.marks, 0)).toEqual([0, 1, 2])
    expect(marksAtOrAbove(result.marks, 1.01)).toEqual([])
  })

  it('escapes the text and says what each change did for screen readers', () => {
    const html = restoreText('<b> & with out "quotes"')
    const markup = textHtml(html, [true], false)
    expect(markup).toContain('&lt;b&gt; &amp; ')
    expect(markup).toContain('&quot;quotes&quot;')
    expect(markup).toContain('aria-pressed="true"')
    const mark = result.marks[0]!
    expect(changeNote(mark, true, false)).toBe(` (restored; was “${mark.found}”)`)
    expect(changeNote(mark, false, false)).toBe(` (kept the spun wording; “${mark.restored}” rejected)`)
  })
})
