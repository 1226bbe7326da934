/** The restorer the CLI uses: built-in dictionaries, then each `--dict` file, at `--threshold`. */

import type { Dictionary, Restorer } from '../index.js'
import type { Library } from './library.js'

/** What a worker needs to build its restorer; plain data so it can be sent as `workerData`. */
export interface RestorerSettings {
  /** Dictionary files layered after the built-ins, in order. */
  readonly dicts: readonly string[]
  readonly threshold: number | undefined
}

/** Create the CLI's restorer; `loaded` reuses dictionaries already loaded from `settings.dicts`. */
export function createCliRestorer(library: Pick<Library, 'createRestorer' | 'builtinDictionaries'>, settings: RestorerSettings, loaded?: readonly Dictionary[]): Restorer {
  return library.createRestorer({
    dictionaries: [...library.builtinDictionaries(), ...(loaded ?? settings.dicts)],
    ...(settings.threshold === undefined ? {} : { threshold: settings.threshold }),
  })
}
