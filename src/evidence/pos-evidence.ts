/**
 * POS evidence: a thesaurus swap ignores part of speech, so spun text breaks syntax in ways a tag
 * model sees even where the word-level language model has no data: "in observe" puts a base verb
 * where a noun belongs, "in practice" does not. For each option of a span, the tag-sequence
 * log-probability of a small window with the option's words in place, minus the same with the
 * span as written (src/pos/window-score.ts), is added to the option's channel score.
 */
import type { PosWindowScorer } from '../pos/window-score.js'
import type { Token } from '../tokenize/tokenize.js'
import type { EvidenceSource } from './evidence.js'
import { contextWindow } from '../tokenize/context-window.js'
import { splitHyphens } from '../tokenize/split-words.js'

/**
 * Log-odds per nat of tag-window score. Tuning, 2026-11-28, news-dev A-classic leave-one-pair-out
 * (ERR / change precision / region recall / false changes per 1,000 words of the originals; Brown
 * press + learned false changes): without 0.289 / 0.903 / 0.257 / 0.97; Brown 0.
 * Best-path scores as in window-score.ts: 0.25 gave 0.293 / 0.907 / 0.262 / 0.97, Brown 0;
 * 0.5 gave 0.300 / 0.912 / 0.268 / 0.97, Brown 0; 0.75 gave 0.301 / 0.908 / 0.270 / 1.07, Brown 21
 * (one text's document gate opened); 1 gave 0.302 / 0.909 / 0.271 / 1.07, Brown 21.
 * The HMM's own P(tag | word) / P(tag) summed over sequences did worse at every weight (0.5: 0.296 /
 * 0.910 / 1.46; 1: 0.297 / 0.910 / 1.36; 2: 0.303 / 0.913 / 1.36, Brown 21). Most added false
 * changes are not POS-scored themselves: a few more confident swaps open the document gate
 * (src/document/spin-score.ts) of an original, and its weak swaps follow.
 */
export const POS_EVIDENCE_WEIGHT = 0.5

// Words of context on each side of the span: a tag trigram sees two words back.
const CONTEXT_WORDS = 2

/**
 * The POS evidence for the options of the span at tokens `[first, last]`: a function from an
 * option's words (lowercase, as `lmWords` gives them) to the log-odds to add (0 for an option of
 * another length). The window as written is scored once, on the first option that needs it.
 */
export function posEvidenceFor(scorer: PosWindowScorer, words: readonly Token[], first: number, last: number): (optionWords: readonly string[]) => number {
  const { start, end, atStart, atEnd } = contextWindow(words, first, last, CONTEXT_WORDS)
  const spanLength = last - first + 1
  const window = (middle: readonly string[] | undefined): number => {
    scorer.begin(atStart)
    for (let i = start; i < first; i++) scorer.push(words[i]!.norm)
    if (middle === undefined) for (let i = first; i <= last; i++) scorer.push(words[i]!.norm)
    else for (const word of middle) scorer.push(word)
    for (let i = last + 1; i <= end; i++) scorer.push(words[i]!.norm)
    return scorer.logProb(atEnd)
  }
  let asWritten: number | undefined
  return (optionWords) => {
    const middle = optionWords.some((w) => w.includes('-')) ? optionWords.flatMap(splitHyphens) : optionWords
    // Only options with as many words as the span are judged: a window's score is a product over its
    // words, so a longer run of function words ("in the present day") and one word ("today") differ by
    // their length as much as by their fit. Tuning (weight 1): one word for one word only gave ERR
    // 0.301 / precision 0.908 / 1.07 false changes per 1,000, Brown 21; same length 0.302 / 0.909 /
    // 1.07, Brown 21; every option 0.308 / 0.902 / 1.26, Brown 62.
    if (middle.length !== spanLength) return 0
    asWritten ??= window(undefined)
    const shift = window(middle) - asWritten
    // -Infinity: a window no reading fits (both sides, or the written one); no evidence either way.
    return Number.isFinite(shift) ? POS_EVIDENCE_WEIGHT * shift : 0
  }
}

/** The source: the tag-window score of each option against the span as written, weighted (`posEvidenceFor`). */
export const posEvidence: EvidenceSource<'posEvidence'> = {
  stage: 'posEvidence',
  needsPos: true,
  forDocument({ words, pos }) {
    if (!pos) return undefined
    return ({ first, last }) => posEvidenceFor(pos, words, first, last)
  },
}
