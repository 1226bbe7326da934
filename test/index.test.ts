import { describe, expect, it } from 'vitest'
import * as unspin from '../src/index.js'

describe('public API', () => {
  it('exposes exactly these runtime exports', () => {
    expect(Object.keys(unspin).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_THRESHOLD",
        "DictionaryError",
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
        "formatMarks",
        "learnFromPairs",
        "learnFromSwaps",
        "loadDefaultLanguageModel",
        "loadDictionary",
        "loadLanguageModel",
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
