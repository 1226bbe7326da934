import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Build, pack and install the package into an empty project, then use it the way users do:
// require() from CommonJS and import from ESM.
const root = resolve(import.meta.dirname, '..')
const input = 'Peskov instructed TASS information company on Monday, with out providing details.'
const expected = 'Peskov told TASS news agency on Monday, without providing details.'
let project = ''

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'unspin-pack-'))
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe' })
  execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: root, stdio: 'pipe' })
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`], { cwd: project, stdio: 'pipe' })
}, 240_000)

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true })
})

function run(args: string[]): { text: string; slices: boolean } {
  return JSON.parse(execFileSync('node', args, { cwd: project, encoding: 'utf8' }))
}

const check = `const r = restoreText(${JSON.stringify(input)});
console.log(JSON.stringify({ text: r.text, slices: r.marks.length === 3 && r.marks.every((m) => ${JSON.stringify(input)}.slice(m.start, m.end) === m.found) }))`

describe('the packed package', () => {
  it('works with require()', () => {
    expect(run(['-e', `const { restoreText } = require('unspin');\n${check}`])).toEqual({ text: expected, slices: true })
  })

  it('works with import', () => {
    expect(run(['--input-type=module', '-e', `import { restoreText } from 'unspin';\n${check}`])).toEqual({ text: expected, slices: true })
  })
})
