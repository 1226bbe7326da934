/**
 * Node only: find a data file shipped in the package (the language model, the opt-in dictionaries).
 * The code may run from `src/<stage>/` (tests, tsx) or from the bundle in `dist/`, so the package
 * root is found by walking up from this module's folder.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UnspinError } from './errors.js'

// dist/ is one level below the package root, src/<stage>/ two; a little slack for symlinked installs.
const LEVELS_UP = 4

/**
 * Absolute path of `file` (relative to the package root). Throws `UnspinError` with code
 * `E_PACKAGE_FILE` when the file is missing, which means a broken install.
 */
export function packageFilePath(file: string, what: string): string {
  let dir = moduleDir()
  for (let up = 0; up < LEVELS_UP; up++) {
    const candidate = join(dir, file)
    if (existsSync(candidate)) return candidate
    dir = dirname(dir)
  }
  throw new UnspinError('E_PACKAGE_FILE', `unspin: ${what} ${file} not found above ${moduleDir()}; reinstall the package`)
}

// CommonJS bundles define __dirname; ES modules have import.meta.url. Checking __dirname first keeps
// the CJS build working even where the bundler leaves import.meta empty.
function moduleDir(): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url))
}
