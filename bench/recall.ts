/**
 * Candidate recall of one restorer on one (spun, original) pair: can the candidates it proposes spell
 * each gold swap's original? See bench/candidate-recall.ts for the definitions.
 */
import type { Candidate, Restorer } from '../src/index.js'
import type { Swap } from '../src/learn/regions.js'
import { WORD_WITHOUT_MARKS } from '../src/tokenize/split-words.js'
import type { NewsPair } from './data/news.js'
import { isWordToken, scoreTokens } from './metrics/normalize.js'
import { scoreDocument } from './metrics/quality.js'

/** Counts for one pair (summed over pairs by the caller). */
export interface RecallCounts {
  readonly gold: number
  /** Gold swaps whose original the candidates can spell, composition allowed. */
  readonly recalled: number
  /** Gold swaps with one candidate over exactly their span proposing the original. */
  readonly exact: number
  /** Gold swaps of one word for one word, and how many of those were recalled. */
  readonly goldWords: number
  readonly recalledWords: number
  /** Spun word tokens inside any candidate, and the candidate originals summed over them. */
  readonly flaggedTokens: number
  readonly options: number
  readonly spunWords: number
  /** Word tokens of the original article inside any candidate (noise on clean text). */
  readonly cleanFlagged: number
  readonly cleanWords: number
  /** Token distances spun -> original and oracle -> original, where the oracle restores exactly the recalled swaps. */
  readonly oracleDistSpun: number
  readonly oracleDistRestored: number
}

interface Proposal {
  readonly start: number
  readonly end: number
  readonly options: readonly string[]
}

/** Compared as scoring tokens: lowercase, quotes straightened, contractions expanded. */
const norm = (text: string): string => scoreTokens(text).join(' ')

function proposals(restorers: readonly Restorer[], text: string): Proposal[] {
  const all: Candidate[] = restorers.flatMap((restorer) => {
    const result = restorer.restore(text, { threshold: 0 })
    // Unlisted suspects are reported for review and never applied: no restorer could spell a swap with them.
    return [...result.marks, ...result.skipped.filter((s) => s.reason !== 'condition-not-met' && s.reason !== 'unlisted')]
  })
  return all.map((c) => ({ start: c.start, end: c.end, options: [...new Set([c.restored, ...c.alternatives.map((a) => a.restored)].map(norm))] }))
}

/**
 * Whether the original can be spelt over the swap's spun tokens: a left-to-right walk over token
 * positions that either keeps a spun token (when it equals the next original word) or takes a
 * candidate spanning whole tokens from there, one of whose options spells the next original words.
 */
function spells(swap: Swap, found: readonly Proposal[]): { composed: boolean; exact: boolean } {
  const tokens = swap.spunTokens
  const target = norm(swap.original).split(' ')
  const exact = found.some((p) => p.start === tokens[0]!.start && p.end === tokens.at(-1)!.end && p.options.includes(target.join(' ')))
  const reach = new Set<string>(['0:0'])
  const queue: [number, number][] = [[0, 0]]
  while (queue.length > 0) {
    const [i, k] = queue.shift()!
    if (i === tokens.length && k === target.length) return { composed: true, exact }
    if (i >= tokens.length) continue
    const next: [number, number][] = []
    const kept = norm(tokens[i]!.text).split(' ')
    if (kept.every((w, d) => target[k + d] === w)) next.push([i + 1, k + kept.length])
    for (const p of found) {
      if (p.start !== tokens[i]!.start) continue
      const j = tokens.findIndex((t) => t.end === p.end)
      if (j < i) continue
      for (const option of p.options) {
        const words = option === '' ? [] : option.split(' ')
        if (words.every((w, d) => target[k + d] === w)) next.push([j + 1, k + words.length])
      }
    }
    for (const [a, b] of next) if (!reach.has(`${a}:${b}`)) reach.add(`${a}:${b}`) && queue.push([a, b])
  }
  return { composed: false, exact }
}

/** Word tokens of `text` covered by proposals, and the options summed over them. */
function flagged(text: string, found: readonly Proposal[]): { tokens: number; options: number; words: number } {
  let tokens = 0
  let options = 0
  let words = 0
  for (const m of text.matchAll(WORD_WITHOUT_MARKS)) {
    if (!isWordToken(m[0])) continue
    words++
    const covering = found.filter((p) => p.start <= m.index && m.index + m[0].length <= p.end)
    if (covering.length === 0) continue
    tokens++
    options += new Set(covering.flatMap((p) => p.options)).size
  }
  return { tokens, options, words }
}

/**
 * Candidate recall on `pair` for the gold swaps `gold` (whole differences; parts ignored), over the
 * union of the candidates of `restorers`.
 */
export function recallOfPair(pair: NewsPair, gold: readonly Swap[], restorers: readonly Restorer[]): RecallCounts {
  const found = proposals(restorers, pair.spun)
  let recalled = 0
  let exact = 0
  let goldWords = 0
  let recalledWords = 0
  const whole = gold.filter((s) => !s.split)
  for (const swap of whole) {
    const r = spells(swap, found)
    const word = swap.spunTokens.length === 1 && swap.originalTokens.length === 1
    if (word) goldWords++
    if (r.composed) recalled++
    if (r.composed && word) recalledWords++
    if (r.exact) exact++
  }
  const spun = flagged(pair.spun, found)
  const clean = flagged(pair.original, proposals(restorers, pair.original))
  const oracle = scoreDocument({ spun: pair.spun, restored: oracleText(pair.spun, whole.filter((swap) => spells(swap, found).composed)), original: pair.original })
  return {
    gold: whole.length, recalled, exact, goldWords, recalledWords, flaggedTokens: spun.tokens, options: spun.options, spunWords: spun.words,
    cleanFlagged: clean.tokens, cleanWords: clean.words, oracleDistSpun: oracle.distSpun, oracleDistRestored: oracle.distRestored,
  }
}

/** `spun` with exactly `swaps` put back to their originals (the oracle that restores what the candidates can spell). */
function oracleText(spun: string, swaps: readonly Swap[]): string {
  let out = ''
  let at = 0
  for (const swap of [...swaps].sort((a, b) => a.spunTokens[0]!.start - b.spunTokens[0]!.start)) {
    const start = swap.spunTokens[0]!.start
    if (start < at) continue
    out += spun.slice(at, start) + swap.original
    at = swap.spunTokens.at(-1)!.end
  }
  return out + spun.slice(at)
}
