/**
 * The restorer the CLI uses: built-in dictionaries, then each `--spinner-db` database, then each
 * `--dict` file (so the user's own entries win), at `--threshold`.
 */

import { readFileSync } from 'node:fs'
import type { Dictionary, Restorer } from '../index.js'
import type { Library } from './library.js'
import { decodeUtf8 } from '../decode-utf8.js'
import type { ModelOptions } from './shared-models.js'

/** What a worker needs to build its restorer; plain data so it can be sent as `workerData`. */
export interface RestorerSettings {
  /** Dictionary files layered last, in order. */
  readonly dicts: readonly string[]
  /** Spinner synonym databases layered after the built-ins, in order. */
  readonly spinnerDbs: readonly string[]
  readonly threshold: number | undefined
}

/** Dictionaries already loaded (and so checked) from `RestorerSettings`, to reuse in this thread. */
export interface LoadedLayers {
  readonly spinnerDbs: readonly Dictionary[]
  readonly dicts: readonly Dictionary[]
}

/**
 * Create the CLI's restorer. `loaded` reuses the layers the main thread has loaded and checked;
 * without it (a worker thread) they are loaded from the paths in `settings`. `models` are the shipped
 * models over bytes the main thread shared (shared-models.ts); without them they are read from the files.
 */
export function createCliRestorer(library: Pick<Library, 'createRestorer' | 'builtinDictionaries' | 'loadSpinnerThesaurus'>, settings: RestorerSettings, loaded?: LoadedLayers, models: ModelOptions = {}): Restorer {
  const spinnerDbs = loaded?.spinnerDbs ?? settings.spinnerDbs.map((path, i) => loadSpinnerDb(library, path, i))
  return library.createRestorer({
    dictionaries: [...library.builtinDictionaries(), ...spinnerDbs, ...(loaded?.dicts ?? settings.dicts)],
    ...(settings.threshold === undefined ? {} : { threshold: settings.threshold }),
    ...models,
  })
}

/** Name of the `index`-th (0-based) spinner database: `spinner-db`, then `spinner-db-2`, `spinner-db-3`, ... */
export function spinnerDbName(index: number): string {
  return index === 0 ? 'spinner-db' : `spinner-db-${index + 1}`
}

/**
 * Load the `index`-th `--spinner-db` file. The file is read here and its text passed on, so a path
 * with `|` or `{` in it is never taken for database text. Throws the file-system error (or the
 * decoding error of a file that is not UTF-8), or `DictionaryError` naming `file:line` for bad content.
 */
export function loadSpinnerDb(library: Pick<Library, 'loadSpinnerThesaurus'>, path: string, index: number): Dictionary {
  const text = decodeUtf8(readFileSync(path))
  // loadSpinnerThesaurus takes a string without "\n", "|" or "{" for a path: a trailing newline
  // (a blank line, which it skips) keeps a one-line file without separators read as text.
  return library.loadSpinnerThesaurus(/[\n|{]/.test(text) ? text : `${text}\n`, { name: spinnerDbName(index), file: path })
}
