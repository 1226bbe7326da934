/**
 * Test contexts for the language model, built at run time from the news-dev pairs (third-party
 * text: nothing is stored). Each context is an original sentence and the same sentence with one
 * swap put in; a good model scores the original higher.
 *
 * - `alignedSwaps`: every word swap of 1-3 words per side seen when aligning a pair's original with
 *   its spun copy (both sides alphabetic words), put into the original sentence.
 * - `dictionarySwaps`: each news-swaps entry's original phrase found in the news-dev originals,
 *   replaced by the entry's spun form (at most `perEntry` sentences per entry).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tokenize } from '../src/tokenize/tokenize.js'
import { diffTokens } from './metrics/align.js'
import type { NewsPair } from './data/news.js'
import { repoRoot } from './data/paths.js'

/** An original sentence and a variant with one swap. */
export interface SwapContext {
  readonly original: readonly string[]
  readonly variant: readonly string[]
  readonly family: string
  /** `original phrase -> spun phrase`. */
  readonly swap: string
}

interface Tok { readonly norm: string; readonly sentence: number }

/** LM tokens: the runtime tokens minus line-break tokens (the model never sees those). */
export function lmTokens(text: string): Tok[] {
  return tokenize(text).filter((t) => t.norm.trim().length > 0)
}

const WORD = /^[a-z][a-z'-]*$/

function sentenceRange(tokens: readonly Tok[], at: number): [number, number] {
  let s = at
  let e = at
  while (s > 0 && tokens[s - 1]!.sentence === tokens[at]!.sentence) s--
  while (e < tokens.length && tokens[e]!.sentence === tokens[at]!.sentence) e++
  return [s, e]
}

function context(a: readonly Tok[], from: number, to: number, insert: readonly string[], family: string): SwapContext | null {
  const [s, e] = sentenceRange(a, from)
  if (to > e) return null
  const original = a.slice(s, e).map((t) => t.norm)
  const variant = [...original.slice(0, from - s), ...insert, ...original.slice(to - s)]
  return { original, variant, family, swap: `${original.slice(from - s, to - s).join(' ')} -> ${insert.join(' ')}` }
}

/** Word swaps aligned between each pair's original and spun text. */
export function alignedSwaps(pairs: readonly NewsPair[]): SwapContext[] {
  const out: SwapContext[] = []
  for (const pair of pairs) {
    const a = lmTokens(pair.original)
    const b = lmTokens(pair.spun)
    for (const op of diffTokens(a.map((t) => t.norm), b.map((t) => t.norm))) {
      if (op.tag !== 'replace' || op.aEnd - op.aStart > 3 || op.bEnd - op.bStart > 3) continue
      const spun = b.slice(op.bStart, op.bEnd).map((t) => t.norm)
      const orig = a.slice(op.aStart, op.aEnd).map((t) => t.norm)
      if (![...spun, ...orig].every((w) => WORD.test(w))) continue
      const c = context(a, op.aStart, op.aEnd, spun, pair.family)
      if (c) out.push(c)
    }
  }
  return out
}

/** news-swaps entries applied in reverse (original -> spun) to sentences of the news-dev originals. */
export function dictionarySwaps(pairs: readonly NewsPair[], perEntry = 20): SwapContext[] {
  const dict = JSON.parse(readFileSync(join(repoRoot, 'dictionaries/news-swaps.json'), 'utf8')) as { entries: { spun: string; original: string | string[] }[] }
  const docs = pairs.map((p) => ({ family: p.family, tokens: lmTokens(p.original) }))
  const out: SwapContext[] = []
  for (const entry of dict.entries) {
    const orig = lmTokens([entry.original].flat()[0]!).map((t) => t.norm)
    const spun = lmTokens(entry.spun).map((t) => t.norm)
    let found = 0
    for (const doc of docs) {
      for (let i = 0; i + orig.length <= doc.tokens.length && found < perEntry; i++) {
        if (!orig.every((w, k) => doc.tokens[i + k]!.norm === w)) continue
        const c = context(doc.tokens, i, i + orig.length, spun, doc.family)
        if (c) { out.push(c); found++ }
      }
    }
  }
  return out
}
