import { spunKey } from '../../src/dictionary/entry-id.js'
import type { Dictionary, DictionaryEntry, DictionaryInput, DictionaryEntryInput } from '../../src/dictionary/types.js'

/**
 * A dictionary as JSON in the file format, with a fixed key order, entries sorted by spun form and
 * defaults left out: the same dictionary always gives the same text.
 */
export function toCanonicalJson(dictionary: Dictionary): string {
  const output: DictionaryInput = {
    version: 1,
    name: dictionary.name,
    language: 'en',
    ...(dictionary.description === undefined ? {} : { description: dictionary.description }),
    ...(dictionary.source === undefined ? {} : { source: dictionary.source }),
    ...(dictionary.license === undefined ? {} : { license: dictionary.license }),
    ...(dictionary.compose ? { compose: true } : {}),
    // A learned dictionary is read forward for the swap rate (validateDictionary builds the channel).
    ...(dictionary.spinner?.verdictOnly ? { learned: true } : {}),
    entries: [...dictionary.entries].sort(compareEntries).map(toEntryInput),
  }
  return JSON.stringify(output)
}

function toEntryInput(entry: DictionaryEntry): DictionaryEntryInput {
  return {
    id: entry.id,
    spun: entry.spun,
    original: entry.originals.length === 1 ? entry.originals[0]! : entry.originals,
    prior: entry.prior,
    ...(entry.pos === undefined ? {} : { pos: entry.pos }),
    ...(entry.when === undefined ? {} : { when: entry.when }),
    ...(entry.examples.length === 0 ? {} : { examples: entry.examples }),
    ...(entry.counterExamples.length === 0 ? {} : { counterExamples: entry.counterExamples }),
    ...(entry.note === undefined ? {} : { note: entry.note }),
  }
}

function compareEntries(a: DictionaryEntry, b: DictionaryEntry): number {
  const ka = spunKey(a.spun)
  const kb = spunKey(b.spun)
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
