/**
 * Learning substitution dictionaries from (original, spun) pairs, the PPS word-pair decomposition, and
 * the opt-in thesaurus fallback. Re-exported by src/index.ts.
 */
export { learnFromPairs, learnFromSwaps, type LearnOptions, type LearnResult, type LearnStats } from './learn.js'
export { extractSwaps, type ExtractSwapOptions, type PairSwaps, type TextPair } from './extract.js'
export { createReferenceIndex, FormIndex } from './form-index.js'
export { minedPrior, PRIOR_CAP, PRIOR_SMOOTHING, DEFAULT_CLEAN_WEIGHT, type PriorCounts } from './prior.js'
export { decomposePhrasePairs, rowWordPairs, wordPairPrior, type DecomposeOptions, type PhrasePair, type WordPair } from '../dictionary/decompose-phrases.js'
export { optInDictionary, optInDictionaryPath, thesaurusDictionary, OPT_IN_DICTIONARIES, type OptInDictionaryName } from './opt-in.js'
export type { RejectedRegion, Swap } from './regions.js'
export type { RejectReason } from './filters.js'
