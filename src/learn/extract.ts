import { tokenize, type Token } from '../tokenize/tokenize.js'
import type { FormIndex } from './form-index.js'
import { extractFromSentences, sentenceInitialTokens, type RejectedRegion, type Swap } from './regions.js'
import { alignSentences, splitSentences, type SentencePair } from './sentences.js'

/** An original text and the spun copy made from it. */
export interface TextPair {
  readonly original: string
  readonly spun: string
}

/** How differences are found and filtered (all optional). */
export interface ExtractSwapOptions {
  /** Longest swap side, in tokens (default 5). */
  readonly maxRegionTokens?: number
  /** Least share of unchanged tokens for a sentence pair to be mined (default 0.5). */
  readonly minSentenceQuality?: number
  /** Split phrase swaps that align word for word into word swaps too (default true). */
  readonly splitPhrases?: boolean
  /** Clean reference text (`createReferenceIndex`): its lowercase words tell damaged names from changed ones. */
  readonly reference?: FormIndex
}

/** Swaps found in one pair, with the sentences that were mined (for the counts behind priors). */
export interface PairSwaps {
  /** Accepted differences, in text order, each with the word pairs it splits into (`parts`). */
  readonly swaps: readonly Swap[]
  /** Rejected differences with the reason, for review. */
  readonly rejected: readonly RejectedRegion[]
  /** Sentence pairs that passed the alignment-quality test. */
  readonly mined: readonly SentencePair[]
  /** Every sentence of the original text. */
  readonly originalSentences: readonly (readonly Token[])[]
  readonly sentencePairs: number
  /** Sentences only one side has. */
  readonly unaligned: number
}

/** Words written in lowercase somewhere in the pair: a capitalized use of them may be a damaged name. */
function lowercaseWords(sentences: readonly (readonly Token[])[]): Set<string> {
  const words = new Set<string>()
  for (const t of sentences.flat()) if (/^\p{Ll}+$/u.test(t.text)) words.add(t.norm)
  return words
}

/**
 * The substitutions in one (original, spun) pair: sentences aligned, then tokens, and the differences
 * filtered for noise (see `RejectReason`). Spun token offsets point into `pair.spun`. These are whole
 * aligned differences (with word splits as `parts`); `learnFromSwaps` also cuts merged differences into
 * parts seen elsewhere. Depends on this pair alone, so results can be cached per pair.
 */
export function extractSwaps(pair: TextPair, options: ExtractSwapOptions = {}): PairSwaps {
  const original = splitSentences(tokenize(pair.original))
  const spun = splitSentences(tokenize(pair.spun))
  const initial = new Set<Token>()
  sentenceInitialTokens(original, initial)
  sentenceInitialTokens(spun, initial)
  const vocabulary = lowercaseWords([...original, ...spun])
  const reference = options.reference
  const context = {
    initial: (t: Token) => initial.has(t),
    isWord: (norm: string) => vocabulary.has(norm) || reference?.isLowercaseWord(norm) === true,
  }
  const settings = {
    maxRegionTokens: options.maxRegionTokens ?? 5,
    minSentenceQuality: options.minSentenceQuality ?? 0.5,
    splitPhrases: options.splitPhrases ?? true,
  }
  const { pairs, unaligned } = alignSentences(original, spun)
  const swaps: Swap[] = []
  const rejected: RejectedRegion[] = []
  const mined: SentencePair[] = []
  for (const sentencePair of pairs) {
    const found = extractFromSentences(sentencePair, context, settings, rejected)
    if (found === null) continue
    mined.push(sentencePair)
    swaps.push(...found)
  }
  return { swaps, rejected, mined, originalSentences: original, sentencePairs: pairs.length, unaligned }
}
