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
        "UnspinError",
        "builtinDictionaries",
        "createLanguageModelFromCounts",
        "createRestorer",
        "defaultLanguageModelPath",
        "detectSpin",
        "formatMarks",
        "loadDefaultLanguageModel",
        "loadDictionary",
        "loadLanguageModel",
        "loadSpinnerThesaurus",
        "parseDictionaryText",
        "readSpinnerThesaurus",
        "restoreText",
        "undoMarks",
      ]
    `)
  })
})
