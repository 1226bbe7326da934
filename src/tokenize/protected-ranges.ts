/**
 * Spans of the input that are never rewritten: URLs, e-mail addresses, @handles and #hashtags.
 * wink-nlp splits URLs into word tokens ("https", "a.b"), so these are found on the raw string.
 *
 * Everything here runs in time linear in the input. A scheme is at most 32 characters, and
 * e-mail addresses are found from each "@" outwards (a local part of at most 64 characters and
 * domain labels of at most 63, the RFC 5321 / RFC 1035 limits): the earlier single regex with
 * `[\w.+-]+@` retried a whole run of word characters from every start position looking for "@",
 * so a 40,000-character word took a second and a 1 MB one would hang. A longer local part is
 * still caught: its last 64 characters are protected, and the token overlapping them is not
 * editable.
 */
const URL_OR_HANDLE = /\b(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s<>"]+|(?<![\w@])[@#][\w-]+/giu
const EMAIL_DOMAIN = /[\w-]{1,63}(?:\.[\w-]{1,63})+/uy
const MAX_LOCAL_PART = 64

/** Half-open `[start, end)` ranges, sorted and non-overlapping. */
export function findProtectedRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = []
  for (const match of text.matchAll(URL_OR_HANDLE)) {
    const start = match.index ?? 0
    ranges.push([start, start + match[0].length])
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && at - start < MAX_LOCAL_PART && isLocalPartChar(text.charCodeAt(start - 1))) start--
    if (start === at) continue
    EMAIL_DOMAIN.lastIndex = at + 1
    const domain = EMAIL_DOMAIN.exec(text)
    if (domain) ranges.push([start, at + 1 + domain[0].length])
  }
  return mergeRanges(ranges)
}

/** `[\w.+-]`: ASCII letters, digits, "_", ".", "+", "-". */
function isLocalPartChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 43 || c === 45
}

/** Sort half-open ranges and merge the ones that overlap or touch. */
export function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Array<[number, number]> = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/**
 * `text.slice(from, to)` with every non-space character inside `ranges` (sorted and merged, as
 * `mergeRanges` returns them) turned into a space: the same length, so every offset stays valid.
 * Whitespace is kept, so line breaks still end sentences. Code units are replaced, not code points:
 * a surrogate pair becomes two spaces.
 */
export function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>, from = 0, to = text.length): string {
  if (ranges.length === 0) return from === 0 && to === text.length ? text : text.slice(from, to)
  let lo = 0
  let hi = ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ranges[mid]![1] <= from) lo = mid + 1
    else hi = mid
  }
  const parts: string[] = []
  let cursor = from
  for (let r = lo; r < ranges.length && ranges[r]![0] < to; r++) {
    const start = Math.max(cursor, ranges[r]![0])
    const end = Math.min(to, ranges[r]![1])
    if (end <= start) continue
    parts.push(text.slice(cursor, start), text.slice(start, end).replace(/\S/g, ' '))
    cursor = end
  }
  parts.push(text.slice(cursor, to))
  return parts.join('')
}
