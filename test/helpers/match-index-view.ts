import type { MatchIndex } from '../../src/dictionary/build-index.js'

/**
 * A match index as plain data, for comparing one built from the entries with one read back from its
 * prebuilt form: every key in order, each key's entries in list order with what matching reads of
 * them, the key prefixes, the known originals and the counts. The compound index is left out.
 */
export function matchIndexView(index: Omit<MatchIndex, 'compounds'>): unknown {
  return {
    ...[index.bySurface, index.byLemma].map((map) =>
      [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, list]) => [
        key,
        list.map((e) => ({ id: e.entry.id, source: e.source, norms: e.norms, lemmas: e.lemmas, originals: e.originals, when: e.condition !== undefined, compose: e.compose, spinner: e.spinner?.emission })),
      ]),
    ),
    prefixes: [...index.keyPrefixes].sort(),
    known: [...index.knownOriginals].sort(),
    maxTokens: index.maxTokens,
    entryCount: index.entryCount,
  }
}
