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
  /** The first line (1-based) whose set had fewer than two members, if any. */
  firstSingleMemberLine?: number
}
