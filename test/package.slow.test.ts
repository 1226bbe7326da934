import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Build, pack and install the package into an empty project, then use it the way users do:
// require() from CommonJS and import from ESM, and the retext plugin and textlint rule as the docs show.
const root = resolve(import.meta.dirname, '..')
const input = 'Peskov instructed TASS information company on Monday, with out providing details.'
const expected = 'Peskov told TASS news agency on Monday, without providing details.'
let project = ''
let installLog = ''

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'unspin-pack-'))
  // `npm pack` builds dist/ first (the `prepack` script).
  execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: root, stdio: 'pipe' })
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  // Scripts allowed, as users install: npm must have nothing to warn about (issue 18: `prepare`).
  // retext and textlint (devDependencies here, so in the npm cache) for the docs/integrations.md examples.
  const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', `./${tarball}`, 'retext', 'textlint'], { cwd: project, encoding: 'utf8' })
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stderr}`)
  installLog = `${install.stdout}\n${install.stderr}`
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

  it('installs without running or flagging a script: no install-time lifecycle script is published', () => {
    const scripts = JSON.parse(readFileSync(join(project, 'node_modules/unspin/package.json'), 'utf8')).scripts ?? {}
    expect(Object.keys(scripts).filter((name) => /^(pre|post)?install$|^prepare$/.test(name))).toEqual([])
    expect(installLog).not.toMatch(/prepare|install-scripts|npm warn/i)
  })
})

describe('unspin/retext and unspin/textlint from the packed package', () => {
  it('load with require() and import, and textlint finds the rule by its .textlintrc name', () => {
    const probe = `console.log(JSON.stringify([typeof retext, Object.keys(textlint).sort(), require.resolve(require('node:path').resolve('node_modules/unspin/textlint')).endsWith('textlint.cjs')]))`
    expect(JSON.parse(execFileSync('node', ['-e', `const retext = require('unspin/retext').default; const textlint = require('unspin/textlint').default; ${probe}`], { cwd: project, encoding: 'utf8' }))).toEqual(['function', ['fixer', 'linter'], true])
    expect(JSON.parse(execFileSync('node', ['--input-type=module', '-e', `import { createRequire } from 'node:module'; import retext from 'unspin/retext'; import textlint from 'unspin/textlint'; const require = createRequire(process.cwd() + '/'); ${probe}`], { cwd: project, encoding: 'utf8' }))).toEqual(['function', ['fixer', 'linter'], true])
  })

  // Each ```js block followed by "prints" and a ```text block is run; its output must be that block.
  const doc = readFileSync(join(root, 'docs/integrations.md'), 'utf8')
  const examples = [...doc.matchAll(/```js\n([\s\S]*?)```\n\nprints\n\n```text\n([\s\S]*?)```/g)]

  it('finds the retext and the textlint example in docs/integrations.md', () => {
    expect(examples.map((example) => /from '(unspin\/\w+|textlint)'/.exec(example[1]!)?.[1])).toEqual(['unspin/retext', 'textlint'])
  })

  for (const [i, example] of examples.entries()) {
    it(`runs example ${i + 1} of docs/integrations.md and prints what the doc says`, () => {
      const file = join(project, `integrations-example-${i + 1}.mjs`)
      writeFileSync(file, example[1]!)
      expect(execFileSync('node', [file], { cwd: project, encoding: 'utf8' })).toBe(example[2])
    })
  }
})
