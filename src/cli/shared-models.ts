/**
 * The shipped model files read once by the main thread into shared memory, for the worker threads of
 * `--jobs N` and `unspin serve`: each thread builds its models as views over the same bytes instead of
 * reading (and holding) its own copy of the files (issue 16).
 */

import { openSync, closeSync, fstatSync, readSync } from 'node:fs'
import { defaultLanguageModelPath } from '../lm/default-model.js'
import { DEFAULT_POS_MODEL_FILE } from '../pos/default-model.js'
import { packageFilePath } from '../package-file.js'
import type { LanguageModel, PosModel } from '../index.js'
import type { Library } from './library.js'

/** Model bytes in shared memory; plain data, so it crosses to worker threads in `workerData` without a copy. */
export interface SharedModels {
  readonly languageModel?: SharedArrayBuffer
  readonly posModel?: SharedArrayBuffer
}

/** The models a worker passes to `createRestorer`, built over the shared bytes. */
export interface ModelOptions {
  readonly languageModel?: LanguageModel
  readonly posModel?: PosModel
}

/**
 * Read the shipped models into shared memory. A file that cannot be read is left out: each thread
 * then loads its models the default way, which reports the problem as the restorer's warning.
 */
export function readSharedModels(): SharedModels {
  const languageModel = readShared(() => defaultLanguageModelPath())
  const posModel = readShared(() => packageFilePath(DEFAULT_POS_MODEL_FILE, 'POS model'))
  return { ...(languageModel ? { languageModel } : {}), ...(posModel ? { posModel } : {}) }
}

/** In a worker thread: the models over the bytes the main thread shared (none when it shared none). */
export function modelsFromShared(library: Pick<Library, 'loadLanguageModel' | 'loadPosModel'>, shared: SharedModels | undefined): ModelOptions {
  return {
    ...(shared?.languageModel ? { languageModel: library.loadLanguageModel(new Uint8Array(shared.languageModel)) } : {}),
    ...(shared?.posModel ? { posModel: library.loadPosModel(new Uint8Array(shared.posModel)) } : {}),
  }
}

function readShared(path: () => string): SharedArrayBuffer | undefined {
  let fd: number | undefined
  try {
    fd = openSync(path(), 'r')
    const size = fstatSync(fd).size
    const shared = new SharedArrayBuffer(size)
    const bytes = new Uint8Array(shared)
    for (let at = 0; at < size; ) {
      const read = readSync(fd, bytes, at, size - at, at)
      if (read === 0) return undefined
      at += read
    }
    return shared
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
