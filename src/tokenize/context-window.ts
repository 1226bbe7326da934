import type { Token } from './tokenize.js'

/** Words `[start, end]` around a span, within its sentence, and whether they reach its ends. */
export interface ContextWindow {
  readonly start: number
  readonly end: number
  /** The window starts its sentence (the words before it are not context). */
  readonly atStart: boolean
  /** The window ends its sentence. */
  readonly atEnd: boolean
}

/** The span `[first, last]` widened by up to `contextWords` words on each side, without leaving its sentence. */
export function contextWindow(words: readonly Token[], first: number, last: number, contextWords: number): ContextWindow {
  const sentence = words[first]!.sentence
  let start = first
  let end = last
  for (let k = 0; k < contextWords && start > 0 && words[start - 1]!.sentence === sentence; k++) start--
  for (let k = 0; k < contextWords && end + 1 < words.length && words[end + 1]!.sentence === sentence; k++) end++
  return {
    start,
    end,
    atStart: start === 0 || words[start - 1]!.sentence !== sentence,
    atEnd: end === words.length - 1 || words[end + 1]!.sentence !== sentence,
  }
}
