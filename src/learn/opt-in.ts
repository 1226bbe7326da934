/**
 * Node only: the opt-in dictionaries shipped in `dictionaries/opt-in/` but not built in, because they
 * cost precision on clean text unless context evidence is strong (DESIGN section 4):
 * - `thesaurus` (scripts/build-thesaurus.ts): spun word -> common words listing it as a synonym, from
 *   Moby and WordNet; about 20,000 spun words, up to 8 originals each, prior 0.15.
 * - `tortured-words` (scripts/import-pps.ts): word pairs the PPS tortured phrases decompose into
 *   (bosom -> breast), to compose tortured phrases nobody listed; priors at most 0.35. On news it
 *   restores nothing more; without the document gate it added about 5 false changes per 1,000 clean
 *   words, and with the gate it still lowers change precision (dictionaries/README.md).
 */
import { readFileSync } from 'node:fs'
import { packageFilePath } from '../package-file.js'
import { invalidArgument } from '../errors.js'
import { parseDictionaryAs, parseDictionaryText } from '../dictionary/parse-dictionary-text.js'
import type { Dictionary } from '../dictionary/types.js'
import { forwardChannelOfEntries } from '../dictionary/read-forward.js'

/** Names of the opt-in dictionaries. */
export const OPT_IN_DICTIONARIES = ['thesaurus', 'tortured-words'] as const
export type OptInDictionaryName = (typeof OPT_IN_DICTIONARIES)[number]

const cache = new Map<OptInDictionaryName, Dictionary>()

/** Absolute path of an opt-in dictionary file. Throws `UnspinError` (`E_PACKAGE_FILE`) when it is missing. */
export function optInDictionaryPath(name: OptInDictionaryName): string {
  return packageFilePath(`dictionaries/opt-in/${name}.tsv`, 'opt-in dictionary')
}

/**
 * An opt-in dictionary, loaded once. Put it first among the layers so the built-ins win on a shared
 * form: `createRestorer({ dictionaries: [optInDictionary('thesaurus'), ...builtinDictionaries()] })`.
 */
export function optInDictionary(name: OptInDictionaryName): Dictionary {
  if (!(OPT_IN_DICTIONARIES as readonly string[]).includes(name)) invalidArgument('name', `one of ${OPT_IN_DICTIONARIES.join(', ')}`, name)
  let dictionary = cache.get(name)
  if (!dictionary) {
    dictionary = parseDictionaryText(readFileSync(optInDictionaryPath(name), 'utf8'), `unspin/dictionaries/opt-in/${name}.tsv`)
    cache.set(name, dictionary)
  }
  return dictionary
}

let forwardThesaurus: Dictionary | undefined

/**
 * The thesaurus fallback, read forward as a spinner's database would be (`forwardChannelOfEntries`): its
 * candidates apply only in a document whose swap rate says a spinner using it was at work, which a
 * thesaurus of the 6,000 commonest words rarely shows (most of its headwords survive in real spun
 * copies), so it adds little but no longer costs clean text. `optInDictionary('thesaurus')` gives it
 * read in reverse only, judged by its low priors.
 */
export function thesaurusDictionary(): Dictionary {
  forwardThesaurus ??= parseDictionaryAs('tsv', readFileSync(optInDictionaryPath('thesaurus'), 'utf8'), 'unspin/dictionaries/opt-in/thesaurus.tsv', 'throw', {
    spinner: (entries) => forwardChannelOfEntries(entries, { fallback: true }),
  })
  return forwardThesaurus
}
