/** Read the package version at run time, from the package.json above this module. */

import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The `version` of the nearest package.json named "unspin" above `moduleUrl` (dist/cli.js and
 * src/cli/version.ts both find the package root). `"unknown"` when there is none.
 */
export function readVersion(moduleUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(moduleUrl))
  for (let depth = 0; depth < 6; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown }
      if (pkg.name === 'unspin' && typeof pkg.version === 'string') return pkg.version
    } catch {
      // no package.json here, or not readable: keep looking upwards
    }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return 'unknown'
}
