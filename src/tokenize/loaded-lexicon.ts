/**
 * Puts wink-nlp's lexicon back as the model loaded it, so a document tokenizes the same whatever the
 * process read before it.
 *
 * Why: wink-nlp adds every word it has not seen to its lexicon (the model's `features` hash and list,
 * plus the per-word properties its cache keeps in a closure), and its tokenizer consults that lexicon.
 * "McDonald’s" reads as two tokens in a fresh process but as one once "Lunch at McDonald’s." has been
 * read: the first time the word came before punctuation, wink took it whole and remembered it. So
 * before this, one text could be restored differently in a long-lived process (a server, a worker,
 * `--jobs N`) than in a fresh one. The canonical tokenization is the fresh process's.
 *
 * How: the added entries are the tail of each feature's list, so they are cut off and removed from
 * the hash: O(words added since the last rollback), not O(lexicon). The per-word properties live in
 * an array wink-nlp's cache keeps private; rather than reaching into it, the cache's methods are
 * replaced by those of a new cache over the same model (a few microseconds), whose own array starts
 * empty. Everything in wink-nlp reads the cache through that one methods object (`rdd.cache`, the
 * automata, the feature functions), so they all see the new one.
 */
import createCache from 'wink-nlp/src/cache.js'

/** What wink-nlp's language model gives `winkNLP()`: `core()` unpacks the model, `featureFn` builds the feature extractors. */
export interface WinkModelParts {
  core(): CoreModel
  featureFn(config: unknown): Record<string, (...args: unknown[]) => unknown>
}

interface CoreModel {
  readonly features: Record<string, { list?: unknown[]; hash?: Record<string, number>; index?: number; intrinsicSize?: number }>
  readonly packing: { readonly config: unknown }
}

interface GrowingFeature {
  readonly feature: { list: unknown[]; hash: Record<string, number>; index: number }
  readonly loadedSize: number
}

/** A model to hand `winkNLP()` instead of `parts`, and `rollback()` to put its lexicon back as it loaded. */
export interface LoadedLexicon {
  readonly model: WinkModelParts
  /** Forget every word read since the model loaded (or since the last rollback). Cheap when nothing was added. */
  rollback(): void
}

/** Wrap `parts` so the lexicon of the `winkNLP()` made from the wrapper can be rolled back. */
export function trackLoadedLexicon(parts: WinkModelParts): LoadedLexicon {
  let core: CoreModel | undefined
  let features: GrowingFeature[] = []
  // The cache's methods object, which all of wink-nlp shares: seen when the cache first extracts the
  // features of a new word (it passes itself to the feature functions), which is the first time
  // there is anything to roll back.
  let sharedCache: Record<string, unknown> | undefined
  const model: WinkModelParts = {
    ...parts,
    core() {
      core = parts.core()
      // The features wink-nlp adds values to (`index` is where the next one goes): the lexeme and
      // the properties it packs by number (prefix, suffix, shape).
      features = Object.values(core.features).flatMap((f) =>
        Array.isArray(f.list) && f.hash !== undefined && typeof f.index === 'number' ? [{ feature: f as GrowingFeature['feature'], loadedSize: f.list.length }] : [],
      )
      return core
    },
    featureFn(config) {
      const extractors = parts.featureFn(config)
      const watched: Record<string, (...args: unknown[]) => unknown> = Object.create(null)
      for (const [name, extract] of Object.entries(extractors)) {
        watched[name] = (...args: unknown[]) => {
          sharedCache ??= args[2] as Record<string, unknown>
          return extract(...args)
        }
      }
      return watched
    },
  }
  const rollback = (): void => {
    if (core === undefined || !features.some((f) => f.feature.list.length > f.loadedSize)) return
    for (const { feature, loadedSize } of features) {
      for (let i = loadedSize; i < feature.list.length; i++) delete feature.hash[feature.list[i] as string]
      feature.list.length = loadedSize
      feature.index = loadedSize
    }
    // A new cache over the rolled-back model: its private per-word array is empty, as at load. It
    // gets the model's own feature functions, so the watch above stays on wink-nlp's first cache.
    if (sharedCache === undefined) throw new Error('unspin: internal error: wink-nlp added words without extracting their features')
    Object.assign(sharedCache, createCache(core, parts.featureFn))
  }
  return { model, rollback }
}
