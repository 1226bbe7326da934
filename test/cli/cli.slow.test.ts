import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spinScoreOf } from '../../src/cli/score.js'
import { builtinDictionaries, createRestorer, formatMarks, loadDictionary, loadSpinnerThesaurus, restoreText } from '../../src/index.js'
import { spunJsonl, writeSpunFolder } from './corpus.js'
import { buildCli, ROOT, runBuilt, type RunResult } from './helpers.js'

// The real bin: built with the project's tsup config (dist/cli.js loading dist/index.js, the pool
// worker in dist/cli-worker.js) and started as a child process. Each start loads the dictionaries,
// so this file keeps to what only the built command can show; run.slow.test.ts covers the rest in-process.
const SPUN = 'Peskov instructed TASS information company on Monday, with out providing details.'
// Expected outputs come from the library (src), which the bin is built from.
const INLINE = formatMarks(restoreText(SPUN), 'inline')
const SLOW = 120_000
// An original and a spun copy of it, both written for this test (the swaps made by hand).
const GARDEN = 'My grandmother kept a small garden behind her house. Every spring she planted beans, tomatoes and a few rows of bright flowers. The neighbours often stopped to admire her work and ask for advice. She always said that patience mattered more than expensive tools.\n'
const GARDEN_SPUN = 'My grandmother kept a tiny garden behind her home. Every spring she planted beans, tomatoes and a few rows of vibrant flowers. The neighbours frequently stopped to admire her work and ask for guidance. She always said that persistence mattered more than costly tools.\n'

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
  // A spinner database, HTML pages and a spun copy written for these tests.
  writeFileSync(join(work, 'farm.txt'), 'small|tiny|little\nbright|vibrant\n{advice|guidance}\n')
  writeFileSync(join(work, 'farm2.txt'), 'often|frequently\n')
  mkdirSync(join(work, 'pages'), { recursive: true })
  for (let i = 0; i < 6; i++) {
    writeFileSync(join(work, `pages/p${i}.html`), `<p title="with out">Page ${i}: she kept a tiny garden, with out a fence.</p>\n<code>with out</code>\n`)
    writeFileSync(join(work, `pages/p${i}.md`), `Note ${i}: neighbours frequently asked for guidance, with out fail. \`with out\`\n`)
  }
  writeFileSync(join(work, 'garden.txt'), GARDEN)
  writeFileSync(join(work, 'garden-spun.txt'), GARDEN_SPUN)
  writeFileSync(join(work, 'garden.jsonl'), `${JSON.stringify({ id: 'garden', text: GARDEN_SPUN })}\n`)
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

  it('unspin learn on an original and its spun copy writes entries that, loaded back, restore the spun copy', () => {
    const learned = unspin(['learn', 'garden.txt', 'garden-spun.txt', '--out', 'garden.json'])
    expect(learned).toMatchObject({ code: 0, stdout: '' })
    expect(learned.stderr).toMatch(/^unspin: learned [1-9]\d* entries from 1 pair \(\d+ swaps\); 0 regions rejected\. Priors set to 0\.8\. Written to garden\.json\.\n$/)
    const { entries } = JSON.parse(readFileSync(join(work, 'garden.json'), 'utf8')) as { entries: { spun: string; original: string }[] }
    expect(entries.map((e) => `${e.spun} -> ${e.original}`)).toEqual(expect.arrayContaining(['tiny -> small', 'vibrant -> bright', 'persistence -> patience']))
    // Loaded back in-process (run.slow.test.ts runs the same round trip through runCli and --dict).
    const restorer = createRestorer({ dictionaries: [...builtinDictionaries(), loadDictionary(join(work, 'garden.json'))] })
    expect(restorer.restore(GARDEN_SPUN).text).toBe(GARDEN)
  }, SLOW)

  it('exits 1 with --fail-on-spin when a document scores above the limit', () => {
    const high = spinScoreOf(restoreText(`${SPUN}\n`))
    const out = unspin(['--fail-on-spin', '0.05', 'docs'])
    expect(high).toBeGreaterThan(0.05)
    expect(out.code).toBe(1)
    expect(out.stdout).toBe(`==> docs/a.txt <==\n${INLINE}\n\n==> docs/sub/b.md <==\nNothing was spun here.\n`)
    expect(out.stderr).toBe(`unspin: 1 of 2 documents scored above --fail-on-spin 0.05 (highest ${high.toFixed(3)}: docs/a.txt).\n`)
  }, SLOW)

  it('exits 2 on usage errors', () => {
    // A bad --dict (also exit 2) is checked in-process in run.slow.test.ts; a bad --spinner-db with worker threads below.
    expect(unspin(['--colour'])).toEqual({ code: 2, stdout: '', stderr: 'unspin: unknown option --colour. Run "unspin --help" for the options.\n' })
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

  it('gives the same JSONL as one job for a batch of many chunks, each thread holding more than one', () => {
    // 250 short documents on stdin (size unknown, so both threads run): chunks of 32, two sent ahead to
    // each thread, so results come back out of order and must be put back in input order.
    const input = spunJsonl(250, 1)
    const one = unspin(['-f', 'jsonl', '--jobs', '1', '--input-format', 'jsonl'], input)
    const two = unspin(['-f', 'jsonl', '--jobs', '2', '--input-format', 'jsonl'], input)
    expect(one.code).toBe(0)
    expect(two).toEqual(one)
    expect(two.stdout.trimEnd().split('\n')).toHaveLength(250)
  }, SLOW)

  it('loads --spinner-db in every worker and passes --markup to them', () => {
    // With a JSONL file in the batch its size is not known up front, so the threads are not capped by it.
    const args = ['--spinner-db', 'farm.txt', '--spinner-db', 'farm2.txt', '-f', 'jsonl', 'pages', '-g', '*.{html,md}', 'garden.jsonl']
    // Checked against the library in-process (a --jobs 1 run would only repeat what the jsonl case above shows).
    const two = unspin([...args, '--jobs', '2'])
    const restorer = createRestorer({
      dictionaries: [...builtinDictionaries(), loadSpinnerThesaurus(join(work, 'farm.txt'), { name: 'spinner-db' }), loadSpinnerThesaurus(join(work, 'farm2.txt'), { name: 'spinner-db-2' })],
    })
    // The layers' warnings (a database entry shadowing a built-in one), once, not once per thread.
    expect(two).toMatchObject({ code: 0, stderr: restorer.warnings.map((w) => `unspin: warning: ${w.message}\n`).join('') })
    const docs = two.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; marks: { source: string }[] })
    const pages = docs.slice(0, 12).map((d) => restorer.restore(readFileSync(join(work, d.id), 'utf8'), { inputFormat: d.id.endsWith('.html') ? 'html' : 'markdown' }))
    // JSONL records are plain text under --markup auto.
    const record = restorer.restore(GARDEN_SPUN, { inputFormat: 'text' })
    expect(docs.map((d) => d.text)).toEqual([...pages.map((r) => r.text), record.text])
    const expected = [...pages, record]
    expect(docs).toHaveLength(13)
    expect(new Set(expected.flatMap((r) => r.marks.map((m) => m.source)))).toEqual(new Set(['news-swaps', 'spinner-db', 'spinner-db-2']))
    for (const doc of docs.slice(0, 12)) expect(doc.text).toContain(doc.id.endsWith('.html') ? '<p title="with out">' : '`with out`')
  }, SLOW)

  it('checks --spinner-db in the main thread before any output', () => {
    writeFileSync(join(work, 'broken-farm.txt'), 'small|tiny\n\n{advice|guidance\n')
    const out = unspin(['--spinner-db', 'broken-farm.txt', '--jobs', '2', 'pages', '-g', '*.md'])
    expect(out).toMatchObject({ code: 2, stdout: '' })
    expect(out.stderr).toMatch(/^unspin: bad spinner database: broken-farm\.txt:3(:\d+)?: /)
  }, SLOW)

  it('layers --dict in every worker', () => {
    // JSONL on stdin: its size is not known up front, so the threads are not capped by it.
    const input = ['d1', 'd2', 'd3', 'd4'].map((id, i) => JSON.stringify({ id, text: i % 2 === 0 ? `${SPUN}\n` : 'Nothing was spun here.\n' })).join('\n')
    const out = unspin(['--dict', 'good.tsv', '--jobs', '3', '--input-format', 'jsonl', '-f', 'jsonl'], input)
    const expected = createRestorer({ dictionaries: [...builtinDictionaries(), loadDictionary(join(work, 'good.tsv'))] }).restore(`${SPUN}\n`).text
    expect(expected).toContain('Tuesday')
    expect(out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).text)).toEqual([expected, 'Nothing was spun here.\n', expected, 'Nothing was spun here.\n'])
  }, SLOW)
})
