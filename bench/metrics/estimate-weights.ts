import { spunKey } from '../../src/dictionary/entry-id.js'
import type { SynonymSet } from '../../src/spinner/parse-sets.js'

/** A word or phrase swap seen in an (original, spun) pair. */
export interface ObservedSwap {
  readonly original: string
  readonly spun: string
}

/** What the swaps say about how the spinner used its database. */
export interface WeightEstimate {
  /** Swaps given. */
  readonly swaps: number
  /** Swaps whose original and spun form share a line of the database. */
  readonly covered: number
  /** Covered swaps whose original was the line's headword. */
  readonly fromHeadword: number
  /** Covered swaps by the spun form's 1-based position among the line's other members; the last bucket holds every later position. */
  readonly positions: readonly number[]
  /** Shares of positions 1..n, smoothed: pass as `positionWeights`. */
  readonly positionWeights: readonly number[]
  /** (1 - h) / h for the headword share h: pass as `memberWeight`. */
  readonly memberWeight: number
}

/**
 * Estimate the channel's numbers from swaps seen in real pairs: for each swap, find a line holding
 * both forms (one headed by the original if there is one) and count where the spun form sits.
 * Swaps the database does not cover are counted but say nothing about positions.
 */
export function estimateChannelWeights(sets: readonly SynonymSet[], swaps: readonly ObservedSwap[], positionsListed = 3): WeightEstimate {
  const wanted = new Set<string>()
  for (const swap of swaps) wanted.add(spunKey(swap.original)).add(spunKey(swap.spun))
  // Only the places of forms that occur in some swap: a few thousand, whatever the database size.
  const places = new Map<string, Map<number, number>>() // key -> set index -> position
  sets.forEach((set, s) => {
    set.keys.forEach((key, position) => {
      if (!wanted.has(key)) return
      let byset = places.get(key)
      if (!byset) places.set(key, (byset = new Map()))
      if (!byset.has(s)) byset.set(s, position)
    })
  })
  const positions = new Array<number>(positionsListed + 1).fill(0)
  let covered = 0
  let fromHeadword = 0
  for (const swap of swaps) {
    const o = places.get(spunKey(swap.original))
    const s = places.get(spunKey(swap.spun))
    if (!o || !s) continue
    let best: { o: number; s: number } | undefined
    for (const [set, oPosition] of o) {
      const sPosition = s.get(set)
      if (sPosition === undefined) continue
      if (!best || (oPosition === 0 && best.o !== 0)) best = { o: oPosition, s: sPosition }
      if (best.o === 0) break
    }
    if (!best) continue
    covered++
    if (best.o === 0) fromHeadword++
    const rank = best.s < best.o ? best.s + 1 : best.s
    positions[Math.min(rank, positionsListed + 1) - 1]!++
  }
  // Add-one-half smoothing keeps every weight above 0 (the loader requires it) when counts are few.
  const total = covered + 0.5 * positions.length
  const positionWeights = positions.slice(0, positionsListed).map((n) => Math.round(((n + 0.5) / total) * 1000) / 1000)
  const h = (fromHeadword + 0.5) / (covered + 1)
  return { swaps: swaps.length, covered, fromHeadword, positions, positionWeights, memberWeight: Math.round(((1 - h) / h) * 100) / 100 }
}
