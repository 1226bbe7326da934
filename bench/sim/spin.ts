import { parseSpinnerSets, type SynonymSet } from '../../src/spinner/parse-sets.js'
import { WORD_WITHOUT_MARKS } from '../../src/tokenize/split-words.js'
import { DEFAULT_POSITION_WEIGHTS, positionShares } from '../../src/spinner/weights.js'

/**
 * Forward spinners, for tests and benchmarks: they make (original, spun) pairs from text we write or
 * may use and a synonym file we write or generate, the way thesaurus spinners do. Not a feature of
 * unspin (test and bench code only).
 *
 * - `spin`: every member of every line is swappable, for small hand-written databases in tests.
 * - `spinHeadwords`: the behaviour measured in DESIGN section 7 for a real spinner and its database:
 *   only headwords are swapped, most of the time, mostly for the line's first synonym.
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

// Words with inner apostrophes and hyphens ("don't", "well-being": WORD_WITHOUT_MARKS, shared with the
// benchmarks); phrases are runs of such words separated by spaces or tabs only.
const GAP = /^[ \t]+$/

/**
 * Spin `text`: every word or phrase that is a member of a synonym set (longest first, ignoring case)
 * is swapped for another member of its set, early members most often, unless skipped at `skipRate`.
 * A member's set is the first set it heads, else the first set it is in. The first letter keeps the
 * input's case. Deterministic for a given `seed`.
 */
export function spin(text: string, thesaurus: SpinThesaurus, seed: number, options: SpinOptions = {}): { text: string; swaps: SpinSwap[] } {
  const sets = memberLists(thesaurus)
  const { byKey, maxWords } = indexMembers(sets)
  const shares = positionShares(options.positionWeights ?? DEFAULT_POSITION_WEIGHTS)
  const skipRate = options.skipRate ?? 0.2
  const random = mulberry32(seed)
  const words = [...text.matchAll(WORD_WITHOUT_MARKS)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase().replace(/\u2019/g, "'") }))
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
  return { text: applySwaps(text, swaps), swaps }
}

/** The lines as arrays of members, headword first. */
function memberLists(thesaurus: SpinThesaurus): (readonly string[])[] {
  return typeof thesaurus === 'string'
    ? parseSpinnerSets(thesaurus).sets.map((s) => s.members)
    : thesaurus.map((s) => ('members' in s ? s.members : s))
}

/** `text` with each swap (in order, not overlapping) written over its range. */
export function applySwaps(text: string, swaps: readonly SpinSwap[]): string {
  let out = ''
  let at = 0
  for (const swap of swaps) {
    out += text.slice(at, swap.start) + swap.spun
    at = swap.end
  }
  return out + text.slice(at)
}

/** Where each swap's spun form sits in the text `applySwaps` makes of the same swaps (in order, not overlapping). */
export function spunRanges<S extends SpinSwap>(swaps: readonly S[]): { readonly start: number; readonly end: number; readonly swap: S }[] {
  let shift = 0 // spun offset - original offset, before the current swap
  return swaps.map((swap) => {
    const start = swap.start + shift
    shift += swap.spun.length - (swap.end - swap.start)
    return { start, end: start + swap.spun.length, swap }
  })
}

/** The matching key of a word or phrase: NFC, lowercase, straight apostrophes, single spaces. */
export function spinKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\u2019/g, "'").trim().split(/\s+/).join(' ')
}

/**
 * What a real spinner did with its own database (DESIGN section 7, all classic-family news pairs):
 * 83% of the headword tokens swapped; the spun form the line's synonym 1, 2, 3 in 67%, 16%, 2% of the
 * swaps, a form from another line 14%, later synonyms the remaining 1%.
 */
export const MEASURED_SWAP_RATE = 0.83
export const MEASURED_POSITION_SHARES: readonly number[] = Object.freeze([0.67, 0.16, 0.02])
export const MEASURED_OTHER_LINE_SHARE = 0.14
export const MEASURED_LATER_SHARE = 0.01

export interface HeadwordSpinOptions {
  /** Share of headword occurrences swapped (default `MEASURED_SWAP_RATE`). */
  readonly swapRate?: number
  /** Relative shares of the swaps that take the line's synonym 1, 2, ... (default `MEASURED_POSITION_SHARES`). */
  readonly positionShares?: readonly number[]
  /** Share, split evenly, of the positions after the listed ones (default `MEASURED_LATER_SHARE`). */
  readonly laterShare?: number
  /**
   * Share of the swaps that take a form from another line, among the swaps of words another line lists
   * (default `MEASURED_OTHER_LINE_SHARE`). Where no other line lists the word, the line's own synonyms
   * take all its swaps; to reach a share of all swaps, divide by the share of matches another line
   * lists (`withOtherLines / matches`), as bench/sim.ts does.
   */
  readonly otherLineShare?: number
}

/** A swap of `spinHeadwords`: where the spun form came from. */
export interface HeadwordSwap extends SpinSwap {
  /** Index (0-based, in the lines given) of the line the original heads. */
  readonly line: number
  /** 1-based position of the spun form on that line, or 0 when it came from another line. */
  readonly position: number
  /** The line the spun form came from: `line`, or the other line holding the original. */
  readonly fromLine: number
}

