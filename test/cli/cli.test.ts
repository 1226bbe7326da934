import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spinScoreOf } from '../../src/cli/score.js'
import { builtinDictionaries, createRestorer, formatMarks, loadDictionary, restoreText } from '../../src/index.js'
import { spunJsonl, writeSpunFolder } from './corpus.js'
import { buildCli, ROOT, runBuilt, type RunResult } from './helpers.js'

// The real bin: built with the project's tsup config (dist/cli.js loading dist/index.js, the pool
// worker in dist/cli-worker.js) and started as a child process. Each start loads the dictionaries,
// so this file keeps to what only the built command can show; run.test.ts covers the rest in-process.
const SPUN = 'Peskov instructed TASS information company on Monday, with out providing details.'
// Expected outputs come from the library (src), which the bin is built from.
const INLINE = formatMarks(restoreText(SPUN), 'inline')
const SLOW = 120_000

let build: ReturnType<typeof buildCli>
let work = ''
const unspin = (args: readonly string[], input?: string): RunResult => runBuilt(build.cli, args, { cwd: work, ...(input === undefined ? {} : { input }) })

beforeAll(() => {
  build = buildCli()
  work = mkdtempSync(join(tmpdir(), 'unspin-cli-'))
  mkdirSync(join(work, 'docs/sub'), { recursive: true })
  writeFileSync(join(work, 'docs/a.txt'), `${SPUN}\n`)
  writeFileSync(join(work, 'docs/sub/b.md'), 'Nothing was spun here.\n')
  writeSpunFolder(join(work, 'many'), 12, 2)
  writeFileSync(join(work, 'many.jsonl'), spunJsonl(20))
  writeFileSync(join(work, 'good.tsv'), '# name: mine\n# version: 1\nMonday\tTuesday\t0.9\n')
}, 240_000)

afterAll(() => {
  build?.cleanup()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the built unspin command', () => {
  it('restores stdin: echo "<spun sentence>" | unspin --format inline', () => {
    expect(unspin(['--format', 'inline'], `${SPUN}\n`)).toEqual({ code: 0, stdout: `${INLINE}\n`, stderr: '' })
  }, SLOW)

  it('is an executable file with a shebang that prints the package version', () => {
    expect(readFileSync(build.cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(statSync(build.cli).mode & 0o111).not.toBe(0)
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(unspin(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  }, SLOW)

  it('--help documents every flag and the exit codes', () => {
    const out = unspin(['--help'])
    expect(out.code).toBe(0)
    for (const flag of ['--format', '--out', '--threshold', '--dict', '--glob', '--detect', '--fail-on-spin', '--jobs', '--input-format', '--help', '--version']) {
      expect(out.stdout).toContain(flag)
    }
    expect(out.stdout).toMatch(/Exit codes\n  0 .*\n  1 .*\n  2 .*/)
  }, SLOW)

  it('writes a folder to --out as HTML pages, mirroring the layout', () => {
    expect(unspin(['-f', 'html', '--out', 'report', 'docs'])).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(join(work, 'report/a.html'), 'utf8').match(/<mark\b/g)).toHaveLength(restoreText(SPUN).marks.length)
    expect(readFileSync(join(work, 'report/sub/b.html'), 'utf8')).toContain('No changes.')
  }, SLOW)

  it('exits 1 with --fail-on-spin when a document scores above the limit', () => {
    const high = spinScoreOf(restoreText(`${SPUN}\n`))
    const out = unspin(['--fail-on-spin', '0.05', 'docs'])
    expect(high).toBeGreaterThan(0.05)
    expect(out.code).toBe(1)
    expect(out.stdout).toBe(`==> docs/a.txt <==\n${INLINE}\n\n==> docs/sub/b.md <==\nNothing was spun here.\n`)
    expect(out.stderr).toBe(`unspin: 1 of 2 documents scored above --fail-on-spin 0.05 (highest ${high.toFixed(3)}: docs/a.txt).\n`)
  }, SLOW)

  it('exits 2 on usage errors and on a bad --dict, naming file:line', () => {
    expect(unspin(['--colour'])).toEqual({ code: 2, stdout: '', stderr: 'unspin: unknown option --colour. Run "unspin --help" for the options.\n' })
    writeFileSync(join(work, 'bad.tsv'), '# name: mine\n# version: 1\nTASS\tthe agency\t0.9\nwith out\twithout\t7\n')
    const out = unspin(['--dict', 'bad.tsv', 'docs'])
    expect(out).toMatchObject({ code: 2, stdout: '' })
    expect(out.stderr).toMatch(/^unspin: bad dictionary: bad\.tsv:4 \(entry "with-out"\): /)
  }, SLOW)

  it('streams JSONL from stdin: the first result comes out before stdin ends', async () => {
    const child = spawn(process.execPath, [build.cli, '--input-format', 'jsonl', '-f', 'jsonl'], { cwd: work })
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)))
    child.stdin.write('{"id":"s1","text":"with out"}\n')
    await new Promise<void>((resolve) => {
      const onData = (chunk: Buffer): void => {
        stdout += String(chunk)
        if (stdout.includes('\n')) {
          child.stdout.off('data', onData)
          resolve()
        }
      }
      child.stdout.on('data', onData)
    })
    expect(JSON.parse(stdout)).toMatchObject({ id: 's1', text: restoreText('with out').text })
    child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)))
    child.stdin.end('{"id":"s2","text":"Supply hyperlink"}\n')
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l).text)).toEqual([restoreText('with out').text, restoreText('Supply hyperlink').text])
  }, SLOW)
})

describe('--jobs with worker threads', () => {
  it.each(['jsonl', 'html'])('gives %s output identical to one job, in input order', (format) => {
    const one = unspin(['-f', format, '--jobs', '1', 'many', 'many.jsonl'])
    const two = unspin(['-f', format, '--jobs', '2', 'many', 'many.jsonl'])
    expect(one.code).toBe(0)
    expect(two).toEqual(one)
    if (format === 'jsonl') {
      const ids = two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)
      expect(ids).toEqual([...Array.from({ length: 12 }, (_, i) => expect.stringMatching(new RegExp(`doc-${String(i).padStart(3, '0')}\\.txt$`))), ...Array.from({ length: 20 }, (_, i) => `d${i + 1}`)])
    }
  }, SLOW)

  it('layers --dict in every worker', () => {
    const out = unspin(['--dict', 'good.tsv', '--jobs', '3', '-f', 'text', 'docs'])
    const expected = createRestorer({ dictionaries: [...builtinDictionaries(), loadDictionary(join(work, 'good.tsv'))] }).restore(`${SPUN}\n`).text
    expect(expected).toContain('Tuesday')
    expect(out.stdout).toBe(`==> docs/a.txt <==\n${expected}\n==> docs/sub/b.md <==\nNothing was spun here.\n`)
  }, SLOW)
})
