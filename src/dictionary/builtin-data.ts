/**
 * The built-in dictionaries' generated data (`npm run build:dict`), behind a function. The Node build
 * (tsup.config.ts) replaces this module with one that reads the same data from dist/builtin-data.txt
 * on first call: as string literals in the bundle, 2.8 MB of data cost every import of the package
 * about 60 ms to load and compile, before any restorer was asked for. The browser build keeps it here.
 */
import { BUILTIN_COMPOUND_INDEX, BUILTIN_DICTIONARY_JSON, BUILTIN_MATCH_INDEX } from './builtin-data.generated.js'

export interface BuiltinData {
  /** Each dictionary as canonical JSON text, and its phrases' tokens (see analyze-phrases.ts). */
  readonly dictionaries: ReadonlyArray<{ readonly name: string; readonly json: string; readonly analysis: string }>
  /** Their compound index, as `encodeCompoundIndex` writes it. */
  readonly compounds: string
  /** Their match index, as `encodePrebuiltIndex` writes it. */
  readonly matchIndex: string
}

const DATA: BuiltinData = { dictionaries: BUILTIN_DICTIONARY_JSON, compounds: BUILTIN_COMPOUND_INDEX, matchIndex: BUILTIN_MATCH_INDEX }

export function builtinData(): BuiltinData {
  return DATA
}
