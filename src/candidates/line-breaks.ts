/**
 * A phrase found across a line break of hard-wrapped text ("irregular\nwoodland") keeps the break in
 * its restoration ("random\nforest"), so the layout stays as written: the k-th gap of the found text
 * that holds a line break goes to the k-th gap between the restored words (the last one where the
 * restoration has fewer words). A one-word restoration has no gap to carry it, and joins the lines.
 */
export function keepLineBreaks(found: string, restored: string): string {
  if (!found.includes('\n')) return restored
  const words = restored.split(' ')
  if (words.length < 2) return restored
  const gaps = words.slice(1).map(() => ' ')
  ;(found.match(/\s+/g) ?? []).forEach((gap, k) => {
    if (gap.includes('\n')) gaps[Math.min(k, gaps.length - 1)] = gap
  })
  return words.map((word, i) => (i === 0 ? word : `${gaps[i - 1]}${word}`)).join('')
}
