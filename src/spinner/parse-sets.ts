import { DictionaryError } from '../errors.js'
import { cleanMember, isPlainMember } from './clean-member.js'
import { isPlainLine, parseLine, SpintaxSyntaxError } from './parse-line.js'
import type { SpinnerParseStats, SpinnerSkipReason } from './parse-stats.js'
import { DEFAULT_MAX_WORDS } from './weights.js'

/** One synonym set: the members of a line (or spintax group) in the order written, headword first. */
export interface SynonymSet {
  readonly members: readonly string[]
  /** Each member's matching key (`spunKey`: lowercase, NFC, straight apostrophes, single spaces). */
  readonly keys: readonly string[]
  /** 1-based line of the file it was read from. */
  readonly line: number
}

export interface ParseSetsOptions {
  /** File named in errors. */
  readonly file?: string | undefined
  /** Longest member kept, in words (default `DEFAULT_MAX_WORDS`). */
  readonly maxWords?: number
}

const MAX_EXPANSIONS = 64
// Synonym lines are short; a line of thousands of members is not synonym data and would cost
// members^2 work in the reverse channel.
const MAX_MEMBERS = 200

/**
 * Where `scanSpinnerSets` puts the members of each set as it reads them. A member whose key is
 * already in the current set is ignored.
 */
export interface SetSink {
  /**
   * A member that needs no cleaning: `text.slice(from, to)`, where `text` is the database text or
   * the piece of it being read; printable ASCII, single-spaced, its key its lowercase. A sink can keep
   * the place instead of a string.
   */
  addPlain(text: string, from: number, to: number, lineNo: number): void
  /** A member and key as `cleanMember` made them. */
  add(member: string, key: string, lineNo: number): void
  /** Members of the current set so far. */
  readonly members: number
  /** Close the current set, read from line `lineNo`; false when it repeats an earlier set, which is then forgotten. */
  end(lineNo: number): boolean
  /** Forget the current set (it has fewer than two members). */
  drop(): void
}

/**
 * Read the synonym sets of a spinner database: `word|syn1|syn2` lines and spintax, one pass over the
 * text. Tolerates a BOM, CRLF, blank lines, `#` and `//` comment lines, surrounding whitespace and
 * duplicate lines (kept once). Unbalanced braces throw `DictionaryError` naming the file and line.
 */
export function parseSpinnerSets(text: string, options: ParseSetsOptions = {}): { sets: SynonymSet[]; stats: SpinnerParseStats } {
  const list = new SetList()
  const stats = scanSpinnerSets(text, options, list)
  return { sets: list.sets, stats }
}

/**
 * `parseSpinnerSets` handing each set's members to `sink` as they are read instead of keeping them
 * all as strings: the loader keeps only numbered forms, which spares the garbage collector millions
 * of strings. `text` may come in pieces, each ending at a line break but the last.
 */
export function scanSpinnerSets(text: string | Iterable<string>, options: ParseSetsOptions, sink: SetSink): SpinnerParseStats {
  const reader = new SetReader(options, sink)
  reader.read(typeof text === 'string' ? [text] : text)
  return reader.stats()
}

/** One pass of `scanSpinnerSets`: where the sets go, and the counts so far. */
class SetReader {
  private readonly maxWords: number
  private readonly skipped: Record<SpinnerSkipReason, number> = {
    'no-letter': 0, 'too-long': 0, separator: 0, 'too-many-words': 0, 'too-many-members': 0, 'single-member': 0, 'duplicate-set': 0,
  }
  private sets = 0
  private lineNo = 0
  private firstSingleMember: number | undefined

  constructor(
    private readonly options: ParseSetsOptions,
    private readonly sink: SetSink,
  ) {
    this.maxWords = options.maxWords ?? DEFAULT_MAX_WORDS
  }

  stats(): SpinnerParseStats {
    return { lines: this.lineNo, sets: this.sets, skipped: this.skipped, ...(this.firstSingleMember === undefined ? {} : { firstSingleMemberLine: this.firstSingleMember }) }
  }

