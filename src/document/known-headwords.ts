import type { SpinnerChannel } from '../dictionary/types.js'
import type { Token } from '../tokenize/tokenize.js'

/** Counts the tokens of a document that head a line of the loaded spinner databases: the words their spinner knows. */
export interface HeadwordCounter {
  count(words: readonly Token[]): number
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
  return {
    count(words) {
      let count = 0
      for (let i = 0; i < words.length; i++) {
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
      return count
    },
  }
}
