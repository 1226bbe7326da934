/**
 * False changes on clean text (DESIGN section 6): restore text nobody spun and count the regions that
 * changed per 1,000 words; collect which (found -> restored) changes they were so they can be reviewed.
 */
import type { Mark, Restorer, RestoreResult, SkippedCandidate } from '../src/index.js'
import { SUSPECT_SOURCE } from '../src/candidates/suspect-phrases.js'
import { scoreTokens } from './metrics/normalize.js'
import { aggregate, scoreClean, type Counts, type Summary } from './metrics/quality.js'
import { safeRestore } from './setup.js'

/** One kind of false change, counted over clean text. */
export interface FalseChange {
  /** `found -> restored`, lowercased. */
  readonly change: string
  readonly entryId: string
  readonly source: string
  count: number
  /** Where it was seen (corpus labels), first seen first. */
  readonly where: string[]
}

/** Tally of false changes by (found -> restored, entry). */
export class FalseChangeTally {
  private readonly byKey = new Map<string, FalseChange>()

  /** Count the marks made on clean text; marks that only change casing or spacing are not changes. */
  add(marks: readonly Mark[], where: string): void {
    for (const m of marks) {
      if (scoreTokens(m.found).join(' ') === scoreTokens(m.restored).join(' ')) continue
      const change = `${m.found.toLowerCase()} -> ${m.restored.toLowerCase()}`
      const key = `${change}\u0000${m.source}\u0000${m.entryId}`
      let item = this.byKey.get(key)
      if (!item) {
        item = { change, entryId: m.entryId, source: m.source, count: 0, where: [] }
        this.byKey.set(key, item)
      }
      item.count++
      if (!item.where.includes(where)) item.where.push(where)
    }
  }

  /** The `n` most frequent, ties broken by change text (deterministic). */
  top(n: number): FalseChange[] {
    return [...this.byKey.values()]
      .sort((a, b) => b.count - a.count || (a.change < b.change ? -1 : a.change > b.change ? 1 : 0))
      .slice(0, n)
  }
}

/** A clean document to restore. */
export interface CleanDoc {
  readonly id: string
  readonly text: string
}

/**
 * Restore each clean document and sum false-change counts. `restorerOf` picks the restorer per
 * document (for the news originals: the leave-one-pair-out restorer).
 */
export function scoreCleanDocs(
  docs: readonly CleanDoc[], restorerOf: (doc: CleanDoc) => Restorer, label: string, tally?: FalseChangeTally, flags?: FlagTally,
): Summary {
  const counts: Counts[] = []
  for (const doc of docs) {
    const result = safeRestore(restorerOf(doc), doc.text, `${label} ${doc.id}`)
    const scored = scoreClean(doc.text, result.text)
    counts.push(scored)
    tally?.add(result.marks, label)
    flags?.add(result, scored.cleanWords)
  }
  return aggregate(counts)
}

/** Sources whose marks and skipped candidates are tortured-phrase flags: the PPS list and the unlisted suspects composed from its word pairs. */
export const TORTURED_FLAG_SOURCES: ReadonlySet<string> = new Set(['tortured-phrases', SUSPECT_SOURCE])

/**
 * Tortured-phrase flags on clean text (issue 14, item 6: at most 1 per 1,000 Brown words): every mark or
 * skipped candidate from `TORTURED_FLAG_SOURCES`, by kind (`mark`, or the skip reason), over the words.
 */
export class FlagTally {
  words = 0
  readonly byKind: Record<string, number> = {}
  readonly examples: string[] = []

  add(result: RestoreResult, words: number): void {
    this.words += words
    for (const c of [...result.marks, ...result.skipped]) {
      if (!TORTURED_FLAG_SOURCES.has(c.source)) continue
      const kind = 'reason' in c ? (c as SkippedCandidate).reason : 'mark'
      this.byKind[kind] = (this.byKind[kind] ?? 0) + 1
      if (this.examples.length < 20) this.examples.push(`${c.found} -> ${c.restored} (${kind})`)
    }
  }

  get total(): number {
    return Object.values(this.byKind).reduce((n, k) => n + k, 0)
  }

  get per1000(): number {
    return this.words === 0 ? 0 : (1000 * this.total) / this.words
  }
}
