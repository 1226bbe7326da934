import { mergeRanges } from '../tokenize/protected-ranges.js'
import { findInlineNonProse } from './markdown-inline.js'
import { LineCursor } from './markdown-line.js'
import { ATX_HEADING, DEFINITION_START, SETEXT_UNDERLINE, THEMATIC_BREAK, frontMatterEnd, htmlBlockEnd, listMarkerLength, openingFence } from './markdown-syntax.js'

/**
 * Non-prose ranges of a Markdown (CommonMark) document: front matter, code blocks (fenced and
 * indented), HTML blocks, link reference definitions, thematic breaks, container and heading
 * markers, and within paragraphs and headings everything `findInlineNonProse` finds. It reads
 * line by line with CommonMark's container rules (block quotes, list items and their content
 * columns, lazy continuation lines), in time linear in the input however deeply containers nest.
 *
 * Where a simple reading could disagree with CommonMark it leans towards protecting: any
 * paragraph starting with a `[label]:` definition is protected whole, and where micromark
 * (remark, MDX) reads a document differently from the CommonMark reference, both readings are
 * made and their union is protected.
 */
export function findMarkdownNonProseRanges(markdown: string): Array<[number, number]> {
  const spec = new BlockReader(markdown, false)
  const ranges = spec.read()
  if (!spec.ambiguous) return ranges
  return mergeRanges([...ranges, ...new BlockReader(markdown, true).read()])
}

type Container = { kind: 'quote' } | { kind: 'item'; column: number; hasContent: boolean }
type Leaf =
  | { kind: 'none' }
  | { kind: 'paragraph'; segments: Array<[number, number]> }
  | { kind: 'fence'; close: RegExp }
  | { kind: 'html'; end: RegExp | 'blank' }
  | { kind: 'code' }

class BlockReader {
  private readonly ranges: Array<[number, number]> = []
  private readonly containers: Container[] = []
  private leaf: Leaf = { kind: 'none' }
  private readonly line: LineCursor

  /** Whether the text met a construct that micromark reads differently (see `micromark`). */
  ambiguous = false

  /**
   * `micromark`: read as micromark does where it departs from the CommonMark reference: open
   * indented code limits list starts like an open paragraph (no empty item, only "1."), and a
   * lazy line holding only an HTML tag starts an HTML block inside the open containers instead
   * of closing them.
   */
  constructor(
    private readonly text: string,
    private readonly micromark: boolean,
  ) {
    this.line = new LineCursor(text)
  }

  read(): Array<[number, number]> {
    let start = frontMatterEnd(this.text)
    this.protect(0, start)
    while (start < this.text.length) {
      let end = start
      while (end < this.text.length && this.text[end] !== '\n' && this.text[end] !== '\r') end++
      this.readLine(start, end)
      start = end + (this.text.startsWith('\r\n', end) ? 2 : 1)
    }
    this.closeLeaf()
    return mergeRanges(this.ranges)
  }

  private readLine(start: number, end: number): void {
    const line = this.line
    line.reset(start, end)
    const matched = this.matchContainers()
    const allMatched = matched === this.containers.length
    const leaf = this.leaf
    // An open paragraph limits which list items may start; so does open indented code for micromark.
    const interrupting = allMatched && (leaf.kind === 'paragraph' || (this.micromark && leaf.kind === 'code'))
    const afterCode = allMatched && leaf.kind === 'code'
    if (leaf.kind === 'fence' || leaf.kind === 'html' || leaf.kind === 'code') {
      if (allMatched && this.continueLeaf(leaf, start)) return
      this.closeLeaf()
    }
    if (!allMatched) {
      if (this.leaf.kind === 'paragraph' && !line.isBlank()) {
        const starts = this.startsBlock()
        if (starts === 'no') {
          this.leaf.segments.push([line.pos, end]) // a lazy continuation line
          return
        }
        if (starts === 'tag') {
          this.ambiguous = true
          if (this.micromark) {
            this.closeLeaf()
            this.protect(start, end)
            this.leaf = { kind: 'html', end: 'blank' }
            return
          }
        }
      }
      this.closeLeaf()
      this.containers.length = matched
    }
    this.openContainers(interrupting, afterCode)
    this.readLeaf(start)
  }

