/**
 * An exact in-memory model: the trained probabilities and backoff weights, unquantized, looked up
 * through Maps. For tests (of this module and of the decoder) and for checking the binary format;
 * the shipped model is the binary one.
 */
import { BackoffModel, type NgramStore } from './query.js'
import { BOS_ID, EOS_ID, trainLanguageModel, UNK_ID, type TrainedModel, type TrainOptions } from './train.js'
import type { LanguageModel } from './types.js'
import { foldAscii, lmToken } from './vocab.js'

class MemoryStore implements NgramStore {
  readonly order: number
  readonly bosId = BOS_ID
  readonly eosId = EOS_ID
  readonly unknownId = UNK_ID
  readonly unknownPenalty: number
  private readonly ids = new Map<string, number>()
  // Per order >= 2: (context entry index * width + word id) -> entry index, kept entries only.
  private readonly entries: Map<number, number>[] = []
  private readonly width: number

  constructor(private readonly model: TrainedModel) {
    this.order = model.order
    this.unknownPenalty = Math.log(Math.max(1, model.unknownTypes))
    model.vocab.forEach((w, i) => this.ids.set(w, i))
    this.width = model.vocab.length
    for (let n = 2; n <= model.order; n++) {
      const t = model.tables[n - 1]!
      const map = new Map<number, number>()
      for (let i = 0; i < t.ctx.length; i++) if (model.kept[n - 1]![i]) map.set(t.ctx[i]! * this.width + t.word[i]!, i)
      this.entries.push(map)
    }
  }

  wordId(token: string): number {
    return this.ids.get(lmToken(foldAscii(token))) ?? UNK_ID
  }

  find(n: number, w: number, p1: number, p2: number, p3: number): number {
    if (n === 1) return w
    const context = this.find(n - 1, p1, p2, p3, -1)
    if (context < 0) return -1
    return this.entries[n - 2]!.get(context * this.width + w) ?? -1
  }

  logProbAt(n: number, slot: number): number {
    return this.model.logProbs[n - 1]![slot]!
  }

  backoffAt(n: number, slot: number): number {
    return this.model.backoff[n - 1]![slot]!
  }
}

/** Wrap a trained model as a {@link LanguageModel} with exact values. */
export function languageModelFromTrained(model: TrainedModel): LanguageModel {
  const ngramCounts = model.kept.map((k) => k.reduce((a, b) => a + b, 0))
  return new BackoffModel(new MemoryStore(model), {
    order: model.order,
    method: model.method,
    vocabularySize: model.vocab.length,
    ngramCounts,
    bytes: 0,
    meta: { tokens: model.tokens, sentences: model.sentences, unknownTypes: model.unknownTypes },
  })
}

/**
 * A small exact model trained on `sentences` (arrays of tokens, lowercase as `normalizeToken` gives
 * them): for tests that need a language model they control. Defaults: trigram, Kneser-Ney, every
 * word and n-gram kept.
 *
 * @example
 * const lm = createLanguageModelFromCounts([['he', 'told', 'the', 'news', 'agency']])
 * lm.logProb(['the'], 'news') > lm.logProb(['the'], 'information') // true
 */
export function createLanguageModelFromCounts(sentences: readonly (readonly string[])[], options: TrainOptions = {}): LanguageModel {
  return languageModelFromTrained(trainLanguageModel(sentences, options))
}
