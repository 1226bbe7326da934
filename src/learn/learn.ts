import { analyzePhrases, type PhraseToken } from '../dictionary/analyze-phrases.js'
import { precomputedAnalysis } from '../dictionary/builtin.js'
import { spunKey } from '../dictionary/entry-id.js'
import type { Dictionary, DictionaryInput } from '../dictionary/types.js'
import { invalidArgument, rejectUnknownKeys } from '../errors.js'
import { buildEntries } from './entries.js'
import { extractSwaps, type ExtractSwapOptions, type PairSwaps, type TextPair } from './extract.js'
import { REJECT_REASONS, type RejectReason } from './filters.js'
import { FormIndex } from './form-index.js'
import type { RejectedRegion, Swap } from './regions.js'
import { segmentSwaps } from './segment.js'

/** Options of `learnFromPairs` (all optional). */
export interface LearnOptions extends ExtractSwapOptions {
  /** Name of the dictionary made (default `learned`). */
  readonly name?: string
  readonly description?: string
  /** Provenance written into the dictionary (default: "learned from N (original, spun) pairs"). */
  readonly source?: string
  readonly license?: string
  /**
   * Least prior an entry needs (default 0.1). Below it a form is used in clean text far more often than
   * as a swap; proposing it anyway lets context scoring turn ordinary words into other ordinary words,
   * as generic thesaurus candidates do (DESIGN section 4).
   */
  readonly minPrior?: number
  /** Swaps an entry needs (default 1). */
  readonly minSwaps?: number
  /** Most originals kept per entry, most frequent first (default 4). */
  readonly maxOriginals?: number
  /** Weight of clean-text uses against swaps in the prior (default 10; see prior.ts). */
  readonly cleanWeight?: number
  /** Spun forms to leave out, e.g. those other dictionary layers already have (matched by lemma too). */
  readonly exclude?: Iterable<string>
  /** Dictionaries whose spun forms to leave out (as `exclude`; built-in ones come pre-analyzed, so this is fast). */
  readonly excludeDictionaries?: readonly Dictionary[]
}

/** What mining saw, for review. */
export interface LearnStats {
  readonly pairs: number
  readonly sentencePairs: number
  readonly sentencePairsMined: number
  readonly sentencesUnaligned: number
  /** Accepted differences as aligned, and the parts (words, segments) split out of them. */
  readonly swaps: number
  readonly parts: number
  readonly rejected: Readonly<Record<RejectReason | 'sentence-quality', number>>
  /** Spun forms left out because `exclude` has them, and because their prior is below `minPrior`. */
  readonly excludedForms: number
  readonly lowPrior: number
  readonly entries: number
}

export interface LearnResult {
  /** The learned dictionary in the JSON format: pass it to `loadDictionary` or `createRestorer`. */
  readonly dictionary: DictionaryInput
  readonly stats: LearnStats
  /** Every accepted difference, each followed by its parts (flagged `split`), in input order. */
  readonly swaps: readonly Swap[]
  /** Every rejected difference with its reason, in input order. */
  readonly rejected: readonly RejectedRegion[]
}

const LEARN_OPTION_KEYS: ReadonlySet<string> = new Set([
  'maxRegionTokens', 'minSentenceQuality', 'splitPhrases', 'reference',
  'name', 'description', 'source', 'license', 'minPrior', 'minSwaps', 'maxOriginals', 'cleanWeight', 'exclude', 'excludeDictionaries',
])

/** Options are checked by name, so a misspelled or misremembered one ("minSupport") fails rather than being ignored. */
function checkLearnOptions(options: unknown): void {
  if (options === undefined || options === null) return
  if (typeof options !== 'object' || Array.isArray(options)) invalidArgument('options', 'an object', options)
  rejectUnknownKeys(options, LEARN_OPTION_KEYS, 'options', 'one of the known options', { minSupport: 'minSwaps' })
}