  /** Match the open containers against the line; returns how many matched. */
  private matchContainers(): number {
    const line = this.line
    let matched = 0
    for (const container of this.containers) {
      if (container.kind === 'quote') {
        if (line.indent() > 3 || this.text[line.nextNonSpace()] !== '>') break
        this.protectMarker(line.consumeQuoteMarker(), 1)
      } else if (line.isBlank()) {
        // An item that opened with a blank line and got no content ends at the next blank line.
        if (!container.hasContent) break
      } else {
        if (line.indent() < container.column - line.column) break
        line.advanceColumns(container.column - line.column)
      }
      matched++
    }
    return matched
  }

  /** Whether the line continues a code block or HTML block (protected whole); false closes it. */
  private continueLeaf(leaf: Leaf, lineStart: number): boolean {
    const line = this.line
    if (leaf.kind === 'fence') {
      this.protect(lineStart, line.end)
      if (line.indent() <= 3 && leaf.close.test(line.rest())) this.leaf = { kind: 'none' }
      return true
    }
    if (leaf.kind === 'code') {
      if (!line.isBlank() && line.indent() < 4) return false
      this.protect(lineStart, line.end)
      return true
    }
    if (leaf.kind === 'html') {
      if (leaf.end === 'blank' && line.isBlank()) return false
      this.protect(lineStart, line.end)
      if (leaf.end !== 'blank' && leaf.end.test(line.rest())) this.leaf = { kind: 'none' }
      return true
    }
    return false
  }

  /** Open new block quotes and list items at the start of the rest of the line. */
  private openContainers(interrupting: boolean, afterCode: boolean): void {
    const line = this.line
    for (;;) {
      if (line.isBlank() || line.indent() > 3) return
      const rest = line.rest()
      if (rest[0] === '>') {
        interrupting = afterCode = false
        this.closeParagraph()
        this.protectMarker(line.consumeQuoteMarker(), 1)
        this.containers.push({ kind: 'quote' })
        continue
      }
      const marker = listMarkerLength(rest, interrupting)
      if (marker === undefined) return
      if (afterCode && !interrupting && listMarkerLength(rest, true) === undefined) this.ambiguous = true
      interrupting = afterCode = false
      this.closeParagraph()
      this.markContent()
      line.skipSpaces()
      this.protectMarker(line.pos, marker)
      line.advanceChars(marker)
      const markerEnd = line.column
      const padding = line.isBlank() ? 0 : line.indent()
      // 1-4 spaces after the marker set the content column; 5 or more mean one space and then an
      // indented code block.
      const column = padding >= 1 && padding <= 4 ? markerEnd + padding : markerEnd + 1
      this.containers.push({ kind: 'item', column, hasContent: !line.isBlank() })
      if (padding > 4) {
        this.protect(line.pos, line.end)
        line.pos = line.end
        this.leaf = { kind: 'code' }
        return
      }
      if (padding >= 1) line.advanceColumns(column - line.column)
    }
  }

  /** Read the leaf block that starts the rest of the line, after its containers. */
  private readLeaf(lineStart: number): void {
    const line = this.line
    if (line.isBlank()) {
      this.closeParagraph()
      return
    }
    this.markContent()
    if (line.indent() >= 4) {
      if (this.leaf.kind === 'paragraph') this.leaf.segments.push([line.pos, line.end])
      else {
        this.leaf = { kind: 'code' }
        this.protect(lineStart, line.end)
      }
      return
    }
    const at = line.nextNonSpace()
    const rest = line.rest()
    const close = openingFence(rest)
    const html = close ? undefined : htmlBlockEnd(rest, this.leaf.kind === 'paragraph')
    const heading = ATX_HEADING.exec(rest)
    if (close || THEMATIC_BREAK.test(rest) || (this.leaf.kind === 'paragraph' && SETEXT_UNDERLINE.test(rest)) || html !== undefined) {
      this.closeParagraph()
      this.protect(lineStart, line.end)
      if (close) this.leaf = { kind: 'fence', close }
      else if (html !== undefined && !(html !== 'blank' && html.test(rest))) this.leaf = { kind: 'html', end: html }
    } else if (heading) {
      this.closeParagraph()
      this.readHeading(at, heading[0].length)
    } else if (this.leaf.kind === 'paragraph') this.leaf.segments.push([at, line.end])
    else this.leaf = { kind: 'paragraph', segments: [[at, line.end]] }
  }

