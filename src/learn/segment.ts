import type { Token } from '../tokenize/tokenize.js'
import { makeSwap, type Swap } from './regions.js'

/**
 * Adjacent swaps merge into one aligned difference ("each day determine" for "daily figure"). Such a
 * difference is also cut into swaps seen on their own elsewhere (each day -> daily, determine ->
 * figure), so its parts count as evidence for those swaps and restore them in other sentences. The
 * whole difference stays an entry too: a longer match is stronger evidence.
 */

const key = (original: readonly Token[], spun: readonly Token[]): string =>
  `${original.map((t) => t.norm).join(' ')}\t${spun.map((t) => t.norm).join(' ')}`

// Longest part tried, per side: parts are the short swaps a spinner's table holds.
const MAX_PART = 4

/** Times each (original, spun) token sequence was seen as a whole difference or a word of one. */
function countKnown(swaps: readonly Swap[]): Map<string, number> {
  const known = new Map<string, number>()
  const add = (s: Swap) => known.set(key(s.originalTokens, s.spunTokens), (known.get(key(s.originalTokens, s.spunTokens)) ?? 0) + 1)
  for (const swap of swaps) {
    add(swap)
    swap.parts.forEach(add)
  }
  return known
}

/**
 * Cut `swap` into two or more parts each seen elsewhere (not counting this difference itself), or
 * return `undefined`. Among cuts the one with the fewest parts wins, then the one whose first part is
 * longest: deterministic.
 */
function cut(swap: Swap, known: ReadonlyMap<string, number>): Swap[] | undefined {
  const a = swap.originalTokens
  const b = swap.spunTokens
  const own = new Map<string, number>()
  for (const s of [swap, ...swap.parts]) own.set(key(s.originalTokens, s.spunTokens), (own.get(key(s.originalTokens, s.spunTokens)) ?? 0) + 1)
  const seenElsewhere = (k: string) => (known.get(k) ?? 0) - (own.get(k) ?? 0) > 0
  // best[i][j]: fewest parts covering a[i..] and b[j..], with the first part's end.
  const best: ({ parts: number; i: number; j: number } | undefined)[][] = Array.from({ length: a.length + 1 }, () => [])
  best[a.length]![b.length] = { parts: 0, i: a.length, j: b.length }
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      for (let i2 = Math.min(a.length, i + MAX_PART); i2 > i; i2--) {
        for (let j2 = Math.min(b.length, j + MAX_PART); j2 > j; j2--) {
          const rest = best[i2]![j2]
          if (!rest || (i === 0 && j === 0 && i2 === a.length && j2 === b.length)) continue
          if (!seenElsewhere(key(a.slice(i, i2), b.slice(j, j2)))) continue
          const current = best[i]![j]
          if (!current || rest.parts + 1 < current.parts) best[i]![j] = { parts: rest.parts + 1, i: i2, j: j2 }
        }
      }
    }
  }
  if (!best[0]![0]) return undefined
  const parts: Swap[] = []
  for (let i = 0, j = 0; i < a.length; ) {
    const step = best[i]![j]!
    parts.push(makeSwap(a.slice(i, step.i), b.slice(j, step.j), false, true))
    ;[i, j] = [step.i, step.j]
  }
  return parts
}

/**
 * Give every multi-token swap without parts the parts it can be cut into (see the module comment);
 * then list every swap followed by its parts, the form `buildEntries` counts.
 */
export function segmentSwaps(swaps: readonly Swap[]): Swap[] {
  const known = countKnown(swaps)
  const out: Swap[] = []
  for (const swap of swaps) {
    const multi = swap.originalTokens.length > 1 || swap.spunTokens.length > 1
    const parts = swap.parts.length > 0 || !multi || swap.named ? swap.parts : cut(swap, known) ?? []
    out.push(parts === swap.parts ? swap : { ...swap, parts }, ...parts)
  }
  return out
}
