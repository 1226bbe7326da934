import type { LanguageModel } from '../lm/types.js'
import { BOS, EOS, lmToken } from '../lm/vocab.js'
import type { TrigramScorer } from './decode-sentence.js'

/** A language model as the decoder sees it: trigram scores over its own spelling of words. */
export interface ContextModel extends TrigramScorer {
  /** The model's spelling of a token (e.g. lowercase; numbers as a class). */
  wordOf(norm: string): string
  /** ln P(words) as a phrase on its own, without sentence boundaries: how common the phrase is. */
  phraseLogProb(words: readonly string[]): number
  /** True when the model stores the bigram `first second` (in its own spelling): the pair was seen in training. */
  bigramSeen(first: string, second: string): boolean
}

/** Adapt a `LanguageModel` to the decoder's string interface, caching word ids per restorer. */
export function contextModelFrom(lm: LanguageModel): ContextModel {
  const ids = new Map<string, number>([
    [BOS, lm.bosId],
    [EOS, lm.eosId],
  ])
  const idOf = (word: string): number => {
    let id = ids.get(word)
    if (id === undefined) {
      id = lm.wordId(word)
      // The cache only saves hashing; cap it so a stream of distinct words cannot grow it forever.
      if (ids.size < 200_000) ids.set(word, id)
    }
    return id
  }
  return {
    wordOf: lmToken,
    phraseLogProb: (words) => lm.scoreSequence(words, { bos: false, eos: false }),
    logProb: (previous2, previous1, word) => lm.logProbId(idOf(word), idOf(previous1), idOf(previous2)),
    bigramSeen: (first, second) => lm.matchedOrder(idOf(second), idOf(first)) >= 2,
  }
}
