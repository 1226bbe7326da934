import type { RestoreWarning } from '../types.js'

/** Dictionary data: the JSON file format users write, and the validated form the restorer indexes. */

/** Part-of-speech restriction for an entry (universal POS tags, as wink-nlp produces them). */
export type EntryPos = 'NOUN' | 'VERB' | 'ADJ' | 'ADV' | 'ADP' | 'PROPN' | 'NUM' | 'PRON' | 'DET' | 'AUX' | 'CCONJ' | 'SCONJ' | 'PART' | 'INTJ'

/** A worked example: `spun` must restore to `restored` with this entry loaded. */
export interface EntryExample {
  readonly spun: string
  readonly restored: string
}

/** One entry as written in a JSON dictionary file (`entries[i]`). */
export interface DictionaryEntryInput {
  /** Stable kebab-case id (optional; derived from `spun` when absent). */
  readonly id?: string
  /** The spun form to look for: a word or phrase, matched case-insensitively and by lemma. */
  readonly spun: string
  /** The original(s) it replaced, most likely first. */
  readonly original: string | readonly string[]
  /**
   * How likely this form is a swap when it appears, in `[0, 1]` (optional; default: the dictionary's
   * `defaultPrior`, else 0.6). Until context scoring exists this is the candidate's confidence.
   */
  readonly prior?: number
  /** Only match tokens with this part of speech (optional; single-word entries only). */
  readonly pos?: EntryPos
  /**
   * A PPS-style query the document must satisfy for the entry to apply (optional), e.g.
   * `"bosom" AND "breast"`, `"backward probability" NOT "Markov"`, `"a b"~5`.
   */
  readonly when?: string
  /** Sentences that restore as shown with this entry (run as tests). */
  readonly examples?: readonly EntryExample[]
  /** Sentences that must stay unchanged with this entry (run as tests). */
  readonly counterExamples?: readonly string[]
  /** Free-text provenance or remark. */
  readonly note?: string
}

/** A dictionary file (JSON). */
export interface DictionaryInput {
  readonly $schema?: string
  /** Format version; only `1` exists. */
  readonly version: 1
  /** Unique dictionary name, used in marks (`source`) and in `disable`. */
  readonly name: string
  /** Language of the text the dictionary applies to; only `en` is supported. */
  readonly language?: 'en'
  readonly description?: string
  /** Where the data comes from. */
  readonly source?: string
  /** Licence of the data. */
  readonly license?: string
  /** Prior for entries that give none (optional; default 0.6). */
  readonly defaultPrior?: number
  /**
   * Entries are parts of phrases, not swaps on their own (optional; default false): a single match
   * is never a candidate, but runs of two or more adjacent matches are composed into phrase
   * candidates ("bosom" + "peril" -> "breast cancer"). For word pairs that are ordinary English alone.
   */
  readonly compose?: boolean
  /**
   * Entries are swaps observed in (original, spun) pairs (`learnFromPairs`, the shipped news tables):
   * an approximation of a spinner's database. Read forward, they give each document a swap rate, its
   * verdict: a document whose rate is low is judged clean and keeps its weak candidates back.
   */
  readonly learned?: boolean
  readonly entries: readonly DictionaryEntryInput[]
}

/** A validated, normalized entry. */
export interface DictionaryEntry {
  readonly id: string
  /** Spun form, NFC-normalized and trimmed, casing as written. */
  readonly spun: string
  /** Originals, most likely first, NFC-normalized and trimmed. */
  readonly originals: readonly string[]
  readonly prior: number
  readonly pos: EntryPos | undefined
  readonly when: string | undefined
  readonly examples: readonly EntryExample[]
  readonly counterExamples: readonly string[]
  readonly note: string | undefined
  /** 1-based line in the file the entry was read from, when known. */
  readonly line: number | undefined
}

/** A validated dictionary, ready to be layered into a restorer. */
export interface Dictionary {
  readonly name: string
  readonly version: 1
  /** File it was read from, when it came from a file. */
  readonly file: string | undefined
  readonly description: string | undefined
  readonly source: string | undefined
  readonly license: string | undefined
  /** Entries only count inside composed phrases (see `DictionaryInput.compose`). */
  readonly compose: boolean
  readonly entries: readonly DictionaryEntry[]
  /** Problems met while loading that did not stop it (entries skipped with `onInvalidEntry: 'skip'`). */
  readonly warnings: readonly RestoreWarning[]
  /** The spinner's forward channel, for a dictionary read from a spinner's synonym database (`loadSpinnerThesaurus`). */
  readonly spinner?: SpinnerChannel
}

/**
 * How a spinner whose synonym database was loaded writes spun text, read forward: it knows its
 * headwords, and swaps one it meets for a synonym from the headword's line. The restorer estimates
 * from each document how often the spinner swapped (the swap rate) and judges the database's
 * candidates with it: in a spun copy few known headwords survive, in clean text all of them do.
 */
export interface SpinnerChannel {
  /** Keys (lowercase, words joined by one space) of the line headwords: the words the spinner knows. */
  readonly headwords: ReadonlySet<string>
  /** Words in the longest headword. */
  readonly maxHeadwordWords: number
  /** By spun form (`spunKey`): P(spun form | original) for each of the entry's originals, in order, and whether the spun form is a headword itself. */
  readonly emissions: ReadonlyMap<string, SpinnerEmission>
  /**
   * Read only for the document's swap rate (its verdict), while the entries are decoded by their priors
   * as other dictionaries are: for tables mined from spun copies, which approximate a spinner's database.
   */
  readonly verdictOnly?: boolean
  /**
   * A thesaurus read forward as if a spinner had used it (the opt-in thesaurus): its swap rate is
   * estimated on its own, gates only its own options, and never decides the document's verdict.
   */
  readonly fallback?: boolean
}

/** The forward channel of one spun form. */
export interface SpinnerEmission {
  /** P(spun form | original), aligned with the entry's `originals`. */
  readonly emission: readonly number[]
  /** The spun form heads a line too: as written it would have been swapped at the document's rate. */
  readonly spunIsHeadword: boolean
}
