/**
 * Levenshtein distance in UTF-16 code units: insertions, deletions and substitutions, each costing 1.
 * Used for "did you mean" hints (errors.ts) and one noise filter of `learnFromPairs`; short strings
 * only. Written here rather than imported: fast-levenshtein built an `Intl.Collator` when loaded,
 * about 10 ms of every cold start, for a collator option unspin never used.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  // One row of the table at a time: row[j] is the distance between a's prefix so far and b[0, j).
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}
