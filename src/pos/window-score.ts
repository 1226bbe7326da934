/**
 * How well a short window of words fits English syntax: the log-probability of the window's best
 * tag sequence (Viterbi) under the tag trigram model, each word's tag weighted by how usual that
 * reading of the word is: (P(tag | word) / P(its likeliest tag | word)) ^ EMISSION_EXPONENT.
 *
 * Why this and not the HMM's P(words): P(word | tag) would count how common the words are, which
 * the language model already judges; and P(tag | word) / P(tag) (or a sum over all sequences)
 * penalizes a word's minority reading hard ("to state": the verb reading of "state" is 3% in Brown)
 * and rewards ambiguous words for their ambiguity. The best reading, with minority readings
 * discounted but possible, asks what we want to know: can these words be read as a sentence here?
 * "in practice ," can (a noun); "in observe ," cannot (only a verb). Measured against the other
 * choices on news-dev: see POS_EVIDENCE_WEIGHT in src/evidence/pos-evidence.ts.
 *
 * Reuses its buffers: one scorer per restorer, one window at a time, no allocation per window.
 */
import type { PosModel } from './read-model.js'
import { CONTEXTS, EOS_OUTCOME, OUTCOMES, TAG_COUNT } from './tags.js'

/**
 * Exponent on a reading's probability relative to the word's likeliest reading: 0 would make every
 * stored reading free, 1 would charge the full ratio. Tuning (2026-11-28, news-dev A-classic, with
 * evidence weight 0.5): 0.25 gave ERR 0.296, 0.5 gave 0.300, 1 gave 0.298; false changes equal.
 */
export const EMISSION_EXPONENT = 0.5

const INITIAL_CAPACITY = 32

export class PosWindowScorer {
  private entries = new Int32Array(INITIAL_CAPACITY)
  private length = 0
  // Best-path scores over (tag of the previous word, tag of this word), as indexes into their entries.
  private best = new Float64Array(TAG_COUNT * TAG_COUNT)
  private next = new Float64Array(TAG_COUNT * TAG_COUNT)
  // Each reading's weight, at the model's entry offsets.
  private readonly weight: Float64Array

  constructor(readonly model: PosModel, exponent: number = EMISSION_EXPONENT) {
    this.weight = readingWeights(model, exponent)
  }

  /** Start a window; `atStart`: it starts its sentence (else the tags before it are unknown). */
  begin(atStart: boolean): void {
    const pseudo = atStart ? this.model.bosEntry : this.model.noContextEntry
    this.length = 0
    this.append(pseudo)
    this.append(pseudo)
  }

  /** Add the window's next word (lowercase, as the tokenizer splits text). */
  push(word: string): void {
    this.append(this.model.entryOf(word))
  }

  /** ln of the best reading's score; `atEnd`: the sentence ends after the window. */
  logProb(atEnd: boolean): number {
    const { entryStart, entryLength, entryTag, transitions } = this.model
    const { entries, weight } = this
    let best = this.best
    let next = this.next
    // Two pseudo-words of one tag each: one state, score 1.
    best[0] = 1
    let logScale = 0
    for (let p = 2; p < this.length; p++) {
      const e2 = entries[p - 2]!
      const e1 = entries[p - 1]!
      const e0 = entries[p]!
      const s2 = entryStart[e2]!
      const s1 = entryStart[e1]!
      const s0 = entryStart[e0]!
      const n2 = entryLength[e2]!
      const n1 = entryLength[e1]!
      const n0 = entryLength[e0]!
      let top = 0
      for (let b = 0; b < n1; b++) {
        const t1 = entryTag[s1 + b]!
        for (let c = 0; c < n0; c++) {
          const t0 = entryTag[s0 + c]!
          let max = 0
          for (let a = 0; a < n2; a++) {
            const v = best[a * TAG_COUNT + b]! * transitions[(entryTag[s2 + a]! * CONTEXTS + t1) * OUTCOMES + t0]!
            if (v > max) max = v
          }
          const value = max * weight[s0 + c]!
          next[b * TAG_COUNT + c] = value
          if (value > top) top = value
        }
      }
      if (!(top > 0)) return -Infinity
      // Rescale every step so long windows cannot underflow.
      for (let b = 0; b < n1; b++) for (let c = 0; c < n0; c++) next[b * TAG_COUNT + c]! /= top
      logScale += Math.log(top)
      const swap = best
      best = next
      next = swap
    }
    let final = 0
    const e1 = entries[this.length - 2]!
    const e0 = entries[this.length - 1]!
    for (let b = 0; b < entryLength[e1]!; b++) {
      const t1 = entryTag[entryStart[e1]! + b]!
      for (let c = 0; c < entryLength[e0]!; c++) {
        const end = atEnd ? transitions[(t1 * CONTEXTS + entryTag[entryStart[e0]! + c]!) * OUTCOMES + EOS_OUTCOME]! : 1
        const v = best[b * TAG_COUNT + c]! * end
        if (v > final) final = v
      }
    }
    this.best = best
    this.next = next
    return logScale + Math.log(final)
  }

  private append(entry: number): void {
    if (this.length === this.entries.length) {
      const grown = new Int32Array(this.entries.length * 2)
      grown.set(this.entries)
      this.entries = grown
    }
    this.entries[this.length++] = entry
  }
}

// A restorer builds one scorer; `restoreText` with options builds a restorer per call: share the table.
const weightCache = new WeakMap<PosModel, Map<number, Float64Array>>()

/** Each reading's weight, (P(tag | word) / P(likeliest tag | word)) ^ exponent, at the model's entry offsets. */
function readingWeights(model: PosModel, exponent: number): Float64Array {
  const byExponent = weightCache.get(model) ?? new Map<number, Float64Array>()
  weightCache.set(model, byExponent)
  const cached = byExponent.get(exponent)
  if (cached) return cached
  const { entryStart, entryLength, entryProbability } = model
  const weight = new Float64Array(entryProbability.length)
  for (let e = 0; e < entryStart.length; e++) {
    const from = entryStart[e]!
    const to = from + entryLength[e]!
    // Lists are stored most probable first.
    const top = entryProbability[from]!
    for (let i = from; i < to; i++) weight[i] = (entryProbability[i]! / top) ** exponent
  }
  byExponent.set(exponent, weight)
  return weight
}
