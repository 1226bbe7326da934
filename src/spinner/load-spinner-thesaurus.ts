import { DictionaryError, invalidArgument } from '../errors.js'
import { spunKey } from '../dictionary/entry-id.js'
import type { Dictionary, DictionaryEntryInput, DictionaryInput, SpinnerChannel, SpinnerEmission } from '../dictionary/types.js'
import { validateDictionary } from '../dictionary/validate-dictionary.js'
import { scanSpinnerSets, type ParseSetsOptions } from './parse-sets.js'
import type { SpinnerParseStats } from './parse-stats.js'
import { readDatabaseFile } from './read-pieces.js'
import { reverseChannel } from './reverse-channel.js'
import { SynonymIndex } from './synonym-index.js'
import { channelParameters, checkSpinnerOptions, type SpinnerThesaurusOptions } from './options.js'
import { DEFAULT_MAX_WORDS } from './weights.js'

export type { SpinnerThesaurusOptions }

/** A loaded spinner database: the dictionary, and what reading it found. */
export interface SpinnerThesaurus {
  readonly dictionary: Dictionary
  /** Lines, sets and skipped members; `entries` kept and spun forms left out below `minConfidence`. */
  readonly stats: SpinnerParseStats & { readonly entries: number; readonly belowMinConfidence: number }
}

/**
 * Load a spinner's synonym database (`word|syn1|syn2` lines, or spintax `{word|syn1|syn2}`) as a
 * dictionary layer read in reverse: each spun form lists the originals a spinner could have swapped
 * for it, best first. `pathOrText` is a file path, or the database text itself when it contains a
 * line break, `|` or `{`; the empty string is neither (a `TypeError`, code `E_ARGUMENT`). Throws
 * `DictionaryError` (file and line) for unbalanced braces, and for a database in which no line holds
 * two members (another format: tab- or comma-separated); members the dictionary format cannot hold
 * are skipped and counted in `description`. A database of blank and comment lines only loads empty.
 */
export function loadSpinnerThesaurus(pathOrText: string, options?: Readonly<SpinnerThesaurusOptions> | null): Dictionary {
  return readSpinnerThesaurus(pathOrText, options).dictionary
}

/** `loadSpinnerThesaurus` with the counts of what was read and skipped. */
export function readSpinnerThesaurus(pathOrText: string, options?: Readonly<SpinnerThesaurusOptions> | null): SpinnerThesaurus {
  // '' would be taken for a path and fail as a missing file named '': say what is expected instead.
  if (typeof pathOrText !== 'string' || pathOrText === '') invalidArgument('pathOrText', 'a non-empty string: the database text or a file path', pathOrText)
  const o = checkSpinnerOptions(options)
  const isText = /[\n|{]/.test(pathOrText)
  const file = isText ? o.file : pathOrText
  const scanOptions = { file, maxWords: o.maxWords ?? DEFAULT_MAX_WORDS }
  const { sets, stats } = isText
    ? indexSets(pathOrText, pathOrText.length, scanOptions)
    : readDatabaseFile(pathOrText, (pieces, bytes) => indexSets(pieces, bytes, scanOptions))
  if (stats.sets === 0 && stats.firstSingleMemberLine !== undefined) {
    // Not one line made a set: most likely another format (a tab- or comma-separated thesaurus), which
    // would load as an empty database and silently change nothing.
    throw new DictionaryError('no synonym sets: no line has two members. Expected "word|synonym|synonym" lines or spintax "{word|synonym}"; a tab- or comma-separated file must be converted first', { file, line: stats.firstSingleMemberLine })
  }
  const { entries, lines, belowMinimum, emissions } = reverseChannel(sets, channelParameters(o))
  const input: DictionaryInput = {
    version: 1,
    name: o.name ?? 'spinner-db',
    source: file === undefined ? 'spinner synonym database (text)' : `spinner synonym database ${file}`,
    description: describeLoad(stats, entries.length, belowMinimum),
    entries,
  }
  // Members were cleaned to the validator's rules above, so 'skip' only guards against a rule we missed.
  const dictionary = validateDictionary(input, { file, entryLines: lines, onInvalidEntry: 'skip', spinner: () => forwardChannel(sets, entries, emissions) })
  return { dictionary, stats: { ...stats, entries: dictionary.entries.length, belowMinConfidence: belowMinimum } }
}

/** The database read forward: its headwords, and each kept spun form's emission from its originals. */
function forwardChannel(sets: SynonymIndex, entries: readonly DictionaryEntryInput[], emissions: readonly SpinnerEmission[]): SpinnerChannel {
  const headwords = new Set<string>()
  let maxHeadwordWords = 1
  const { ids, lineStart } = sets.flat()
  for (let line = 0; line + 1 < lineStart.length; line++) {
    const key = spunKey(sets.forms.text(ids[lineStart[line]!]!))
    headwords.add(key)
    maxHeadwordWords = Math.max(maxHeadwordWords, key.split(' ').length)
  }
  const byForm = new Map<string, SpinnerEmission>()
  entries.forEach((entry, i) => byForm.set(spunKey(entry.spun), emissions[i]!))
  return { headwords, maxHeadwordWords, emissions: byForm }
}

/** The synonym sets of the database, in text of about `length` characters. */
function indexSets(text: string | Iterable<string>, length: number, options: ParseSetsOptions): { sets: SynonymIndex; stats: SpinnerParseStats } {
  // About a member for every 8 characters (8.8 in the Moby-based test database).
  const sets = new SynonymIndex(length >> 3)
  return { sets, stats: scanSpinnerSets(text, options, sets) }
}

function describeLoad(stats: SpinnerParseStats, entries: number, belowMinimum: number): string {
  const skipped = Object.entries(stats.skipped).filter(([, n]) => n > 0).map(([reason, n]) => `${n} ${reason}`)
  const left = belowMinimum > 0 ? ` (${belowMinimum} more below minConfidence left out)` : ''
  return `Spinner synonym database read in reverse: ${stats.lines} lines, ${stats.sets} synonym sets, ${entries} spun forms${left}${
    skipped.length > 0 ? `; skipped: ${skipped.join(', ')}` : ''
  }.`
}