function checkPairs(pairs: unknown): asserts pairs is readonly TextPair[] {
  if (!Array.isArray(pairs)) invalidArgument('pairs', 'an array of { original, spun } objects', pairs)
  pairs.forEach((p: unknown, i) => {
    const pair = p as Partial<TextPair> | null
    if (typeof pair !== 'object' || pair === null || typeof pair.original !== 'string' || typeof pair.spun !== 'string') {
      invalidArgument(`pairs[${i}]`, 'an object with string `original` and `spun`', p)
    }
  })
}

/**
 * Learn a substitution dictionary from (original, spun) pairs: align each pair, keep the differences
 * that look like spinner swaps (up to `maxRegionTokens` tokens, contractions included), split phrase
 * swaps into the word swaps they align to, and group everything into one entry per spun lemma with a
 * prior from counts (prior.ts). Number spellings ("seven,554") are counted in `stats.rejected` but not
 * emitted: they need patterns. Deterministic: the order of `pairs` does not matter.
 */
export function learnFromPairs(pairs: readonly TextPair[], options: LearnOptions = {}): LearnResult {
  checkPairs(pairs)
  checkLearnOptions(options)
  return learnChecked(pairs.map((pair) => extractSwaps(pair, options)), options)
}

/** `learnFromPairs` from pairs already run through `extractSwaps` (cache those when mining many subsets). */
export function learnFromSwaps(extracted: readonly PairSwaps[], options: LearnOptions = {}): LearnResult {
  checkLearnOptions(options)
  return learnChecked(extracted, options)
}

function learnChecked(extracted: readonly PairSwaps[], options: LearnOptions): LearnResult {
  const swaps = extracted.flatMap((p) => p.swaps)
  const rejected = extracted.flatMap((p) => p.rejected)
  const observed = segmentSwaps(swaps)
  const excludeForms = [...(options.exclude ?? []), ...(options.excludeDictionaries ?? []).flatMap((d) => d.entries.map((e) => e.spun))]
  const known = new Map<string, readonly PhraseToken[]>()
  for (const d of options.excludeDictionaries ?? []) for (const [phrase, tokens] of precomputedAnalysis(d) ?? []) known.set(phrase, tokens)
  const analysis = analyzePhrases([...observed.flatMap((s) => [s.spun, s.original]), ...excludeForms], known)
  const excluded = new Set<string>()
  for (const form of excludeForms) excluded.add((analysis.get(form) ?? []).map((t) => t.lemma).join(' ')).add(`=${spunKey(form)}`)
  const mined = new FormIndex(extracted.flatMap((p) => p.mined.map((s) => s.spun)))
  const originals = new FormIndex(extracted.flatMap((p) => p.originalSentences))
  const { entries, excludedForms, lowPrior } = buildEntries(observed, analysis, { spun: mined, originals, reference: options.reference }, excluded, {
    minSwaps: options.minSwaps ?? 1,
    minPrior: options.minPrior ?? 0.1,
    maxOriginals: options.maxOriginals ?? 4,
    cleanWeight: options.cleanWeight,
  })
  const counts = Object.fromEntries([...REJECT_REASONS, 'sentence-quality'].map((r) => [r, 0])) as Record<RejectReason | 'sentence-quality', number>
  for (const r of rejected) counts[r.reason]++
  const n = extracted.length
  const dictionary: DictionaryInput = {
    version: 1,
    name: options.name ?? 'learned',
    ...(options.description === undefined ? {} : { description: options.description }),
    source: options.source ?? `learned from ${n} (original, spun) ${n === 1 ? 'pair' : 'pairs'}`,
    ...(options.license === undefined ? {} : { license: options.license }),
    // Swaps observed in spun copies: read forward, they give each document its swap rate.
    learned: true,
    entries,
  }
  const stats: LearnStats = {
    pairs: n,
    sentencePairs: extracted.reduce((k, p) => k + p.sentencePairs, 0),
    sentencePairsMined: extracted.reduce((k, p) => k + p.mined.length, 0),
    sentencesUnaligned: extracted.reduce((k, p) => k + p.unaligned, 0),
    swaps: swaps.length,
    parts: observed.length - swaps.length,
    rejected: counts,
    excludedForms,
    lowPrior,
    entries: entries.length,
  }
  return { dictionary, stats, swaps: observed, rejected }
}
