import { CLOSING_TAG, OPEN_TAG, findInlineNonProse, mergeSorted } from './markdown-inline.js'

/**
 * Non-prose ranges of a Markdown (CommonMark) document: front matter, code blocks (fenced and
 * indented), HTML blocks, link reference definitions, thematic breaks, container and heading
 * markers, and within paragraphs and headings everything `findInlineNonProse` finds. It reads
 * line by line with CommonMark's container rules (block quotes, list items and their content
 * columns, lazy continuation lines), in time linear in the input however deeply containers nest.
 *
 * Where a simple reading could disagree with CommonMark it leans towards protecting: a fence is
 * only closed by a fence line inside the same containers, any paragraph starting with a
 * `[label]:` definition is protected whole.
 */
export function findMarkdownNonProseRanges(markdown: string): Array<[number, number]> {
  const spec = new BlockReader(markdown, false)
  const ranges = spec.read()
  if (!spec.ambiguous) return ranges
  // Where CommonMark's reference reading and micromark's (remark, MDX) part ways, read both ways
  // and protect the union: see `BlockReader.micromark`.
  return mergeSorted([...ranges, ...new BlockReader(markdown, true).read()])
}

type Container = { kind: 'quote' } | { kind: 'item'; column: number; hasContent: boolean }
type Leaf =
  | { kind: 'none' }
  | { kind: 'paragraph'; segments: Array<[number, number]> }
  | { kind: 'fence'; close: RegExp }
  | { kind: 'html'; end: RegExp | 'blank' }
  | { kind: 'code' }

