/**
 * Unlisted suspects (issue 14, item 6): two-word windows no dictionary lists that look like a tortured
 * phrase ("counterfeit consciousness"), reported for review with the original the word pairs of the
 * listed phrases propose ("artificial intelligence"), never applied.
 *
 * Proposing every window where a word has a PPS word pair flags about 70% of held-out tortured phrases,
 * and 33 windows per 1,000 words of Brown: most such words are ordinary English. So a judge decides, from
 * three things the text and the data say about the window as a whole:
 * - the language model never saw the two words together (an author's own phrase usually was seen);
 * - its words are paper-mill words: for each word, how often the listed phrases use it as a substitute
 *   (`CompoundIndex.replaced`, per phrase entry) against how common it is in English (the language
 *   model's unigram), `ln((replaced + 0.5) / phrase entries) - ln P(word)`, summed over the window;
 * - the proposed original is a more common phrase than the window (half its log-probability gain).
 * Only windows whose score reaches `SUSPECT_SCORE` are reported, and only with a list of paper-mill
 * size behind the word pairs (`MIN_PHRASE_ROWS`): from a few phrase entries every word they replace
 * would look like a paper-mill word.
 */
import type { CompoundIndex, WordOriginal } from '../dictionary/compound-index.js'
import type { ContextModel } from '../decode/context-model.js'
import type { Span, SpanOption } from '../pipeline.js'
import { isFunctionWord } from '../tokenize/function-words.js'
import type { Token } from '../tokenize/tokenize.js'
import { matchCasing } from './casing.js'
import { continuesPhrase } from './find-matches.js'

/** `source` of a suspect: the word pairs of the listed phrase entries, not one dictionary's entry. */
export const SUSPECT_SOURCE = 'word-pairs'
// Tuning, 2026-12-07 (bench/tortured.ts held-out folds, 5 x 400 entries x 3 sentences; Brown press +
// learned, 341k words, for false flags): see CHANGELOG and the bench figures. Lower flags more held-out
// phrases and more Brown windows.
const SUSPECT_SCORE = 7.5
// Weight of the original's phrase log-probability gain over the window's.
const ORIGINAL_GAIN_WEIGHT = 0.5
const SMOOTHING = 0.5
// The built-in lists hold about 7,000 phrase entries (PPS); a user's own few are too few to say which words are paper-mill words.
const MIN_PHRASE_ROWS = 1000
// What a suspect's confidence says, measured on held-out tortured phrases (5 folds x 400 entries, one
// sentence each, 2026-12-07): its first proposal was the expected original's words for 29% of the
// suspects, one of the others for 14% more. A suspect is a pointer for a reader, not a change.
const FIRST_CONFIDENCE = 0.3
const OTHER_CONFIDENCE = 0.1
const MAX_OPTIONS = 3
const LETTERS = /^\p{L}+$/u
const NONE: readonly WordOriginal[] = []
// Unigram log-probabilities per model, kept across documents (a restorer's model lives as long as it
// does); capped so that a stream of distinct words cannot grow it forever.
const MAX_CACHED_WORDS = 100_000
const UNIGRAMS = new WeakMap<ContextModel, Map<string, number>>()

function unigramsOf(model: ContextModel): Map<string, number> {
  let cache = UNIGRAMS.get(model)
  if (!cache) UNIGRAMS.set(model, (cache = new Map()))
  return cache
}

/**
 * The suspects among a document's `words` where the restorer can judge them (with a language model and
 * the compound index of the listed phrases), else none: the one call the whole-text and the windowed
 * restore make.
 */
export function suspectsOf(text: string, words: readonly Token[], stages: { readonly context: ContextModel | undefined; readonly index: { readonly compounds: CompoundIndex | undefined } }, taken: readonly Span[]): Span[] {
  const { context } = stages
  const compounds = context && stages.index.compounds
  return context && compounds ? suspectPhrases(text, words, compounds, context, taken) : []
}

/**
 * The suspects among `words`: windows of two adjacent content words, in one phrase, overlapping no
 * span in `taken`, that the judge above lets through; at most one per word, best score first.
 */
