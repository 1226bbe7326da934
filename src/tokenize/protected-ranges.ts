/**
 * Spans of the input that are never rewritten: URLs, e-mail addresses, @handles and #hashtags.
 * wink-nlp splits URLs into word tokens ("https", "a.b"), so these are found on the raw string.
 */
const PROTECTED = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])[@#][\w-]+/giu

/** Half-open `[start, end)` ranges, sorted and non-overlapping. */
export function findProtectedRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = []
  for (const match of text.matchAll(PROTECTED)) {
    const start = match.index ?? 0
    ranges.push([start, start + match[0].length])
  }
  return ranges
}
