// wink-nlp's cache factory, which it does not export: loaded-lexicon.ts makes a new cache to put the
// lexicon back as it loaded. wink-nlp ships no types for its internal modules.
declare module 'wink-nlp/src/cache.js' {
  /** A cache over `model` (wink-nlp's unpacked core model): the methods object wink-nlp shares. */
  export default function createCache(model: unknown, featureFn: unknown): Record<string, unknown>
}