export function suspectPhrases(text: string, words: readonly Token[], index: CompoundIndex, model: ContextModel, taken: readonly Span[]): Span[] {
  if (index.phraseRows < MIN_PHRASE_ROWS) return []
  const busy = new Uint8Array(words.length)
  for (const span of taken) for (let i = span.first; i <= span.last && i < words.length; i++) busy[i] = 1
  const unigram = unigramsOf(model)
  const logProb = (word: string): number => {
    let p = unigram.get(word)
    if (p === undefined) {
      p = model.phraseLogProb([model.wordOf(word)])
      if (unigram.size < MAX_CACHED_WORDS) unigram.set(word, p)
    }
    return p
  }
  const paperMillWord = (word: string): number => {
    const replaced = index.replaced.get(word)
    return replaced === undefined ? 0 : Math.log((replaced + SMOOTHING) / index.phraseRows) - logProb(word)
  }
  const found: { first: number; score: number; options: SpanOption[] }[] = []
  // One lookup per word, carried to the next window: most words have no pair and most windows end here.
  let next = pairsOf(index, words[0])
  for (let i = 0; i + 1 < words.length; i++) {
    const originalsA = next
    const originalsB = (next = pairsOf(index, words[i + 1]))
    if (originalsA === NONE && originalsB === NONE) continue
    const a = words[i]!
    const b = words[i + 1]!
    if (busy[i] || busy[i + 1] || !usable(a) || !usable(b) || !continuesPhrase(text, a, b)) continue
    if (model.bigramSeen(model.wordOf(a.norm), model.wordOf(b.norm))) continue
    const base = paperMillWord(a.norm) + paperMillWord(b.norm)
    const spunLogProb = model.phraseLogProb([model.wordOf(a.norm), model.wordOf(b.norm)])
    const spun = text.slice(a.start, b.end)
    const scored: { restored: string; score: number }[] = []
    for (const first of [a.norm, ...originalsA.map((o) => o.word)]) {
      for (const second of [b.norm, ...originalsB.map((o) => o.word)]) {
        // No original phrase is likelier than its first word: a bound that spares most phrase scores.
        if ((first === a.norm && second === b.norm) || base + ORIGINAL_GAIN_WEIGHT * (logProb(first) - spunLogProb) < SUSPECT_SCORE) continue
        const gain = model.phraseLogProb([model.wordOf(first), model.wordOf(second)]) - spunLogProb
        const score = base + ORIGINAL_GAIN_WEIGHT * gain
        if (score >= SUSPECT_SCORE) scored.push({ restored: `${first} ${second}`, score })
      }
    }
    if (scored.length === 0) continue
    scored.sort((x, y) => y.score - x.score || (x.restored < y.restored ? -1 : x.restored > y.restored ? 1 : 0))
    const entryId = `unlisted-${a.norm}-${b.norm}`
    const options = scored.slice(0, MAX_OPTIONS).map((s, k): SpanOption => ({ restored: matchCasing(spun, s.restored), prior: k === 0 ? FIRST_CONFIDENCE : OTHER_CONFIDENCE, entryId, source: SUSPECT_SOURCE }))
    found.push({ first: i, score: scored[0]!.score, options })
  }
  // Overlapping windows ("bosom malignant growth"): the best scored first, then input order.
  found.sort((x, y) => y.score - x.score || x.first - y.first)
  const spans: Span[] = []
  for (const { first, options } of found) {
    if (busy[first] || busy[first + 1]) continue
    busy[first] = busy[first + 1] = 1
    const start = words[first]!.start
    const end = words[first + 1]!.end
    spans.push({ first, last: first + 1, start, end, found: text.slice(start, end), options })
  }
  return spans.sort((x, y) => x.first - y.first)
}

function pairsOf(index: CompoundIndex, word: Token | undefined): readonly WordOriginal[] {
  return word?.editable ? index.wordOriginals.get(word.norm) ?? NONE : NONE
}

function usable(word: Token): boolean {
  return word.editable && LETTERS.test(word.norm) && !isFunctionWord(word.norm)
}
