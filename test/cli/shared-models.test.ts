import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createCliRestorer } from '../../src/cli/restorer.js'
import { modelsFromShared, readSharedModels } from '../../src/cli/shared-models.js'
import * as library from '../../src/index.js'

const SETTINGS = { dicts: [], spinnerDbs: [], threshold: undefined }
const GARDEN_SPUN = 'My grandmother kept a tiny garden behind her home. Every spring she planted beans, tomatoes and a few rows of vibrant flowers. The neighbours frequently stopped to admire her work and ask for guidance. She always said that persistence mattered more than costly tools.\n'

describe('models shared with worker threads (issue 16)', () => {
  it('reads both shipped model files into shared memory, byte for byte', () => {
    const shared = readSharedModels()
    expect(shared.languageModel).toBeInstanceOf(SharedArrayBuffer)
    expect(shared.posModel).toBeInstanceOf(SharedArrayBuffer)
    expect(Buffer.from(shared.languageModel!).equals(readFileSync(library.defaultLanguageModelPath()))).toBe(true)
  })

  it('gives a restorer over the shared bytes the same results as one that reads the files', () => {
    const own = createCliRestorer(library, SETTINGS)
    const viewing = createCliRestorer(library, SETTINGS, undefined, modelsFromShared(library, readSharedModels()))
    for (const text of [GARDEN_SPUN, 'Peskov instructed TASS information company on Monday, with out providing details.']) {
      expect(viewing.restore(text)).toEqual(own.restore(text))
    }
  })

  it('leaves the models to the restorer when none were shared', () => {
    expect(modelsFromShared(library, undefined)).toEqual({})
    expect(modelsFromShared(library, {})).toEqual({})
  })
})
