import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { staleReason } from '../../scripts/build-if-stale.js'

// `npm run demo` builds only when dist/ is missing or older than its sources (issue 18).
let root = ''
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

function project(): string {
  root = mkdtempSync(join(tmpdir(), 'unspin-stale-'))
  mkdirSync(join(root, 'src/cli'), { recursive: true })
  writeFileSync(join(root, 'src/cli/main.ts'), '')
  writeFileSync(join(root, 'package.json'), '{}')
  return root
}

function touch(path: string, seconds: number): void {
  writeFileSync(path, '')
  utimesSync(path, seconds, seconds)
}

describe('staleReason', () => {
  it('asks for a build when an output is missing', () => {
    const dir = project()
    mkdirSync(join(dir, 'dist'))
    touch(join(dir, 'dist/index.js'), 2_000_000_000)
    expect(staleReason(dir, ['src', 'package.json'], ['dist/index.js', 'dist/cli.js'])).toBe('dist/cli.js is missing')
  })

  it('asks for none when every output is newer than every input, and one when a nested source changes', () => {
    const dir = project()
    utimesSync(join(dir, 'src/cli/main.ts'), 1_000_000_000, 1_000_000_000)
    utimesSync(join(dir, 'src/cli'), 1_000_000_000, 1_000_000_000)
    utimesSync(join(dir, 'src'), 1_000_000_000, 1_000_000_000)
    utimesSync(join(dir, 'package.json'), 1_000_000_000, 1_000_000_000)
    mkdirSync(join(dir, 'dist'))
    touch(join(dir, 'dist/index.js'), 1_500_000_000)
    touch(join(dir, 'dist/cli.js'), 1_500_000_000)
    expect(staleReason(dir, ['src', 'package.json', 'tsup.config.ts'], ['dist/index.js', 'dist/cli.js'])).toBeUndefined()
    utimesSync(join(dir, 'src/cli/main.ts'), 1_600_000_000, 1_600_000_000)
    expect(staleReason(dir, ['src', 'package.json'], ['dist/index.js', 'dist/cli.js'])).toBe('src changed since the last build')
  })
})