export interface HeadwordSpinResult {
  readonly text: string
  readonly swaps: HeadwordSwap[]
  /** Word tokens of the input. */
  readonly words: number
  /** Word tokens inside headword matches (headword coverage = headwordWords / words). */
  readonly headwordWords: number
  /** Headword matches (a phrase headword is one match). */
  readonly matches: number
  /** Matches whose word some other line lists (where a form from another line was possible). */
  readonly withOtherLines: number
}

/**
 * Spin `text` the way DESIGN section 7 measured a real spinner with its own database: the longest
 * headword (first member of a line, ignoring case) at each place is swapped at `swapRate`; the spun
 * form is the headword line's synonym at a position drawn by `positionShares` and `laterShare`, or at
 * `otherLineShare` a member of another line that lists the word (that line's headword half the time,
 * else one of its other members). Positions a line cannot offer (a fourth synonym on a line of two)
 * drop out and the rest are renormalized, so the achieved shares depend on the database: the bench
 * prints them. Other members of lines are never swapped. The first letter keeps the input's
 * case. Deterministic for a given `seed`.
 */
export function spinHeadwords(text: string, thesaurus: SpinThesaurus, seed: number, options: HeadwordSpinOptions = {}): HeadwordSpinResult {
  const lines = memberLists(thesaurus)
  const swapRate = options.swapRate ?? MEASURED_SWAP_RATE
  const listed = options.positionShares ?? MEASURED_POSITION_SHARES
  const otherShare = Math.min(0.99, options.otherLineShare ?? MEASURED_OTHER_LINE_SHARE)
  const rest = options.laterShare ?? MEASURED_LATER_SHARE
  const heads = new Map<string, number>()
  const memberOf = new Map<string, number[]>()
  let maxWords = 1
  lines.forEach((members, index) => {
    members.forEach((member, k) => {
      const key = spinKey(member)
      if (k === 0) {
        if (!heads.has(key)) heads.set(key, index)
        maxWords = Math.max(maxWords, key.split(' ').length)
      } else (memberOf.get(key) ?? memberOf.set(key, []).get(key)!).push(index)
    })
  })
  const random = mulberry32(seed)
  const words = [...text.matchAll(WORD_WITHOUT_MARKS)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: spinKey(m[0]) }))
  const swaps: HeadwordSwap[] = []
  let headwordWords = 0
  let matches = 0
  let withOtherLines = 0
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
      const last = i + n - 1
      if (n > 1 && !separatedByGaps(text, words, i, last)) continue
      const key = n === 1 ? words[i]!.key : words.slice(i, i + n).map((w) => w.key).join(' ')
      const line = heads.get(key)
      if (line === undefined) continue
      matches++
      headwordWords += n
      // Four draws per match whatever happens, so one choice does not shift the ones after it.
      const [rSwap, rChoice, rLine, rMember] = [random(), random(), random(), random()]
      i = last
      const others = (memberOf.get(key) ?? []).filter((l) => l !== line && spinKey(lines[l]![0]!) !== key)
      if (others.length > 0) withOtherLines++
      if (rSwap >= swapRate) break
      const members = lines[line]!
      const synonyms = members.length - 1
      if (synonyms === 0 && others.length === 0) break
      const weights = Array.from({ length: synonyms }, (_, k) => (k < listed.length ? listed[k]! : rest / Math.max(1, synonyms - listed.length)))
      // The other line's weight gives it `otherShare` of the draws, whatever the positions add up to.
      const own = weights.reduce((sum, w) => sum + w, 0)
      weights.push(others.length > 0 ? (own > 0 ? (otherShare / (1 - otherShare)) * own : 1) : 0)
      const position = drawIndex(weights, rChoice)
      const start = words[i - n + 1]!.start
      const end = words[last]!.end
      const original = text.slice(start, end)
      let spun: string
      let fromLine = line
      if (position < synonyms) spun = members[position + 1]!
      else {
        fromLine = others[Math.floor(rLine * others.length)]!
        const candidates = lines[fromLine]!.filter((m) => spinKey(m) !== key)
        spun = rMember < 0.5 ? candidates[0]! : candidates[Math.floor(((rMember - 0.5) / 0.5) * candidates.length)]!
      }
      swaps.push({ start, end, original, spun: matchFirstLetter(original, spun), line, position: position < synonyms ? position + 1 : 0, fromLine })
      break
    }
  }
  return { text: applySwaps(text, swaps), swaps, words: words.length, headwordWords, matches, withOtherLines }
}

/** The index `r` (uniform in [0, 1)) falls on, by weights (normalized here; all zero gives the first). */
function drawIndex(weights: readonly number[], r: number): number {
  const total = weights.reduce((sum, w) => sum + w, 0)
  if (total <= 0) return 0
  let cumulative = 0
  for (let k = 0; k < weights.length; k++) {
    cumulative += weights[k]! / total
    if (r < cumulative && weights[k]! > 0) return k
  }
  let k = weights.length - 1
  while (k > 0 && weights[k]! <= 0) k--
  return k
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
