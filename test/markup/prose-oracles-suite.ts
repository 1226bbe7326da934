import fc from 'fast-check'
import { Parser } from 'htmlparser2'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { findNonProseRanges } from '../../src/markup/find-non-prose-ranges.js'
import { fcOptions, scaledTimeout, tierRuns, type Tier } from '../properties/fc-options.js'
import { htmlDocument, markdownDocument, showProse } from './markup-arbitraries.js'

/**
 * Our markup readers are hand-written (linear time, no tree). These tests hold them against real
 * parsers on thousands of generated, often broken, documents: every letter our reader leaves
 * restorable must be in a text node of the parser's tree, outside code. The converse is not
 * required: our readers may protect more than the parsers would.
 */

type Range = readonly [number, number]

function expectWellFormed(text: string, ranges: readonly Range[]): void {
  let previous = 0
  for (const [start, end] of ranges) {
    expect(start).toBeGreaterThanOrEqual(previous)
    expect(end).toBeGreaterThan(start)
    expect(end).toBeLessThanOrEqual(text.length)
    previous = end
  }
}

/** Our reader's ranges are well formed and leave restorable only letters the parser reads as prose (`allowed`). */
function expectProseWithin(text: string, format: 'markdown' | 'html', allowed: Uint8Array, what: string): void {
  const ranges = findNonProseRanges(text, format)
  expectWellFormed(text, ranges)
  const bad = unsafeLetters(text, ranges, allowed)
  if (bad.length > 0) expect.fail(`letters at ${bad.join(', ')} are not ${what}:\n${JSON.stringify(text)}\nours: ${JSON.stringify(showProse(text, ranges))}`)
}

/** Offsets of letters that `ranges` leaves restorable but `allowed` says are not prose. */
function unsafeLetters(text: string, ranges: readonly Range[], allowed: Uint8Array): number[] {
  const bad: number[] = []
  let r = 0
  for (let i = 0; i < text.length; i++) {
    while (r < ranges.length && ranges[r]![1] <= i) r++
    const isProtected = r < ranges.length && ranges[r]![0] <= i
    if (!isProtected && /\p{L}/u.test(text[i]!) && !allowed[i]) bad.push(i)
  }
  return bad
}

/** Characters inside mdast `text` nodes (not inline code, code, html, definitions, autolinks' URLs). */
function mdastProse(markdown: string): Uint8Array {
  const allowed = new Uint8Array(markdown.length)
  const stack: unknown[] = [fromMarkdown(markdown)]
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }
    if (node.type === 'text' && node.position) allowed.fill(1, node.position.start.offset, node.position.end.offset)
    if (node.children) stack.push(...node.children)
  }
  return allowed
}

const HTML_CODE = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'svg', 'math', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext', 'template'])

/** Characters inside htmlparser2 text events whose open elements include no code element. */
function htmlparser2Prose(html: string): Uint8Array {
  const allowed = new Uint8Array(html.length)
  const open: boolean[] = []
  let code = 0
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const isCode = HTML_CODE.has(name) || attributes.translate?.trim().toLowerCase() === 'no'
        open.push(isCode)
        if (isCode) code++
      },
      onclosetag() {
        if (open.pop()) code--
      },
      ontext(data) {
        // With decodeEntities off, text is a slice of the input ending at endIndex (startIndex is
        // not always updated, e.g. after "</>").
        const end = parser.endIndex + 1
        if (code === 0 && html.slice(end - data.length, end) === data) allowed.fill(1, end - data.length, end)
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  return allowed
}

/** Run by prose-oracles.test.ts (fast tier) and prose-oracles.slow.test.ts (the full search). */
export function proseOraclesSuite(tier: Tier): void {
  describe('the Markdown reader against mdast-util-from-markdown', () => {
    it('leaves restorable only letters that CommonMark puts in text nodes', () => {
      fc.assert(
        fc.property(markdownDocument, (markdown) => {
          // micromark misses the end of a CDATA block written "]]]>" (its end-marker state machine
          // does not step back) and reads the rest of the document as HTML; CommonMark ends it there.
          fc.pre(!markdown.includes(']]]>'))
          expectProseWithin(markdown, 'markdown', mdastProse(markdown), 'prose for CommonMark')
        }),
        fcOptions(tierRuns(tier, 300, 3000)),
      )
    }, scaledTimeout(30_000))
  })

  describe('the HTML reader against htmlparser2', () => {
    it('leaves restorable only letters that htmlparser2 reads as text outside code', () => {
      fc.assert(
        fc.property(htmlDocument, (html) => {
          expectProseWithin(html, 'html', htmlparser2Prose(html), 'text for htmlparser2')
        }),
        fcOptions(tierRuns(tier, 300, 3000)),
      )
    }, scaledTimeout(30_000))
  })
}
