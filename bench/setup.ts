/**
 * Restorers for the quality benchmark: the dictionaries under test, the pipeline variants of the
 * ablation table, `restorerFor` (the one place where dictionaries learned from training pairs will plug
 * in) and a restore wrapper that records failures instead of stopping the run.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { builtinDictionaries, createRestorer, loadDictionary } from '../src/index.js'
import type { Dictionary, Restorer, RestorerOptions, RestoreResult } from '../src/index.js'
import type { NewsPair } from './data/news.js'
import { repoRoot } from './data/paths.js'
import { thesaurusDictionary } from '../src/learn/opt-in.js'
import { simDictionary } from './sim/build-db.js'
import { learnedFor, MINED_FROM_NEWS_DEV } from './learned.js'

/** A pipeline configuration measured side by side (the ablation rows). */
export interface Variant {
  readonly key: string
  readonly label: string
  /** Options other than `dictionaries`. */
  readonly options: RestorerOptions
  /** Layers put before the bench dictionaries (so those win on a shared spun form). */
  readonly before?: () => readonly Dictionary[]
  /** Layers put after them, as a user loads a spinner database. */
  readonly after?: () => readonly Dictionary[]
}

export const VARIANTS: readonly Variant[] = [
  { key: 'list-only', label: '(a) list-only exact match, threshold 0', options: { stages: { inflection: false, conditions: false, context: false, composeCompounds: false }, threshold: 0 } },
  { key: 'full', label: '(b) full pipeline', options: {} },
  { key: 'no-inflection', label: '(c) full - inflection', options: { stages: { inflection: false } } },
  { key: 'no-conditions', label: '(d) full - conditions', options: { stages: { conditions: false } } },
  { key: 'threshold-0', label: '(e) full, threshold 0, raw posteriors', options: { threshold: 0, stages: { calibration: false } } },
  { key: 'no-context', label: '(f) full - language model (priors only)', options: { stages: { context: false } } },
  { key: 'no-gate', label: '(g) full - document gate', options: { stages: { documentGate: false } } },
  { key: 'no-document-evidence', label: '(h) full - document evidence', options: { stages: { documentEvidence: false } } },
  { key: 'no-spun-prior', label: '(i) full - spun-document prior', options: { stages: { spunDocumentPrior: false } } },
  { key: 'no-pos', label: '(j) full - POS evidence', options: { stages: { posEvidence: false } } },
  { key: 'no-compose-compounds', label: '(k) full - composed phrases', options: { stages: { composeCompounds: false } } },
  { key: 'no-swap-rate', label: '(l) full - swap-rate verdict', options: { stages: { swapRate: false } } },
  { key: 'thesaurus', label: '(m) full + opt-in thesaurus', options: {}, before: () => [thesaurusDictionary()] },
  // An open spinner-style database of realistic breadth (bench/sim), which no news-dev farm used: what a
  // user who loads a database that is not the farm's gets on real spun news.
  { key: 'sim-a', label: '(n) full + sim-a loaded as a spinner database', options: {}, after: () => [simDictionary('sim-a')] },
]

export const FULL: Variant = VARIANTS.find((v) => v.key === 'full')!

/** Notes printed under the tables (where the dictionaries came from, restore failures). */
export const notes: string[] = []

let dictionaries: readonly Dictionary[] | undefined

/**
 * The built-in dictionaries. While `tortured-phrases` is not yet compiled into the built-ins but its
 * source file exists, it is loaded from dictionaries/tortured-phrases.tsv (invalid rows skipped) so the
 * figures can be produced; a note says so.
 */
export function benchDictionaries(): readonly Dictionary[] {
  if (dictionaries) return dictionaries
  const builtin = builtinDictionaries()
  const tsv = join(repoRoot, 'dictionaries/tortured-phrases.tsv')
  if (!builtin.some((d) => d.name === 'tortured-phrases') && existsSync(tsv)) {
    const loaded = loadDictionary(tsv, { onInvalidEntry: 'skip' })
    notes.push(`tortured-phrases is not in builtinDictionaries() yet: loaded from dictionaries/tortured-phrases.tsv (${loaded.entries.length} entries, ${loaded.warnings.length} rows skipped as invalid). Run npm run build:dict.`)
    dictionaries = [...builtin, loaded]
  } else {
    dictionaries = builtin
  }
  return dictionaries
}

/** A restorer over the bench dictionaries with a variant's options and optional extra `disable` ids. */
export function createVariantRestorer(variant: Variant, disable: readonly string[] = []): Restorer {
  const options: RestorerOptions = { ...variant.options, dictionaries: [...(variant.before?.() ?? []), ...benchDictionaries(), ...(variant.after?.() ?? [])] }
  return createRestorer(disable.length > 0 ? { ...options, disable } : options)
}

const baseRestorers = new Map<string, Restorer>()

/**
 * The restorer used to score a news pair, given the OTHER pairs (leave-one-pair-out): the bench
 * dictionaries without those mined from news-dev (they saw the held-out pair), plus a dictionary
 * learned from `trainingPairs` alone, last so it wins over the low-prior `tortured-words` on a shared
 * form (it leaves out the forms of `news-swaps` and `tortured-phrases`, as the shipped `news-mined` does).
 * With no training pairs it is the built-in restorer for the variant (cached).
 */
export function restorerFor(trainingPairs: readonly NewsPair[], variant: Variant = FULL): Restorer {
  if (trainingPairs.length > 0) {
    const layers = [...(variant.before?.() ?? []), ...benchDictionaries().filter((d) => !MINED_FROM_NEWS_DEV.has(d.name)), learnedFor(trainingPairs), ...(variant.after?.() ?? [])]
    return createRestorer({ ...variant.options, dictionaries: layers })
  }
  let restorer = baseRestorers.get(variant.key)
  if (!restorer) {
    restorer = createVariantRestorer(variant)
    baseRestorers.set(variant.key, restorer)
  }
  return restorer
}

/** Drop cached restorers (their indexes hold memory). */
export function releaseRestorers(): void {
  baseRestorers.clear()
}

let failures = 0
const failureMessages = new Map<string, number>()

/**
 * Restore `text`, recording a failure (and returning the text unchanged, no marks) when the restorer
 * throws: a benchmark reports library errors beside the figures rather than stopping.
 */
export function safeRestore(restorer: Restorer, text: string, where: string): RestoreResult {
  try {
    return restorer.restore(text)
  } catch (error) {
    failures++
    const message = `${where}: ${String(error).split('\n')[0]}`
    failureMessages.set(message, (failureMessages.get(message) ?? 0) + 1)
    return { text, marks: [], skipped: [], warnings: [] }
  }
}

/** Number of restore calls that threw so far. */
export function restoreFailures(): number {
  return failures
}

/** Distinct restore failures (`where: error`) with how often each happened. */
export function failureSummary(): string[] {
  return [...failureMessages].map(([message, n]) => `restore threw ${n}x on ${message} (scored as unchanged)`)
}
