import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as browser from '../../src/browser.js'
import { restoreText } from '../../src/index.js'
import { packageFilePath } from '../../src/package-file.js'

// The browser entry's API, run in Node: what it does without a file system. Its import graph and a
// real page in Chromium are checked in test/browser/entry.slow.test.ts.
const SPUN = 'Peskov instructed TASS information company on Monday, with out providing details.'
const lmBytes = readFileSync(packageFilePath('models/lm-en.bin', 'language model'))
const posBytes = readFileSync(packageFilePath('models/pos-en.bin', 'POS model'))

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return (error as { code?: string }).code
  }
  return undefined
}

describe('browser entry', () => {
  it('refuses to create a restorer without its models unless they are switched off', () => {
    expect(codeOf(() => browser.createRestorer())).toBe('E_MODEL_REQUIRED')
    expect(() => browser.restoreText(SPUN)).toThrow(/needs its language model: pass `languageModel`/)
    expect(codeOf(() => browser.detectSpin(SPUN))).toBe('E_MODEL_REQUIRED')
    const languageModel = browser.loadLanguageModel(lmBytes)
    expect(() => browser.createRestorer({ languageModel })).toThrow(/needs its POS model: pass `posModel`/)
    // Switched off on purpose: restores by priors alone, as Node does with the same options.
    const byPrior = browser.createRestorer({ languageModel: null }).restore(SPUN)
    expect(byPrior).toEqual(restoreText(SPUN, { languageModel: null }))
    expect(browser.createRestorer({ languageModel, posModel: null }).restore(SPUN)).toEqual(restoreText(SPUN, { posModel: null }))
  })

  it('restores exactly what Node gives once loadModels has read the bytes', async () => {
    const models = await browser.loadModels({ languageModel: lmBytes, posModel: posBytes.buffer.slice(posBytes.byteOffset, posBytes.byteOffset + posBytes.length) })
    const result = browser.createRestorer({ ...models }).restore(SPUN)
    expect(result).toEqual(restoreText(SPUN))
    expect(result.warnings).toEqual([])
    expect(result.text).not.toBe(SPUN)
    expect(browser.restoreText(SPUN, models)).toEqual(result)
  })

  it('fetches both model files from a folder URL, with or without its last slash', async () => {
    const fetched: string[] = []
    const fetch = async (url: URL) => {
      fetched.push(url.href)
      return new Response(url.pathname.endsWith('lm-en.bin') ? lmBytes : posBytes)
    }
    const models = await browser.loadModels('https://example.test/app/models', { fetch })
    expect(fetched.sort()).toEqual(['https://example.test/app/models/lm-en.bin', 'https://example.test/app/models/pos-en.bin'])
    expect(browser.createRestorer(models).restore(SPUN).text).toBe(restoreText(SPUN).text)
  })

  it('says which model could not be fetched, and why', async () => {
    const notFound = async () => new Response('missing', { status: 404 })
    await expect(browser.loadModels('https://example.test/models/', { fetch: notFound })).rejects.toMatchObject({
      code: 'E_MODEL_FETCH',
      message: expect.stringMatching(/languageModel from https:\/\/example\.test\/models\/lm-en\.bin: HTTP 404/),
    })
    const offline = async () => {
      throw new TypeError('Failed to fetch')
    }
    await expect(browser.loadModels({ languageModel: lmBytes, posModel: 'https://example.test/pos.bin' }, { fetch: offline })).rejects.toMatchObject({
      code: 'E_MODEL_FETCH',
      message: expect.stringMatching(/posModel from https:\/\/example\.test\/pos\.bin: Failed to fetch/),
    })
    await expect(browser.loadModels({ languageModel: posBytes, posModel: posBytes })).rejects.toMatchObject({ code: 'E_LANGUAGE_MODEL' })
  })

  it('rejects bad arguments with a typed error', async () => {
    await expect(browser.loadModels(42 as never)).rejects.toMatchObject({ code: 'E_ARGUMENT' })
    await expect(browser.loadModels({ languageModel: 7, posModel: posBytes } as never)).rejects.toMatchObject({ code: 'E_ARGUMENT' })
    // A relative URL needs a page (or worker) to resolve against; Node has none.
    await expect(browser.loadModels('models/')).rejects.toMatchObject({ code: 'E_ARGUMENT', message: expect.stringMatching(/`source` to be an absolute URL/) })
  })

  it('says a dictionary file path cannot be read, and takes parsed dictionaries', () => {
    const error = (() => {
      try {
        browser.createRestorer({ languageModel: null, dictionaries: ['my.tsv'] })
      } catch (e) {
        return e as TypeError & { code: string }
      }
    })()
    expect(error).toBeInstanceOf(TypeError)
    expect(error?.code).toBe('E_ARGUMENT')
    expect(error?.message).toMatch(/"my\.tsv".*parseDictionaryText/)
    const dictionary = browser.parseDictionaryText('# version: 1\n# name: mine\nspun\toriginal\nwith out\twithout\n', 'mine.tsv')
    expect(browser.createRestorer({ languageModel: null, dictionaries: [dictionary] }).restore('Go with out me.').text).toBe('Go without me.')
  })
})
