import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import config from '../vitest.config.js'

// Issue 15: `npm test` runs the fast tier and `npm run test:slow` the slow one. A test file that
// neither tier picks up would never run, so every test file must be in exactly one of them.

const ROOT = resolve(import.meta.dirname, '..')
// Installed packages, build output and the CLI tests' private builds (test/artifacts).
const NOT_SOURCE = new Set(['node_modules', '.git', 'dist', 'artifacts'])

/** Paths, relative to the project and with `/`, of the files under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    if (NOT_SOURCE.has(entry.name)) return []
    const path = dir === '' ? entry.name : `${dir}/${entry.name}`
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

/** A glob as these configs write them: `**\/` any folders, `*` and `?` within a name, `{a,b}` alternatives. */
function globRegExp(glob: string): RegExp {
  const source = glob.replace(/\*\*\/|\*|\?|\{([^}]*)\}|[.+^$()|[\]\\]/g, (token, alternatives: string | undefined) => {
    if (token === '**/') return '(?:.*/)?'
    if (token === '*') return '[^/]*'
    if (token === '?') return '[^/]'
    if (alternatives !== undefined) return `(?:${alternatives.split(',').map((a) => a.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('|')})`
    return `\\${token}`
  })
  return new RegExp(`^${source}$`)
}

interface Tier {
  readonly name: string
  readonly include: readonly RegExp[]
  readonly exclude: readonly RegExp[]
}

const tiers: Tier[] = (config.test!.projects as { test: { name: string; include: string[]; exclude?: string[] } }[]).map(({ test }) => ({
  name: test.name,
  include: test.include.map(globRegExp),
  exclude: (test.exclude ?? []).map(globRegExp),
}))
const tiersOf = (file: string): string[] => tiers.filter((t) => t.include.some((r) => r.test(file)) && !t.exclude.some((r) => r.test(file))).map((t) => t.name)

// Anything a test runner would take for a test file, wherever it is.
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$/
const testFiles = filesUnder('').filter((f) => TEST_FILE.test(f))

describe('test tiers', () => {
  it('are the fast and the slow tier', () => {
    expect(tiers.map((t) => t.name)).toEqual(['fast', 'slow'])
  })

  it('reads globs as vitest does', () => {
    const glob = globRegExp('test/**/*.slow.test.ts')
    expect(['test/a.slow.test.ts', 'test/cli/deep/b.slow.test.ts'].every((f) => glob.test(f))).toBe(true)
    expect(['test/a.test.ts', 'test/a.slow.test.tsx', 'src/a.slow.test.ts', 'test/aslow.test.ts'].some((f) => glob.test(f))).toBe(false)
    expect(globRegExp('**/{a,b}.ts').test('x/b.ts')).toBe(true)
  })

  it('put every test file in exactly one tier', () => {
    expect(testFiles.length).toBeGreaterThan(50)
    const misplaced = testFiles.map((file) => ({ file, tiers: tiersOf(file) })).filter((f) => f.tiers.length !== 1)
    // A file listed here never runs (no tier) or runs twice (both): name it `test/**/*.test.ts` for
    // the fast tier or `test/**/*.slow.test.ts` for the slow one.
    expect(misplaced).toEqual([])
  })

  it('each hold tests', () => {
    for (const tier of tiers) expect(testFiles.filter((f) => tiersOf(f)[0] === tier.name).length, tier.name).toBeGreaterThan(5)
  })
})