  /**
   * Read the lines of the database, given whole or in pieces. One call for all the pieces: V8
   * optimizes this loop while it runs, and a second call would have it compile the function again.
   */
  read(pieces: Iterable<string>): void {
    for (const text of pieces) {
      let start = this.lineNo === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0
      while (start < text.length) {
        let end = text.indexOf('\n', start)
        if (end < 0) end = text.length
        const lineNo = ++this.lineNo
        const raw = text.slice(start, end)
        const line = raw.trim() // also drops the \r of CRLF
        // Where `line` begins in the text: after the whitespace trim() took from its start, if any.
        const offset = start + (line.length === raw.length ? 0 : raw.length - raw.trimStart().length)
        start = end + 1
        if (line === '' || line.startsWith('#') || line.startsWith('//')) continue
        if (isPlainLine(line)) {
          this.readPlainLine(text, line, offset, lineNo)
          this.closeSet(lineNo)
          continue
        }
        for (const group of this.spintaxGroups(line, lineNo)) {
          this.readGroup(group, lineNo)
          this.closeSet(lineNo)
        }
      }
    }
  }

  /**
   * The members of a plain `word|syn1|syn2` line, the bulk of a database, which begins at `offset`
   * in `text`. A member that needs no cleaning goes to the sink as a place in the text, without
   * building a string; any other goes through `cleanMember`, which also counts why one is skipped.
   */
  private readPlainLine(text: string, line: string, offset: number, lineNo: number): void {
    for (let from = 0; from <= line.length; ) {
      if (this.sink.members >= MAX_MEMBERS) {
        this.skipped['too-many-members']++
        return
      }
      let to = line.indexOf('|', from)
      if (to < 0) to = line.length
      let first = from
      let last = to
      while (first < last && line.charCodeAt(first) === 32) first++
      while (last > first && line.charCodeAt(last - 1) === 32) last--
      if (first < last && isPlainMember(line, first, last, this.maxWords)) this.sink.addPlain(text, offset + first, offset + last, lineNo)
      else this.addCleaned(line.slice(from, to), lineNo)
      from = to + 1
    }
  }

  /** The members of one set read from strings (a spintax group). */
  private readGroup(group: readonly string[], lineNo: number): void {
    for (const value of group) {
      if (this.sink.members >= MAX_MEMBERS) {
        this.skipped['too-many-members']++
        return
      }
      this.addCleaned(value, lineNo)
    }
  }

  private addCleaned(value: string, lineNo: number): void {
    const cleaned = cleanMember(value, this.maxWords, this.skipped)
    if (cleaned !== undefined) this.sink.add(cleaned.member, cleaned.key, lineNo)
  }

  /** End the set in the sink: dropped below two members, else kept unless it repeats one. */
  private closeSet(lineNo: number): void {
    if (this.sink.members < 2) {
      this.skipped['single-member']++
      this.firstSingleMember ??= lineNo
      this.sink.drop()
    } else if (this.sink.end(lineNo)) this.sets++
    else this.skipped['duplicate-set']++
  }

  /** The sets of a spintax line (or one with escapes), as `parseLine` reads them. */
  private spintaxGroups(line: string, lineNo: number): string[][] {
    try {
      return parseLine(line, MAX_EXPANSIONS)
    } catch (error) {
      if (!(error instanceof SpintaxSyntaxError)) throw error
      const value = line.length > 80 ? `${line.slice(0, 80)}…` : line
      throw new DictionaryError(error.message, { file: this.options.file, line: lineNo, column: error.column, value })
    }
  }
}

/** The sets as strings, for `parseSpinnerSets`. */
class SetList implements SetSink {
  readonly sets: SynonymSet[] = []
  private memberList: string[] = []
  private keys: string[] = []
  private readonly seen = new Set<string>()

  get members(): number {
    return this.keys.length
  }

  addPlain(text: string, from: number, to: number): void {
    const member = text.slice(from, to)
    this.add(member, member.toLowerCase())
  }

  add(member: string, key: string): void {
    if (this.keys.includes(key)) return
    this.memberList.push(member)
    this.keys.push(key)
  }

  end(lineNo: number): boolean {
    const set = { members: this.memberList, keys: this.keys, line: lineNo }
    this.drop()
    const setKey = set.keys.join('\u0000')
    if (this.seen.has(setKey)) return false
    this.seen.add(setKey)
    this.sets.push(set)
    return true
  }

  drop(): void {
    this.memberList = []
    this.keys = []
  }
}
