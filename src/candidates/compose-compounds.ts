import { compoundKey, type CompoundIndex, type KnownCompound, type WordOriginal } from '../dictionary/compound-index.js'
import { roundConfidence } from '../confidence.js'
import { STRONG_PRIOR } from './prior.js'
import type { Token } from '../tokenize/tokenize.js'
import type { Option, SpanOptions } from './span-options.js'
import { matchCasing } from './casing.js'
import { continuesPhrase } from './find-matches.js'

// Odds multiplier for landing on a compound some entry lists: a run of words that each map onto the
// words of a real term is rarely chance. Tuning, 2026-11-28 (held-out PPS entries: 5 folds x 100
// entries x 3 sentences; news-dev A-classic leave-one-pair-out; Brown press + learned), restored /
// wrong restorations of held-out phrases, news ERR / false changes per 1,000 words of the originals,
// Brown false changes per 1,000: off 1.1% / 2.3%, 0.292 / 0.97, 0.00; 10 gave 6.3% / 3.1%, 0.296 /
// 0.97, 0.00; 20 gave 10.1% / 4.1%, 0.296 / 0.97, 0.06; 50 gave 13.0% / 5.7%, 0.298 / 1.07, 0.15.
const KNOWN_COMPOUND_ODDS = 20
// Below STRONG_PRIOR: a composed phrase is a guess from word pairs, so it never passes a closed
// document gate on its own prior ("tumour risk" -> "cancer risk" in clean text); in a text that
// looks spun, or with the language model's support, it can still be applied.
const MAX_CONFIDENCE = STRONG_PRIOR - 0.01
const KEPT: readonly WordOriginal[] = []
const NONE: readonly KnownCompound[] = []
const NO_SPANS: readonly SpanOptions[] = []

/**
 * Phrase candidates nobody listed: windows of 2 or more words in which every word either maps onto
 * the matching word of a listed multi-word original through a word pair of the phrase entries, or
 * already is that word, with at least one word changed ("bosom malignancy" -> "breast cancer" when
 * "breast cancer" is listed, bosom -> breast and malignancy -> cancer are pairs). Windows that a
 * listed entry already covers exactly (`listed`, keys `first:last`) are left to it.
 */
export function composeCompounds(text: string, words: readonly Token[], index: CompoundIndex, listed: ReadonlySet<string>): SpanOptions[] {
  const originalsOf = words.map((w) => (w.editable ? index.wordOriginals.get(w.norm) ?? KEPT : KEPT))
  // The first word at or after each position that has an original: most windows have none and are skipped.
  const nextChangeable = new Int32Array(words.length + 1).fill(words.length)
  for (let i = words.length - 1; i >= 0; i--) nextChangeable[i] = originalsOf[i]!.length > 0 ? i : nextChangeable[i + 1]!
  const spans: SpanOptions[] = []
  for (let first = 0; first + 1 < words.length; first++) {
    if (!words[first]!.editable || nextChangeable[first]! >= first + index.maxWords) continue
    // `reach`: the last word the window may take (a phrase does not cross punctuation or sentences).
    let reach = first
    while (reach - first + 1 < index.maxWords && reach + 1 < words.length && continuesPhrase(text, words[reach]!, words[reach + 1]!)) reach++
    if (reach === first || nextChangeable[first]! > reach) continue
    for (const span of compoundsAt(text, words, originalsOf, first, reach, index, listed)) spans.push(span)
  }
  return spans
}

/** The spans starting at `first` and ending by `reach` that land on a known compound, shortest first. */
function compoundsAt(
  text: string, words: readonly Token[], originalsOf: readonly (readonly WordOriginal[])[], first: number, reach: number, index: CompoundIndex, listed: ReadonlySet<string>,
): readonly SpanOptions[] {
  // Made when the first option is found: most windows compose nothing, and this runs at most words.
  let byLast: Map<number, Option[]> | undefined
  const firstChoices = originalsOf[first]!
  const secondChoices = originalsOf[first + 1]!
  // k = -1 stands for the word as written, k >= 0 for its k-th original word.
  for (let j = -1; j < firstChoices.length; j++) {
    const firstWord = j < 0 ? words[first]!.norm : firstChoices[j]!.word
    for (let k = -1; k < secondChoices.length; k++) {
      const secondWord = k < 0 ? words[first + 1]!.norm : secondChoices[k]!.word
      for (const compound of index.compoundsByStart.get(compoundKey(firstWord, secondWord)) ?? NONE) {
        const last = first + compound.words.length - 1
        if (last > reach || listed.has(`${first}:${last}`)) continue
        const odds = compoundOdds(words, originalsOf, first, compound)
        if (odds === undefined) continue
        const prior = roundConfidence(Math.min(MAX_CONFIDENCE, odds / (1 + odds)))
        const restored = matchCasing(text.slice(words[first]!.start, words[last]!.end), compound.text)
        const option: Option = { restored, prior, entryId: compound.entryId, source: compound.source, conditionMet: true }
        byLast ??= new Map()
        const options = byLast.get(last)
        if (options) options.push(option)
        else byLast.set(last, [option])
      }
    }
  }
  if (byLast === undefined) return NO_SPANS
  return [...byLast].sort((a, b) => a[0] - b[0]).map(([last, options]) => ({ first, last, options: options.sort(byPriorThenText) }))
}

function byPriorThenText(a: Option, b: Option): number {
  return b.prior - a.prior || (a.restored < b.restored ? -1 : a.restored > b.restored ? 1 : 0)
}

/** Odds that the window at `first` is `compound` spun word by word, or undefined where a word does not map. */
function compoundOdds(words: readonly Token[], originalsOf: readonly (readonly WordOriginal[])[], first: number, compound: KnownCompound): number | undefined {
  let odds = KNOWN_COMPOUND_ODDS
  let changed = 0
  for (let k = 0; k < compound.words.length; k++) {
    const target = compound.words[k]!
    if (words[first + k]!.norm === target) continue
    const pair = originalsOf[first + k]!.find((o) => o.word === target)
    if (!pair) return undefined
    odds *= pair.prior / (1 - pair.prior)
    changed++
  }
  return changed === 0 ? undefined : odds
}
