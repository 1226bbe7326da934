import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DictionaryError } from '../../src/index.js'

/** Run `call` and return the `DictionaryError` it throws; anything else fails the test. */
export function errorOf(call: () => unknown): DictionaryError {
  try {
    call()
  } catch (error) {
    if (!(error instanceof DictionaryError)) throw new Error(`expected a DictionaryError, got ${String(error)}`)
    return error
  }
  throw new Error('expected a DictionaryError')
}

/** A temporary folder and a function writing `text` to a named file in it (returns the path). */
export function scratchFiles(prefix: string): (name: string, text: string) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return (name, text) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
}
