/**
 * Tortured-phrase benchmark: k-fold over the `tortured-phrases` dictionary. For each fold a restorer is
 * built with that fold's entries disabled; each sampled held-out entry's spun phrase is put into
 * sentences we wrote, and we check whether its first original comes back exactly (restored), whether
 * anything was flagged on the phrase (detected), and whether the same sentences with the original term
 * filled in are left alone (false changes).
 */
import type { DictionaryEntry, Restorer, RestoreResult } from '../src/index.js'
import { aggregate, scoreClean, type Counts, type Summary } from './metrics/quality.js'
import { safeRestore } from './setup.js'

/** Neutral scientific-abstract sentences written for this benchmark; `{}` is the phrase slot. */
export const TEMPLATES: readonly string[] = [
  '{} has received growing attention in recent years.',
  'In this work, the {} is evaluated on two public datasets.',
  'The results section compares our method with {}.',
]

/** 32-bit FNV-1a hash of a string: a stable, platform-independent fold and sample order. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** Fold (0..k-1) of an entry id. */
export function foldOf(id: string, k: number): number {
  return fnv1a(id) % k
}

/** Up to `n` entries, chosen deterministically (by a hash of the id), in that hashed order. */
export function sampleEntries<E extends { readonly id: string }>(entries: readonly E[], n: number): E[] {
  return entries
    .map((e) => ({ e, h: fnv1a(`sample:${e.id}`) }))
    .sort((a, b) => a.h - b.h || (a.e.id < b.e.id ? -1 : 1))
    .slice(0, n)
    .map((x) => x.e)
}

/** A template with its slot filled; `[start, end)` is where the phrase sits. Sentence-initial slots are capitalized. */
export function fillTemplate(template: string, phrase: string): { text: string; start: number; end: number } {
  const start = template.indexOf('{}')
  const filled = start === 0 ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase
  return { text: template.slice(0, start) + filled + template.slice(start + 2), start, end: start + filled.length }
}

/** What happened to one phrase occurrence. */
export type Outcome = 'restored' | 'wrong restoration' | 'skipped: below-threshold' | 'skipped: condition-not-met' | 'skipped: overlap' | 'skipped: document-gate' | 'skipped: unlisted' | 'not found'

function collapse(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ')
}

/**
 * Judge a restore result on the phrase span `[start, end)`: `restored` when the marks overlapping the
 * span rewrite it (and whatever else they cover) to `expected`, compared case-insensitively; otherwise
 * the best reason it was not.
 */
export function judgePhrase(input: string, result: RestoreResult, start: number, end: number, expected: string): Outcome {
  const marks = result.marks.filter((m) => m.start < end && m.end > start)
  if (marks.length > 0) {
    const from = Math.min(start, ...marks.map((m) => m.start))
    const to = Math.max(end, ...marks.map((m) => m.end))
    let actual = ''
    let cursor = from
    for (const m of marks) {
      actual += input.slice(cursor, m.start) + m.restored
      cursor = m.end
    }
    actual += input.slice(cursor, to)
    const wanted = input.slice(from, start) + expected + input.slice(end, to)
    return collapse(actual) === collapse(wanted) ? 'restored' : 'wrong restoration'
  }
  const skipped = result.skipped.find((s) => s.start < end && s.end > start)
  return skipped ? `skipped: ${skipped.reason}` : 'not found'
}

/** Counts for one set of phrase trials. */
export interface PhraseScore {
  readonly entries: number
  readonly sentences: number
  readonly restored: number
  readonly detected: number
  readonly outcomes: Record<string, number>
  /** False changes on the sentences with the original term filled in. */
  readonly clean: Summary
}

/** Put each entry's spun phrase (and, as clean text, its original) into every template and judge. */
export function scorePhrases(restorer: Restorer, entries: readonly DictionaryEntry[], label: string): PhraseScore {
  const outcomes: Record<string, number> = {}
  const clean: Counts[] = []
  let restored = 0
  let detected = 0
  for (const entry of entries) {
    const original = entry.originals[0]!
    for (const template of TEMPLATES) {
      const spun = fillTemplate(template, entry.spun)
      const outcome = judgePhrase(spun.text, safeRestore(restorer, spun.text, `${label} ${entry.id}`), spun.start, spun.end, original)
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
      if (outcome === 'restored') restored++
      if (outcome !== 'not found') detected++
      const plain = fillTemplate(template, original).text
      clean.push(scoreClean(plain, safeRestore(restorer, plain, `${label} ${entry.id} (clean)`).text))
    }
  }
  return { entries: entries.length, sentences: entries.length * TEMPLATES.length, restored, detected, outcomes, clean: aggregate(clean) }
}

/** Sum phrase scores (folds). */
export function sumScores(list: readonly PhraseScore[]): PhraseScore {
  const outcomes: Record<string, number> = {}
  for (const s of list) for (const [k, v] of Object.entries(s.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + v
  const add = (f: (s: PhraseScore) => number): number => list.reduce((n, s) => n + f(s), 0)
  const clean = aggregate(list.map((s) => s.clean))
  return { entries: add((s) => s.entries), sentences: add((s) => s.sentences), restored: add((s) => s.restored), detected: add((s) => s.detected), outcomes, clean }
}

/** Held-out figures for one restorer factory: `makeRestorer(disabledIds)` per fold. */
export function crossValidate(
  entries: readonly DictionaryEntry[], k: number, perFold: number, makeRestorer: (disable: readonly string[]) => Restorer, label: string,
): { folds: { fold: number; size: number; sampled: DictionaryEntry[]; score: PhraseScore }[]; total: PhraseScore } {
  const folds = []
  for (let fold = 0; fold < k; fold++) {
    const members = entries.filter((e) => foldOf(e.id, k) === fold)
    const restorer = makeRestorer(members.map((e) => e.id))
    const sampled = sampleEntries(members, perFold)
    folds.push({ fold, size: members.length, sampled, score: scorePhrases(restorer, sampled, `${label} fold ${fold}`) })
  }
  return { folds, total: sumScores(folds.map((f) => f.score)) }
}
