/** The --dict and --spinner-db files loaded and checked in the main thread, before any output or thread. */

import type { Dictionary } from '../index.js'
import { CliError, describeOptionFileError } from './errors.js'
import { loadLibrary } from './library.js'
import { loadSpinnerDb } from './restorer.js'

// Load each --dict file now so a bad one stops the run before any output, naming file:line.
export async function loadUserDictionaries(paths: readonly string[]): Promise<Dictionary[]> {
  if (paths.length === 0) return []
  const { DictionaryError, loadDictionary } = await loadLibrary()
  return paths.map((path) => {
    try {
      return loadDictionary(path)
    } catch (error) {
      if (!(error instanceof DictionaryError)) throw error
      if (error.line === undefined && error.cause !== undefined) throw new CliError(describeOptionFileError('--dict', path, error.cause))
      const what = error.entryId !== undefined ? 'that entry' : error.line !== undefined ? 'that line' : 'the file'
      throw new CliError(`bad dictionary: ${error.message}\nFix ${what}, or run without --dict ${path}.`)
    }
  })
}

// Load each --spinner-db file now (workers load their own copies later), so a bad one stops the run
// before any output, naming file:line.
export async function loadSpinnerDbs(paths: readonly string[], warn: (message: string) => void): Promise<Dictionary[]> {
  if (paths.length === 0) return []
  const library = await loadLibrary()
  const dictionaries = paths.map((path, i) => {
    try {
      return loadSpinnerDb(library, path, i)
    } catch (error) {
      if (error instanceof library.DictionaryError) {
        throw new CliError(`bad spinner database: ${error.message}\nFix that line, or run without --spinner-db ${path}.`)
      }
      if ((error as NodeJS.ErrnoException | undefined)?.code !== undefined) throw new CliError(describeOptionFileError('--spinner-db', path, error))
      throw error
    }
  })
  dictionaries.forEach((dictionary, i) => {
    if (dictionary.entries.length === 0) warn(`warning: --spinner-db ${paths[i]} has no synonym sets (lines like "word|synonym|synonym"); it changes nothing.`)
  })
  return dictionaries
}
