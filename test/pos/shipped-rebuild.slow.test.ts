import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { packageFilePath } from '../../src/package-file.js'
import { DEFAULT_POS_MODEL_FILE, loadDefaultPosModel } from '../../src/pos/index.js'
import { brownTrainingFiles } from '../../scripts/lm/corpora.js'
import { brownSentences } from '../../scripts/pos/brown-tags.js'
import { trainPosModel } from '../../scripts/pos/train.js'
import { serializePosModel } from '../../scripts/pos/write-model.js'

// Slow tier: retraining the POS model on the Brown corpus takes seconds (shipped.test.ts checks the
// shipped model itself in `npm test`).
describe('the shipped POS model', () => {
  const path = packageFilePath(DEFAULT_POS_MODEL_FILE, 'POS model')

  it('is what scripts/build-pos.ts builds from the installed corpus (same bytes)', () => {
    // The script's own steps, without its meta line (which names the package version): compare the model tables.
    const shipped = readFileSync(path)
    const meta = loadDefaultPosModel().info.meta
    const rebuilt = serializePosModel(trainPosModel((function* () {
      for (const { tagged } of brownTrainingFiles()) yield* brownSentences(tagged)
    })(), { meta: { source: meta.source, heldOut: meta.heldOut, tagging: meta.tagging } }))
    expect(Buffer.from(rebuilt).equals(shipped)).toBe(true)
  })
})