const FENCE = /^(`{3,}|~{3,})([^\n]*)$/
const ATX_HEADING = /^#{1,6}(?=[ \t]|$)/
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/
const ORDERED_MARKER = /^[0-9]{1,9}[.)]/
const DEFINITION_START = /^\[(?:[^\\\]]|\\.)+\]:/
const HTML_BLOCK_STARTS: ReadonlyArray<readonly [RegExp, RegExp | 'blank']> = [
  [/^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [
    /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i,
    'blank',
  ],
]

/** The opening fence at the start of `rest`, if any (a backtick fence's info string has no backtick). */
function openingFence(rest: string): RegExpExecArray | undefined {
  const fence = FENCE.exec(rest)
  return fence && !(fence[1]![0] === '`' && fence[2]!.includes('`')) ? fence : undefined
}

class BlockReader {
  private readonly ranges: Array<[number, number]> = []
  private readonly containers: Container[] = []
  private leaf: Leaf = { kind: 'none' }
  // Where the unread rest of the current line starts: `pos` is an offset, `column` the column
  // consumed so far and `charColumn` the column at which `text[pos]` starts (a tab may be half read).
  private pos = 0
  private column = 0
  private charColumn = 0
  private lineEnd = 0

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
  ) {}

  read(): Array<[number, number]> {
    let start = this.frontMatterEnd()
    while (start < this.text.length) {
      let end = start
      while (end < this.text.length && this.text[end] !== '\n' && this.text[end] !== '\r') end++
      this.readLine(start, end)
      start = end + (this.text[end] === '\r' && this.text[end + 1] === '\n' ? 2 : 1)
    }
    this.closeLeaf()
    return mergeSorted(this.ranges)
  }

  /** YAML (`---`) or TOML (`+++`) front matter at the very start: protected whole when closed. */
  private frontMatterEnd(): number {
    const open = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/.exec(this.text)
    if (!open) return 0
    const close = open[1] === '---' ? /^(?:---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m
    const rest = this.text.slice(open[0].length)
    const match = close.exec(rest)
    if (!match) return 0
    let end = open[0].length + match.index + match[0].length
    end += this.text[end] === '\r' && this.text[end + 1] === '\n' ? 2 : this.text[end] === '\n' || this.text[end] === '\r' ? 1 : 0
    this.protect(0, end)
    return end
  }

  private readLine(start: number, end: number): void {
    this.pos = start
    this.column = 0
    this.charColumn = 0
    this.lineEnd = end
    this.scanFrom = this.scanOffset = -1
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
      // Block starts are tried as if no paragraph were open: the paragraph belongs to an unmatched
      // container, so the rules for interrupting one ("2." may not, "1." may) do not apply.
      if (this.leaf.kind === 'paragraph' && !this.isBlank()) {
        const starts = this.startsBlock()
        if (starts === 'no') {
          this.leaf.segments.push([this.pos, end]) // a lazy continuation line
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
    let matched = 0
    for (const container of this.containers) {
      if (container.kind === 'quote') {
        if (this.indent() > 3 || this.text[this.nextNonSpace()] !== '>') break
        this.consumeQuoteMarker()
      } else if (this.isBlank()) {
        // An item that opened with a blank line and got no content ends at the next blank line.
        if (!container.hasContent) break
      } else {
        if (this.indent() < container.column - this.column) break
        this.advanceColumns(container.column - this.column)
      }
      matched++
    }
    return matched
  }

  /** Whether the line continues a code block or HTML block (protected whole); false closes it. */
  private continueLeaf(leaf: Leaf, lineStart: number): boolean {
    if (leaf.kind === 'fence') {
      this.protect(lineStart, this.lineEnd)
      if (this.indent() <= 3 && leaf.close.test(this.text.slice(this.nextNonSpace(), this.lineEnd))) this.leaf = { kind: 'none' }
      return true
    }
    if (leaf.kind === 'code') {
      if (!this.isBlank() && this.indent() < 4) return false
      this.protect(lineStart, this.lineEnd)
      return true
    }
    if (leaf.kind === 'html') {
      if (leaf.end === 'blank' && this.isBlank()) return false
      this.protect(lineStart, this.lineEnd)
      if (leaf.end !== 'blank' && leaf.end.test(this.text.slice(this.pos, this.lineEnd))) this.leaf = { kind: 'none' }
      return true
    }
    return false
  }

  /** Open new block quotes and list items at the start of the rest of the line. */
  private openContainers(interrupting: boolean, afterCode: boolean): void {
    for (;;) {
      if (this.isBlank() || this.indent() > 3) return
      const at = this.nextNonSpace()
      if (this.text[at] === '>') {
        interrupting = afterCode = false
        this.closeParagraph()
        this.advanceTo(at)
        this.consumeQuoteMarker()
        this.containers.push({ kind: 'quote' })
        continue
      }
      const marker = this.listMarker(at, interrupting)
      if (marker === undefined) return
      if (afterCode && !interrupting && this.listMarker(at, true) === undefined) this.ambiguous = true
      interrupting = afterCode = false
      this.closeParagraph()
      this.markContent()
      this.advanceTo(at)
      this.protect(at, at + marker)
      const markerEndColumn = this.charColumn + marker
      this.pos += marker
      this.charColumn = this.column = markerEndColumn
      const padding = this.isBlank() ? 0 : this.indent()
      // 1-4 spaces after the marker set the content column; 5 or more mean one space and then an
      // indented code block.
      const column = padding >= 1 && padding <= 4 ? markerEndColumn + padding : markerEndColumn + 1
      this.containers.push({ kind: 'item', column, hasContent: !this.isBlank() })
      if (padding > 4) {
        this.protect(this.pos, this.lineEnd)
        this.pos = this.lineEnd
        this.leaf = { kind: 'code' }
        return
      }
      if (padding >= 1) this.advanceColumns(column - this.column)
    }
  }

  /** Length of a list marker at `at` ("-", "*", "+", "1." ... followed by a space or the line end), if any. */
  private listMarker(at: number, interrupting: boolean): number | undefined {
    const rest = this.text.slice(at, Math.min(this.lineEnd, at + 12))
    const c = rest[0]
    let length: number
    if (c === '-' || c === '*' || c === '+') length = 1
    else {
      const ordered = ORDERED_MARKER.exec(rest)
      if (!ordered) return undefined
      // Only an ordered list starting at 1 may interrupt a paragraph.
      if (interrupting && !/^0*1[.)]/.test(ordered[0])) return undefined
      length = ordered[0].length
    }
    const after = this.text[at + length]
    const isEndOfLine = at + length >= this.lineEnd
    if (!isEndOfLine && after !== ' ' && after !== '\t') return undefined
    if (interrupting && /^[ \t]*$/.test(this.text.slice(at + length, this.lineEnd))) return undefined // an empty item cannot interrupt
    if (THEMATIC_BREAK.test(this.text.slice(at, this.lineEnd))) return undefined
    return length
  }

  /** Read the leaf block that starts at `pos`, the rest of the line after its containers. */
  private readLeaf(lineStart: number): void {
    if (this.isBlank()) {
      this.closeParagraph()
      return
    }
    this.markContent()
    const indent = this.indent()
    if (indent >= 4) {
      if (this.leaf.kind === 'paragraph') this.leaf.segments.push([this.pos, this.lineEnd])
      else {
        this.leaf = { kind: 'code' }
        this.protect(lineStart, this.lineEnd)
      }
      return
    }
    const at = this.nextNonSpace()
    const rest = this.text.slice(at, this.lineEnd)
    const fence = openingFence(rest)
    if (fence) {
      this.closeParagraph()
      this.leaf = { kind: 'fence', close: new RegExp(String.raw`^${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},}[ \t]*$`) }
      this.protect(lineStart, this.lineEnd)
      return
    }
    if (this.leaf.kind === 'paragraph' && SETEXT_UNDERLINE.test(rest)) {
      this.closeParagraph()
      this.protect(lineStart, this.lineEnd)
      return
    }
    if (THEMATIC_BREAK.test(rest)) {
      this.closeParagraph()
      this.protect(lineStart, this.lineEnd)
      return
    }
    const heading = ATX_HEADING.exec(rest)
    if (heading) {
      this.closeParagraph()
      this.readHeading(at, heading[0].length)
      return
    }
    const html = this.htmlBlockEnd(rest, this.leaf.kind === 'paragraph')
    if (html !== undefined) {
      this.closeParagraph()
      this.protect(lineStart, this.lineEnd)
      this.leaf = html !== 'blank' && html.test(rest) ? { kind: 'none' } : { kind: 'html', end: html }
      return
    }
    if (this.leaf.kind === 'paragraph') this.leaf.segments.push([at, this.lineEnd])
    else this.leaf = { kind: 'paragraph', segments: [[at, this.lineEnd]] }
  }

  /** An ATX heading: the "#" marks and the closing sequence are syntax, the rest is inline content. */
  private readHeading(at: number, marks: number): void {
    this.protect(at, at + marks)
    let end = this.lineEnd
    const closing = /(?:^|[ \t])#+[ \t]*$/.exec(this.text.slice(at + marks, end))
    if (closing) {
      this.protect(at + marks + closing.index, end)
      end = at + marks + closing.index
    }
    this.readInline([[at + marks, end]])
  }

  /** The end condition of the HTML block starting with `rest`, or undefined when no HTML block starts. */
  private htmlBlockEnd(rest: string, interruptsParagraph: boolean): RegExp | 'blank' | undefined {
    for (const [start, end] of HTML_BLOCK_STARTS) if (start.test(rest)) return end
    if (interruptsParagraph) return undefined
    // Condition 7: a complete open or closing tag alone on the line. (CommonMark leaves out
    // "<pre>" and the like, which condition 1 takes; micromark reads "</pre>" as condition 7.)
    for (const tag of [OPEN_TAG, CLOSING_TAG]) {
      tag.lastIndex = 0
      if (tag.test(rest) && /^[ \t]*$/.test(rest.slice(tag.lastIndex))) return 'blank'
    }
    return undefined
  }

  /** Whether the rest of the line would open a block (so it cannot be a lazy continuation). */
  private startsBlock(): 'no' | 'yes' | 'tag' {
    if (this.indent() > 3) return 'no'
    const at = this.nextNonSpace()
    const rest = this.text.slice(at, this.lineEnd)
    if (rest[0] === '>' || openingFence(rest) !== undefined || THEMATIC_BREAK.test(rest) || ATX_HEADING.test(rest) || this.listMarker(at, false) !== undefined) return 'yes'
    // Only an HTML block of condition 7 (a lone tag) is one a paragraph could not be interrupted by.
    if (this.htmlBlockEnd(rest, true) !== undefined) return 'yes'
    return this.htmlBlockEnd(rest, false) !== undefined ? 'tag' : 'no'
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
      bases.push(joined.length)
      joined += (joined ? '\n' : '') + this.text.slice(start, end)
      if (bases.length > 1) bases[bases.length - 1]! += 1
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

  private markContent(): void {
    for (let i = this.containers.length - 1; i >= 0; i--) {
      const container = this.containers[i]!
      if (container.kind === 'item') {
        container.hasContent = true
        return
      }
    }
  }

  private protect(start: number, end: number): void {
    if (end > start) this.ranges.push([start, end])
  }

  private isBlank(): boolean {
    return this.nextNonSpace() === this.lineEnd
  }

  // The first non-space character at or after `pos` and its column. Every container of a line
  // asks for it; remembering it keeps a line under 2,000 nested list items from being rescanned
  // 2,000 times.
  private scanFrom = -1
  private scanOffset = -1
  private scanColumn = 0

  /** Offset of the first character after spaces and tabs. */
  private nextNonSpace(): number {
    if (this.pos < this.scanFrom || this.pos > this.scanOffset) {
      let column = this.charColumn
      let i = this.pos
      for (; i < this.lineEnd; i++) {
        if (this.text[i] === ' ') column++
        else if (this.text[i] === '\t') column += 4 - (column % 4)
        else break
      }
      this.scanFrom = this.pos
      this.scanOffset = i
      this.scanColumn = column
    }
    return this.scanOffset
  }

  /** Columns of indentation before the next non-space character, counted from the consumed column. */
  private indent(): number {
    this.nextNonSpace()
    return this.scanColumn - this.column
  }

  /** Move to offset `at` (only spaces and tabs in between). */
  private advanceTo(at: number): void {
    this.advanceColumns(this.indent())
    this.pos = at
  }

  /** Consume `n` columns of indentation; a tab that straddles the goal is left half read. */
  private advanceColumns(n: number): void {
    const goal = this.column + n
    while (this.pos < this.lineEnd && this.charColumn < goal) {
      const c = this.text[this.pos]
      const width = c === '\t' ? 4 - (this.charColumn % 4) : c === ' ' ? 1 : 0
      if (width === 0 || this.charColumn + width > goal) break
      this.charColumn += width
      this.pos++
    }
    this.column = goal
  }

  /** Consume a ">" and one following space (or one column of a tab). */
  private consumeQuoteMarker(): void {
    this.advanceTo(this.nextNonSpace())
    this.protect(this.pos, this.pos + 1)
    this.pos++
    this.charColumn = this.column = this.column + 1
    if (this.text[this.pos] === ' ') {
      this.pos++
      this.charColumn = this.column = this.column + 1
    } else if (this.text[this.pos] === '\t') this.column += 1
  }
}