  /** An ATX heading: the "#" marks and the closing sequence are syntax, the rest is inline content. */
  private readHeading(at: number, marks: number): void {
    this.protect(at, at + marks)
    let end = this.line.end
    const closing = /(?:^|[ \t])#+[ \t]*$/.exec(this.text.slice(at + marks, end))
    if (closing) {
      this.protect(at + marks + closing.index, end)
      end = at + marks + closing.index
    }
    this.readInline([[at + marks, end]])
  }

  /** Whether the rest of the line would open a block (so it cannot be a lazy continuation). */
  private startsBlock(): 'no' | 'yes' | 'tag' {
    if (this.line.indent() > 3) return 'no'
    const rest = this.line.rest()
    if (rest[0] === '>' || openingFence(rest) || THEMATIC_BREAK.test(rest) || ATX_HEADING.test(rest) || listMarkerLength(rest, false) !== undefined) return 'yes'
    // A lone tag (HTML block condition 7) is the one block start a paragraph cannot be interrupted by.
    if (htmlBlockEnd(rest, true) !== undefined) return 'yes'
    return htmlBlockEnd(rest, false) !== undefined ? 'tag' : 'no'
  }

  private closeLeaf(): void {
    if (this.leaf.kind === 'paragraph') this.closeParagraph()
    this.leaf = { kind: 'none' }
  }

  /** End the open paragraph, if any, and find the syntax inside it. */
  private closeParagraph(): void {
    if (this.leaf.kind !== 'paragraph') return
    const segments = this.leaf.segments
    this.leaf = { kind: 'none' }
    if (DEFINITION_START.test(this.text.slice(segments[0]![0], segments[0]![1]))) {
      // Link reference definitions: labels, destinations and titles may span lines; protect the paragraph.
      for (const [start, end] of segments) this.protect(start, end)
      return
    }
    this.readInline(segments)
  }

  /** Run the inline reader over the lines of a paragraph, joined by "\n", and map its ranges back. */
  private readInline(segments: ReadonlyArray<readonly [number, number]>): void {
    const bases: number[] = []
    let joined = ''
    for (const [start, end] of segments) {
      if (bases.length > 0) joined += '\n'
      bases.push(joined.length)
      joined += this.text.slice(start, end)
    }
    let k = 0
    for (const [start, end] of findInlineNonProse(joined)) {
      while (k + 1 < bases.length && bases[k + 1]! <= start) k++
      for (let j = k; j < bases.length && bases[j]! < end; j++) {
        const [segmentStart, segmentEnd] = segments[j]!
        const from = Math.max(start, bases[j]!) - bases[j]!
        const to = Math.min(end - bases[j]!, segmentEnd - segmentStart)
        if (to > from) this.protect(segmentStart + from, segmentStart + to)
      }
    }
  }

  /** Note that the innermost list item has content (an item opened by a blank line ends at the next one otherwise). */
  private markContent(): void {
    for (let i = this.containers.length - 1; i >= 0; i--) {
      const container = this.containers[i]!
      if (container.kind === 'item') {
        container.hasContent = true
        return
      }
    }
  }

  private protectMarker(at: number, length: number): void {
    this.protect(at, at + length)
  }

  private protect(start: number, end: number): void {
    if (end > start) this.ranges.push([start, end])
  }
}
