import { parseSpinnerSets, type SynonymSet } from '../../src/spinner/parse-sets.js'
import { DEFAULT_POSITION_WEIGHTS, positionShares } from '../../src/spinner/weights.js'

/**
 * A small forward spinner, for tests and benchmarks: it makes (original, spun) pairs from text we
 * write and a synonym file we write, the way thesaurus spinners do. Not a feature of unspin.
 */

/** One swap the spinner made: `original` at `[start, end)` of the input became `spun`. */
export interface SpinSwap {
  readonly start: number
  readonly end: number
  readonly original: string
  readonly spun: string
}

export interface SpinOptions {
  /** Share of matched words left unchanged (default 0.2: spinners let users skip some). */
  readonly skipRate?: number
  /** Weights of synonym positions 1, 2, ... (default the loader's: 0.45, 0.30, then halving). */
  readonly positionWeights?: readonly number[]
}

/** Synonym sets, as parsed sets, arrays of members (headword first), or the database text. */
export type SpinThesaurus = string | readonly SynonymSet[] | readonly (readonly string[])[]

// Words with inner apostrophes and hyphens ("don't", "well-being"); phrases are runs of such words
// separated by spaces or tabs only.
const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu
const GAP = /^[ \t]+$/

/**
 * Spin `text`: every word or phrase that is a member of a synonym set (longest first, ignoring case)
 * is swapped for another member of its set, early members most often, unless skipped at `skipRate`.
 * A member's set is the first set it heads, else the first set it is in. The first letter keeps the
 * input's case. Deterministic for a given `seed`.
 */
export function spin(text: string, thesaurus: SpinThesaurus, seed: number, options: SpinOptions = {}): { text: string; swaps: SpinSwap[] } {
  const sets = typeof thesaurus === 'string'
    ? parseSpinnerSets(thesaurus).sets.map((s) => s.members)
    : thesaurus.map((s) => ('members' in s ? s.members : s))
  const { byKey, maxWords } = indexMembers(sets)
  const shares = positionShares(options.positionWeights ?? DEFAULT_POSITION_WEIGHTS)
  const skipRate = options.skipRate ?? 0.2
  const random = mulberry32(seed)
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase().replace(/\u2019/g, "'") }))
  const swaps: SpinSwap[] = []
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
      const last = i + n - 1
      if (!separatedByGaps(text, words, i, last)) continue
      const hit = byKey.get(words.slice(i, i + n).map((w) => w.key).join(' '))
      if (!hit) continue
      if (random() >= skipRate) {
        const others = hit.members.filter((_, k) => k !== hit.index)
        const start = words[i]!.start
        const end = words[last]!.end
        const original = text.slice(start, end)
        swaps.push({ start, end, original, spun: matchFirstLetter(original, pick(others, shares, random())) })
      }
      i = last
      break
    }
  }
  let out = ''
  let at = 0
  for (const swap of swaps) {
    out += text.slice(at, swap.start) + swap.spun
    at = swap.end
  }
  return { text: out + text.slice(at), swaps }
}

function separatedByGaps(text: string, words: readonly { start: number; end: number }[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (!GAP.test(text.slice(words[k - 1]!.end, words[k]!.start))) return false
  return true
}

function indexMembers(sets: readonly (readonly string[])[]): { byKey: Map<string, { members: readonly string[]; index: number }>; maxWords: number } {
  const byKey = new Map<string, { members: readonly string[]; index: number }>()
  let maxWords = 1
  for (const members of sets) {
    members.forEach((member, index) => {
      const key = member.toLowerCase().replace(/\u2019/g, "'").trim().split(/\s+/).join(' ')
      const earlier = byKey.get(key)
      if (!earlier || (index === 0 && earlier.index !== 0)) byKey.set(key, { members, index })
      maxWords = Math.max(maxWords, key.split(' ').length)
    })
  }
  return { byKey, maxWords }
}

/** The synonym at the position `r` (uniform in [0, 1)) falls on, by position weights. */
function pick(others: readonly string[], shares: (count: number) => Float64Array, r: number): string {
  const share = shares(others.length)
  let cumulative = 0
  for (let k = 0; k < others.length; k++) {
    cumulative += share[k]!
    if (r < cumulative) return others[k]!
  }
  return others[others.length - 1]!
}

function matchFirstLetter(source: string, replacement: string): string {
  const first = source[0]!
  if (first === first.toLowerCase() || replacement === '') return replacement
  return replacement[0]!.toUpperCase() + replacement.slice(1)
}

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
