import type { Token } from '../tokenize/tokenize.js'

/**
 * Sentence alignment of an original text with its spun copy (Gale-Church style dynamic programming over
 * sentences, scored by word overlap). Spinners keep the sentence order; what breaks 1-1 alignment is a
 * sentence the tokenizer splits differently on the two sides (1-2, 2-1) or a sentence only one side has.
 */

/** Aligned sentences: token lists (word tokens, no whitespace) of one or two sentences per side. */
export interface SentencePair {
  readonly original: readonly Token[]
  readonly spun: readonly Token[]
}

/** The word tokens of a text, grouped by sentence, whitespace tokens dropped. */
export function splitSentences(tokens: readonly Token[]): Token[][] {
  const sentences: Token[][] = []
  let current: Token[] = []
  let id = -1
  for (const token of tokens) {
    if (token.pos === 'SPACE') continue
    if (token.sentence !== id && current.length > 0) {
      sentences.push(current)
      current = []
    }
    id = token.sentence
    current.push(token)
  }
  if (current.length > 0) sentences.push(current)
  return sentences
}

// Cost of leaving a sentence unaligned: a pair must overlap by more than 1 - SKIP_COST (Dice) to be
// preferred to skipping both sentences.
const SKIP_COST = 0.55
// Merging two sentences costs a little extra, so 1-1 wins when the overlap is the same.
const MERGE_COST = 0.05
// Least share of a merged sentence's words found on the other side.
const MIN_PART_OVERLAP = 0.4
// Only sentences this far from the diagonal are compared, so long texts stay linear in length.
const BAND = 30

function bag(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of tokens) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1)
  return counts
}

/** Dice overlap of two bags of words, 0..1. */
function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 0
  let shared = 0
  for (const [word, n] of a) shared += Math.min(n, b.get(word) ?? 0)
  return (2 * shared) / (sizeA + sizeB)
}

type Move = readonly [number, number] // sentences taken from original, spun

const MOVES: readonly Move[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]]

/**
 * Align the sentences of `original` and `spun`; returns the pairs of the best path (1-1, 2-1 and 1-2
 * groups), in text order, and the number of sentences left unaligned on either side.
 */
export function alignSentences(original: readonly Token[][], spun: readonly Token[][]): { pairs: SentencePair[]; unaligned: number } {
  const n = original.length
  const m = spun.length
  const bagsA = original.map(bag)
  const bagsB = spun.map(bag)
  const join = (list: readonly Token[][], i: number, k: number): Token[] => list.slice(i, i + k).flat()
  // Each sentence of a merged group must share words with the other side: otherwise the group is a
  // sentence pair plus a sentence only one side has, which skipping describes better.
  // (Words of four letters or more: "was" and full stops are shared by any two sentences.)
  const overlaps = (part: ReadonlyMap<string, number>, other: ReadonlyMap<string, number>) => {
    let shared = 0
    let size = 0
    for (const [word, n] of part) {
      if (!/\p{L}{4}/u.test(word)) continue
      size += n
      shared += Math.min(n, other.get(word) ?? 0)
    }
    return size > 0 && shared >= MIN_PART_OVERLAP * size
  }
  const cost = (i: number, j: number, [di, dj]: Move): number => {
    if (di === 0 || dj === 0) return SKIP_COST * (di + dj)
    const a = di === 1 ? bagsA[i]! : bag(join(original, i, di))
    const b = dj === 1 ? bagsB[j]! : bag(join(spun, j, dj))
    const sizeA = di === 1 ? original[i]!.length : join(original, i, di).length
    const sizeB = dj === 1 ? spun[j]!.length : join(spun, j, dj).length
    if (di === 2 && !(overlaps(bagsA[i]!, b) && overlaps(bagsA[i + 1]!, b))) return Infinity
    if (dj === 2 && !(overlaps(bagsB[j]!, a) && overlaps(bagsB[j + 1]!, a))) return Infinity
    return 1 - dice(a, b, sizeA, sizeB) + (di + dj > 2 ? MERGE_COST : 0)
  }
  const width = m + 1
  const best = new Float64Array((n + 1) * width).fill(Infinity)
  const back = new Int8Array((n + 1) * width).fill(-1)
  best[0] = 0
  const diagonal = (i: number): number => (n === 0 ? 0 : Math.round((i * m) / n))
  for (let i = 0; i <= n; i++) {
    const lo = Math.max(0, diagonal(i) - BAND - Math.abs(n - m))
    const hi = Math.min(m, diagonal(i) + BAND + Math.abs(n - m))
    for (let j = lo; j <= hi; j++) {
      const here = best[i * width + j]!
      if (here === Infinity) continue
      MOVES.forEach((move, k) => {
        const [di, dj] = move
        if (i + di > n || j + dj > m) return
        const total = here + cost(i, j, move)
        const at = (i + di) * width + j + dj
        if (total < best[at]!) {
          best[at] = total
          back[at] = k
        }
      })
    }
  }
  const pairs: SentencePair[] = []
  let unaligned = 0
  let i = n
  let j = m
  // The band may leave the end unreachable only for wildly different texts: then nothing aligns.
  if (back[n * width + m] === -1 && n + m > 0) return { pairs, unaligned: n + m }
  while (i > 0 || j > 0) {
    const [di, dj] = MOVES[back[i * width + j]!]!
    i -= di
    j -= dj
    if (di === 0 || dj === 0) unaligned += di + dj
    else pairs.push({ original: join(original, i, di), spun: join(spun, j, dj) })
  }
  return { pairs: pairs.reverse(), unaligned }
}
