/**
 * The backoff query shared by the binary and the in-memory model. A store only answers "where is
 * this n-gram" and "what is stored there"; this class turns that into ln P(word | context) in the
 * ARPA backoff form: use the longest stored n-gram, multiplying in the backoff weight of each
 * context passed on the way down.
 */
import { NO_WORD, type LanguageModel, type LanguageModelInfo, type ScoreOptions } from './types.js'

/** Storage behind a model. Word ids are the store's own; `find` gives -1 for an absent n-gram. */
export interface NgramStore {
  readonly order: number
  readonly bosId: number
  readonly eosId: number
  readonly unknownId: number
  /** ln(number of word types `<unk>` stands for): subtracted from an unknown word's log-probability. */
  readonly unknownPenalty: number
  /** Id of a token, `unknownId` when absent. */
  wordId(token: string): number
  /** Slot of the n-gram of order `n` ending in `w`, preceded by `p1`, `p2`, `p3` (newest first). Unigrams: `w` itself. */
  find(n: number, w: number, p1: number, p2: number, p3: number): number
  logProbAt(n: number, slot: number): number
  backoffAt(n: number, slot: number): number
}

/** A {@link LanguageModel} over any {@link NgramStore}. */
export class BackoffModel implements LanguageModel {
  readonly order: number
  readonly bosId: number
  readonly eosId: number
  readonly unknownId: number

  constructor(private readonly store: NgramStore, readonly info: LanguageModelInfo) {
    this.order = store.order
    this.bosId = store.bosId
    this.eosId = store.eosId
    this.unknownId = store.unknownId
  }

  wordId(token: string): number {
    return typeof token === 'string' && token.length > 0 ? this.store.wordId(token) : this.unknownId
  }

  isKnown(token: string): boolean {
    return this.wordId(token) !== this.unknownId
  }

  logProbId(word: number, prev1: number = NO_WORD, prev2: number = NO_WORD, prev3: number = NO_WORD): number {
    const s = this.store
    const w = word >= 0 ? word : this.unknownId
    const penalty = w === this.unknownId ? s.unknownPenalty : 0
    let backoff = 0
    for (let n = this.top(prev1, prev2, prev3); n >= 2; n--) {
      const context = s.find(n - 1, prev1, prev2, prev3, NO_WORD)
      if (context < 0) continue // no stored context: no longer n-gram either, and backoff weight 1
      const slot = s.find(n, w, prev1, prev2, prev3)
      if (slot >= 0) return backoff + s.logProbAt(n, slot) - penalty
      backoff += s.backoffAt(n - 1, context)
    }
    return backoff + s.logProbAt(1, w) - penalty
  }

  matchedOrder(word: number, prev1: number = NO_WORD, prev2: number = NO_WORD, prev3: number = NO_WORD): number {
    const s = this.store
    if (word < 0 || word === this.unknownId) return 0
    for (let n = this.top(prev1, prev2, prev3); n >= 2; n--) {
      if (s.find(n - 1, prev1, prev2, prev3, NO_WORD) >= 0 && s.find(n, word, prev1, prev2, prev3) >= 0) return n
    }
    return 1
  }

  logProb(context: readonly string[], word: string): number {
    const k = context.length
    const p1 = k > 0 ? this.wordId(context[k - 1]!) : NO_WORD
    const p2 = k > 1 && this.order > 2 ? this.wordId(context[k - 2]!) : NO_WORD
    const p3 = k > 2 && this.order > 3 ? this.wordId(context[k - 3]!) : NO_WORD
    return this.logProbId(this.wordId(word), p1, p2, p3)
  }

  scoreSequence(words: readonly string[], options: ScoreOptions = {}): number {
    let p1 = options.bos === false ? NO_WORD : this.bosId
    let p2 = NO_WORD
    let p3 = NO_WORD
    let total = 0
    for (let i = 0; i <= words.length; i++) {
      if (i === words.length && options.eos === false) break
      const w = i < words.length ? this.wordId(words[i]!) : this.eosId
      total += this.logProbId(w, p1, p2, p3)
      p3 = p2
      p2 = p1
      p1 = w
    }
    return total
  }

  /** Highest order usable with this much context (absent words end the context). */
  private top(p1: number, p2: number, p3: number): number {
    const have = p1 < 0 ? 0 : p2 < 0 ? 1 : p3 < 0 ? 2 : 3
    return Math.min(this.order, have + 1)
  }
}
