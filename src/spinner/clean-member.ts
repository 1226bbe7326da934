import { spunKey } from '../dictionary/entry-id.js'
import { LETTER_OR_DIGIT, MAX_FORM_LENGTH } from '../dictionary/validate-entry.js'
import type { SpinnerSkipReason } from './parse-stats.js'

// The validator's limits on a form: a member that breaks them is skipped rather than failing the load.

/**
 * A member trimmed, NFC, single-spaced, with its key; undefined (counted) when the dictionary
 * validator would reject it. One character loop decides the common case (ASCII), because this runs
 * for every member of a multi-megabyte file.
 */
export function cleanMember(
  value: string,
  maxWords: number,
  skipped: Record<SpinnerSkipReason, number>,
): { member: string; key: string } | undefined {
  let ascii = true
  let alnum = false
  let spaces = 0 // spaces between words
  let doubled = false
  let first = -1
  let last = -1
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === 32) {
      if (first >= 0 && i > 0 && value.charCodeAt(i - 1) === 32) doubled = true
      continue
    }
    // A tab or "|" left inside a member means another format (TSV) or an escaped separator.
    if (c === 9 || c === 124) return count(skipped, 'separator')
    if (c < 32 || c > 126) ascii = false
    else if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) alnum = true
    if (first < 0) first = i
    else if (value.charCodeAt(i - 1) === 32) spaces++
    last = i
  }
  if (first < 0) return undefined // an empty alternative: `a||b`, `{|optional}`
  if (!ascii) return cleanOther(value, maxWords, skipped)
  let member = value.slice(first, last + 1)
  if (doubled) member = member.replace(/ +/g, ' ')
  if (member.length > MAX_FORM_LENGTH) return count(skipped, 'too-long')
  if (!alnum) return count(skipped, 'no-letter')
  if (spaces + 1 > maxWords) return count(skipped, 'too-many-words')
  return { member, key: member.toLowerCase() }
}

/**
 * Whether `line.slice(from, to)`, which starts and ends with a non-space, is already what
 * `cleanMember` would make of it, with its lowercase as key: printable ASCII without a `|`, single
 * spaces, a letter or digit, at most 200 characters and `maxWords` words. Most members of a database
 * are; the loader takes those as they are, without building strings.
 */
export function isPlainMember(line: string, from: number, to: number, maxWords: number): boolean {
  if (to - from > MAX_FORM_LENGTH) return false
  let alnum = false
  let words = 1
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i)
    if (c === 32) {
      if (line.charCodeAt(i + 1) === 32) return false
      words++
    } else if (c < 32 || c > 126 || c === 124) return false
    else if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) alnum = true
  }
  return alnum && words <= maxWords
}

/** The same for members with other characters: Unicode rules, through the regular expressions. */
function cleanOther(
  value: string,
  maxWords: number,
  skipped: Record<SpinnerSkipReason, number>,
): { member: string; key: string } | undefined {
  const member = value.normalize('NFC').trim().replace(/\s+/g, ' ')
  if (member === '') return undefined
  if (member.length > MAX_FORM_LENGTH) return count(skipped, 'too-long')
  if (!LETTER_OR_DIGIT.test(member)) return count(skipped, 'no-letter')
  if (member.split(' ').length > maxWords) return count(skipped, 'too-many-words')
  return { member, key: spunKey(member) }
}

function count(skipped: Record<SpinnerSkipReason, number>, reason: SpinnerSkipReason): undefined {
  skipped[reason]++
  return undefined
}
