import { describe, expect, it } from 'vitest'
import * as unspin from '../src/index.js'

describe('public API', () => {
  it('exposes exactly these runtime exports', () => {
    expect(Object.keys(unspin).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_THRESHOLD",
        "DictionaryError",
        "INPUT_FORMATS",
        "MARK_FORMATS",
        "NO_WORD",
        "OPT_IN_DICTIONARIES",
        "UnspinError",
        "builtinDictionaries",
        "createLanguageModelFromCounts",
        "createRestorer",
        "decomposePhrasePairs",
        "defaultLanguageModelPath",
        "detectSpin",
        "extractSwaps",
        "findNonProseRanges",
        "formatMarks",
        "learnFromPairs",
        "learnFromSwaps",
        "loadDefaultLanguageModel",
        "loadDefaultPosModel",
        "loadDictionary",
        "loadLanguageModel",
        "loadPosModel",
        "loadSpinnerThesaurus",
        "optInDictionary",
        "parseDictionaryText",
        "readSpinnerThesaurus",
        "restoreText",
        "thesaurusDictionary",
        "undoMarks",
      ]
    `)
  })
})
