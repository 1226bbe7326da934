/**
 * Node only: find and load the POS model shipped in the package (`models/pos-en.bin`), once. Browser
 * code fetches the file itself and calls `loadPosModel(bytes)`.
 */
import { readFileSync } from 'node:fs'
import { packageFilePath } from '../package-file.js'
import { loadPosModel, type PosModel } from './read-model.js'

/** Path of the shipped POS model relative to the package root. */
export const DEFAULT_POS_MODEL_FILE = 'models/pos-en.bin'

let cached: PosModel | undefined

/** Load the shipped POS model once (later calls return the same instance). Node only. */
export function loadDefaultPosModel(): PosModel {
  cached ??= loadPosModel(readFileSync(packageFilePath(DEFAULT_POS_MODEL_FILE, 'POS model')))
  return cached
}
