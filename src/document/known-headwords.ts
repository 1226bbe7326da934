import type { SpinnerChannel } from '../dictionary/types.js'
import type { Token } from '../tokenize/tokenize.js'

/** Counts the tokens of a document that head a line of the loaded spinner databases: the words their spinner knows. */
export interface HeadwordCounter {
  count(words: readonly Token[]): number
  /**
   * Count from word `from` up to (not including) `to`; a headword starting before `to` may run on
   * past it, into the words after. `next` is where the count would go on: `to`, or past a headword
   * that ran on (a window of a long text hands it to the next window).
   */
  countRange(words: readonly Token[], from: number, to: number): { readonly count: number; readonly next: number }
}

/** A counter over the headwords of every channel given; longest headword first at each word, each token counted once. */
export function createHeadwordCounter(channels: readonly SpinnerChannel[]): HeadwordCounter {
  const headwords = new Set<string>()
  // Every leading part of a multi-word headword: where a window's key is not one, no longer window can match.
  const prefixes = new Set<string>()
  let maxWords = 1
  for (const channel of channels) {
    maxWords = Math.max(maxWords, channel.maxHeadwordWords)
    for (const key of channel.headwords) {
      headwords.add(key)
      const parts = key.split(' ')
      for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '))
    }
  }
  const countRange = (words: readonly Token[], from: number, to: number) => {
    let count = 0
    let i = from
    for (; i < to; i++) {
      if (!words[i]!.editable) continue
      let key = words[i]!.norm
      let longest = headwords.has(key) ? 1 : 0
      for (let n = 2; n <= maxWords && i + n - 1 < words.length && prefixes.has(key); n++) {
        const next = words[i + n - 1]!
        if (!next.editable) break
        key = `${key} ${next.norm}`
        if (headwords.has(key)) longest = n
      }
      if (longest > 0) {
        count++
        i += longest - 1
      }
    }
    return { count, next: i }
  }
  return { count: (words) => countRange(words, 0, words.length).count, countRange }
}
