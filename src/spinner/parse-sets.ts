import { DictionaryError } from '../errors.js'
import { cleanMember } from './clean-member.js'
import { parseLine, SpintaxSyntaxError } from './parse-line.js'
import { DEFAULT_MAX_WORDS } from './weights.js'

/** One synonym set: the members of a line (or spintax group) in the order written, headword first. */
export interface SynonymSet {
  readonly members: readonly string[]
  /** Each member's matching key (`spunKey`: lowercase, NFC, straight apostrophes, single spaces). */
  readonly keys: readonly string[]
  /** 1-based line of the file it was read from. */
  readonly line: number
}

/**
 * Why a member or a set was left out: the validator would reject the member (`no-letter`, `too-long`
 * over 200 characters, `separator` a tab or `|` inside it), it is longer than `maxWords`
 * (`too-many-words`), a line was cut at 200 members (`too-many-members`, once per line), or the set
 * is not one (`single-member`) or repeats an earlier one (`duplicate-set`).
 */
export type SpinnerSkipReason = 'no-letter' | 'too-long' | 'separator' | 'too-many-words' | 'too-many-members' | 'single-member' | 'duplicate-set'

/** What reading the file found. */
export interface SpinnerParseStats {
  /** Lines read, including blank and comment lines. */
  lines: number
  /** Distinct synonym sets kept. */
  sets: number
  /** Members and sets left out, by reason. */
  skipped: Record<SpinnerSkipReason, number>
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
 * Read the synonym sets of a spinner database: `word|syn1|syn2` lines and spintax, one pass over the
 * text. Tolerates a BOM, CRLF, blank lines, `#` and `//` comment lines, surrounding whitespace and
 * duplicate lines (kept once). Unbalanced braces throw `DictionaryError` naming the file and line.
 */
export function parseSpinnerSets(text: string, options: ParseSetsOptions = {}): { sets: SynonymSet[]; stats: SpinnerParseStats } {
  const sets: SynonymSet[] = []
  const seen = new Set<string>()
  const stats = scanSpinnerSets(text, options, (members, keys, line) => {
    const setKey = keys.join('\u0000')
    if (seen.has(setKey)) return false
    seen.add(setKey)
    sets.push({ members, keys, line })
    return true
  })
  return { sets, stats }
}

/**
 * `parseSpinnerSets` handing each set to `onSet` as it is read instead of keeping them all: the
 * loader keeps only numbered forms, which spares the garbage collector millions of strings.
 * `onSet` returns false for a duplicate of an earlier set (counted as `duplicate-set`).
 */
export function scanSpinnerSets(
  text: string,
  options: ParseSetsOptions,
  onSet: (members: string[], keys: string[], line: number) => boolean,
): SpinnerParseStats {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS
  const skipped: Record<SpinnerSkipReason, number> = {
    'no-letter': 0, 'too-long': 0, separator: 0, 'too-many-words': 0, 'too-many-members': 0, 'single-member': 0, 'duplicate-set': 0,
  }
  let sets = 0
  let lineNo = 0
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    lineNo++
    const line = text.slice(start, end).trim() // also drops the \r of CRLF
    start = end + 1
    if (line === '' || line.startsWith('#') || line.startsWith('//')) continue
    let raw: string[][]
    try {
      raw = parseLine(line, MAX_EXPANSIONS)
    } catch (error) {
      if (!(error instanceof SpintaxSyntaxError)) throw error
      const value = line.length > 80 ? `${line.slice(0, 80)}…` : line
      throw new DictionaryError(error.message, { file: options.file, line: lineNo, column: error.column, value })
    }
    for (const group of raw) {
      const members: string[] = []
      const keys: string[] = []
      let keySet: Set<string> | undefined // for long lines only: short ones are faster with includes
      for (const value of group) {
        if (members.length >= MAX_MEMBERS) {
          skipped['too-many-members']++
          break
        }
        const cleaned = cleanMember(value, maxWords, skipped)
        if (cleaned === undefined) continue
        const { member, key } = cleaned
        if (keys.length < 16 ? keys.includes(key) : (keySet ??= new Set(keys)).has(key)) continue
        keySet?.add(key)
        keys.push(key)
        members.push(member)
      }
      if (members.length < 2) {
        skipped['single-member']++
        continue
      }
      if (onSet(members, keys, lineNo)) sets++
      else skipped['duplicate-set']++
    }
  }
  return { lines: lineNo, sets, skipped }
}
