/**
 * A cursor over one line of a Markdown document, in columns as CommonMark counts them: a tab
 * advances to the next multiple of 4, and may be consumed in part (a list item's content column
 * can fall inside it).
 */
export class LineCursor {
  /** Offset of the first unread character. */
  pos = 0
  /** Columns consumed so far (may exceed `charColumn` when a tab is half read). */
  column = 0
  /** Column at which `text[pos]` starts. */
  charColumn = 0
  /** Offset of the line's end (its line break, or the end of the text). */
  end = 0

  // The first non-space character at or after `pos` and its column. Every container of a line
  // asks for it; remembering it keeps a line under 2,000 nested list items from being rescanned
  // 2,000 times.
  private scanFrom = -1
  private scanOffset = -1
  private scanColumn = 0

  constructor(private readonly text: string) {}

  /** Start reading the line `[start, end)`. */
  reset(start: number, end: number): void {
    this.pos = start
    this.column = 0
    this.charColumn = 0
    this.end = end
    this.scanFrom = this.scanOffset = -1
  }

  /** The unread rest of the line, from its first non-space character. */
  rest(): string {
    return this.text.slice(this.nextNonSpace(), this.end)
  }

  isBlank(): boolean {
    return this.nextNonSpace() === this.end
  }

  /** Offset of the first character after spaces and tabs. */
  nextNonSpace(): number {
    if (this.pos < this.scanFrom || this.pos > this.scanOffset) {
      let column = this.charColumn
      let i = this.pos
      for (; i < this.end; i++) {
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
  indent(): number {
    this.nextNonSpace()
    return this.scanColumn - this.column
  }

  /** Move to the next non-space character. */
  skipSpaces(): void {
    this.advanceColumns(this.indent())
    this.pos = this.nextNonSpace()
  }

  /** Consume `n` columns of indentation; a tab that straddles the goal is left half read. */
  advanceColumns(n: number): void {
    const goal = this.column + n
    while (this.pos < this.end && this.charColumn < goal) {
      const c = this.text[this.pos]
      const width = c === '\t' ? 4 - (this.charColumn % 4) : c === ' ' ? 1 : 0
      if (width === 0 || this.charColumn + width > goal) break
      this.charColumn += width
      this.pos++
    }
    this.column = goal
  }

  /** Consume `length` characters that are not spaces (a marker). */
  advanceChars(length: number): void {
    this.pos += length
    this.charColumn = this.column = this.charColumn + length
  }

  /** Consume a ">" after optional spaces, and one following space (or one column of a tab); returns its offset. */
  consumeQuoteMarker(): number {
    this.skipSpaces()
    const at = this.pos
    this.advanceChars(1)
    if (this.text[this.pos] === ' ') this.advanceChars(1)
    else if (this.text[this.pos] === '\t') this.column += 1
    return at
  }
}
