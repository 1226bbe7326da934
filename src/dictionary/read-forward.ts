import { isFunctionWord } from '../tokenize/function-words.js'
import { spunKey } from './entry-id.js'
import type { DictionaryEntry, SpinnerChannel, SpinnerEmission } from './types.js'

/**
 * A reverse dictionary (spun form -> originals) read forward, as if a spinner had used it: every
 * original is a headword, and a headword is swapped for any of the spun forms that list it with equal
 * probability (a reverse list says nothing of which one a spinner prefers). Used for the opt-in
 * thesaurus, so that its candidates are judged by the swap rate a document shows (`SpinnerChannel`).
 */
export function forwardChannelOfEntries(entries: readonly DictionaryEntry[], options: { readonly verdictOnly?: boolean; readonly fallback?: boolean; readonly headword?: (key: string) => boolean } = {}): SpinnerChannel {
  const listedBy = new Map<string, number>()
  for (const entry of entries) {
    for (const original of entry.originals) {
      const key = spunKey(original)
      if (options.headword && !options.headword(key)) continue
      listedBy.set(key, (listedBy.get(key) ?? 0) + 1)
    }
  }
  let maxHeadwordWords = 1
  for (const key of listedBy.keys()) maxHeadwordWords = Math.max(maxHeadwordWords, key.split(' ').length)
  const emissions = new Map<string, SpinnerEmission>()
  for (const entry of entries) {
    const key = spunKey(entry.spun)
    const emission = entry.originals.map((o) => 1 / (listedBy.get(spunKey(o)) ?? Infinity))
    if (emission.some((e) => e > 0)) emissions.set(key, { emission: emission.map((e) => Math.max(e, 1e-6)), spunIsHeadword: listedBy.has(key) })
  }
  return { headwords: new Set(listedBy.keys()), maxHeadwordWords, emissions, ...(options.verdictOnly ? { verdictOnly: true } : {}), ...(options.fallback ? { fallback: true } : {}) }
}

/**
 * How a channel's options are read: a spinner database's decoded forward at the document's swap rate, a
 * learned table's read forward for that rate only (`verdictOnly`), a fallback thesaurus's forward at a
 * rate of its own. The one reading of the channel flags that decoding, the rate and the gates share.
 */
export function channelKind(channel: SpinnerChannel): 'database' | 'learned' | 'fallback' {
  return channel.verdictOnly ? 'learned' : channel.fallback ? 'fallback' : 'database'
}

/** A spinner database's channel (not a learned table's, not a fallback thesaurus's); false for none. */
export function isDatabaseChannel(channel: SpinnerChannel | undefined): boolean {
  return channel !== undefined && channelKind(channel) === 'database'
}

/**
 * The channel of a `learned` dictionary: read for the swap rate only (`verdictOnly`), over the
 * headwords that are not function words alone ("of the" is in every text, swapped or not).
 */
export function learnedChannel(entries: readonly DictionaryEntry[]): SpinnerChannel {
  return forwardChannelOfEntries(entries, { verdictOnly: true, headword: (key) => !key.split(' ').every(isFunctionWord) })
}
