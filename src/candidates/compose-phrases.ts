import { roundConfidence } from '../confidence.js'
import type { Token } from '../tokenize/tokenize.js'
import type { Option, SpanOptions } from './span-options.js'
import { continuesPhrase, type Match } from './find-matches.js'

// Odds multiplier for two or more adjacent words that are each a known part of tortured phrases:
// one such word is usually ordinary English ("peril"), a run of them rarely is ("bosom peril").
const RUN_BONUS = 4
// A composed original that some phrase entry lists as an original ("breast cancer") is a term that
// exists: the PPS list serves as a prior for which compounds are real.
const KNOWN_COMPOUND_BONUS = 10
const MAX_CONFIDENCE = 0.95
const MAX_RUN = 5
const OPTIONS_PER_WORD = 2
const MAX_COMBINATIONS = 24

/**
 * Phrase candidates composed from `compose` dictionary entries ("bosom" -> "breast", "peril" ->
 * "cancer"): every run of two or more adjacent words that each have such an entry becomes one
 * candidate whose options rewrite at least two of its words. Single parts are never candidates.
 */
export function composePhrases(
  text: string,
  words: readonly Token[],
  parts: readonly Match[],
  optionsOf: (match: Match) => Option[],
  knownOriginals: ReadonlySet<string>,
): SpanOptions[] {
  const byWord = new Map<number, Option[]>()
  for (const part of parts) byWord.set(part.first, [...(byWord.get(part.first) ?? []), ...optionsOf(part)])
  const positions = [...byWord.keys()].sort((a, b) => a - b)
  const spans: SpanOptions[] = []
  let run: number[] = []
  const flush = () => {
    if (run.length >= 2 && run.length <= MAX_RUN) spans.push(composeRun(words, run, byWord, knownOriginals))
    run = []
  }
  for (const i of positions) {
    const previous = run.at(-1)
    if (previous !== undefined && !(i === previous + 1 && continuesPhrase(text, words[previous]!, words[i]!))) flush()
    run.push(i)
  }
  flush()
  return spans.filter((span) => span.options.length > 0)
}

function composeRun(words: readonly Token[], run: readonly number[], byWord: ReadonlyMap<number, Option[]>, knownOriginals: ReadonlySet<string>): SpanOptions {
  // Per word: its best options, or `undefined` for the word kept as written.
  const choices = run.map((i) => [...byWord.get(i)!.sort((a, b) => b.prior - a.prior).slice(0, OPTIONS_PER_WORD), undefined])
  const options: Option[] = []
  for (const combination of combinations(choices)) {
    const changed = combination.filter((o): o is Option => o !== undefined)
    if (changed.length < 2) continue
    const restored = combination.map((o, k) => o?.restored ?? words[run[k]!]!.text).join(' ')
    let odds = RUN_BONUS
    for (const o of changed) odds *= o.prior / (1 - Math.min(o.prior, 0.99))
    if (knownOriginals.has(restored.toLowerCase())) odds *= KNOWN_COMPOUND_BONUS
    const prior = roundConfidence(Math.min(MAX_CONFIDENCE, odds / (1 + odds)))
    options.push({
      restored,
      prior,
      entryId: changed.map((o) => o.entryId).join('+'),
      source: changed[0]!.source,
      conditionMet: changed.every((o) => o.conditionMet),
    })
  }
  options.sort((a, b) => b.prior - a.prior || (a.restored < b.restored ? -1 : a.restored > b.restored ? 1 : 0))
  return { first: run[0]!, last: run.at(-1)!, options: options.slice(0, MAX_COMBINATIONS) }
}

function* combinations<T>(choices: readonly (readonly T[])[], prefix: T[] = []): Generator<T[]> {
  if (prefix.length === choices.length) {
    yield prefix
    return
  }
  for (const choice of choices[prefix.length]!) yield* combinations(choices, [...prefix, choice])
}
