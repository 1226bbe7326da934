import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/args.js'
import { parseJsonlLine } from '../../src/cli/documents.js'
import { createGlobFilter, globToRegExp } from '../../src/cli/glob.js'
import { mapOrdered } from '../../src/cli/ordered.js'
import { createProgress } from '../../src/cli/progress.js'
import { spinScoreOf } from '../../src/cli/score.js'
import { readVersion } from '../../src/cli/version.js'
import { restoreText } from '../../src/index.js'

describe('globToRegExp', () => {
  it.each<[string, string, boolean]>([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'deep/er/a.txt', true],
    ['*.txt', 'a.txt.bak', false],
    ['*.{md,txt}', 'x/y.md', true],
    ['sub/*.md', 'sub/b.md', true],
    ['sub/*.md', 'sub/deeper/b.md', false],
    ['sub/**/*.md', 'sub/b.md', true],
    ['sub/**/*.md', 'sub/x/y/b.md', true],
    ['sub/**', 'sub/x/b.md', true],
    ['**/doc-00?.txt', 'g/doc-007.txt', true],
    ['**/doc-00?.txt', 'g/doc-0071.txt', false],
    ['doc-[0-4]*.txt', 'doc-3.txt', true],
    ['doc-[!0-4]*.txt', 'doc-7.txt', true],
    ['doc-[!0-4]*.txt', 'doc-3.txt', false],
    ['./sub/*.md', 'sub/b.md', true],
    ['a+b(1).txt', 'a+b(1).txt', true],
    ['\\*.txt', '*.txt', true],
    ['\\*.txt', 'x.txt', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected)
  })

  it('an empty filter takes every path; several patterns are alternatives', () => {
    expect(createGlobFilter([])('anything')).toBe(true)
    const filter = createGlobFilter(['*.md', '*.txt'])
    expect(['a.md', 'b.txt', 'c.json'].filter(filter)).toEqual(['a.md', 'b.txt'])
    expect(filter('win\\path\\c.md')).toBe(true)
  })
})

describe('spinScoreOf', () => {
  it('is the library\'s document score, 0 for a result without one', () => {
    expect(spinScoreOf({ text: '', marks: [], skipped: [], warnings: [] })).toBe(0)
    const restored = restoreText('Peskov instructed TASS information company on Monday, with out providing details.')
    expect(spinScoreOf(restored)).toBe(restored.spin!.score)
    expect(spinScoreOf(restored)).toBeGreaterThan(0)
  })
})

describe('mapOrdered', () => {
  it('keeps source order while results finish out of order, with at most `window` in flight', async () => {
    let inFlight = 0
    let most = 0
    async function* numbers(): AsyncGenerator<number> {
      for (let i = 0; i < 20; i++) yield i
    }
    const out: number[] = []
    for await (const n of mapOrdered(numbers(), async (i) => {
      most = Math.max(most, ++inFlight)
      await new Promise((resolve) => setTimeout(resolve, (i * 7) % 5))
      inFlight--
      return i * 10
    }, 4)) out.push(n)
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 10))
    expect(most).toBeLessThanOrEqual(4)
  })

  it('rethrows a failure in its turn', async () => {
    async function* three(): AsyncGenerator<number> {
      yield* [1, 2, 3]
    }
    const seen: number[] = []
    await expect(async () => {
      for await (const n of mapOrdered(three(), async (i) => (i === 2 ? Promise.reject(new Error('boom')) : i), 3)) seen.push(n)
    }).rejects.toThrow('boom')
    expect(seen).toEqual([1])
  })
})

describe('parseCliArgs', () => {
  it('has defaults and collects repeated flags in order', () => {
    expect(parseCliArgs([])).toEqual({
      inputs: [], format: 'inline', out: undefined, threshold: undefined, dicts: [], globs: [], detect: false, failOnSpin: undefined, jobs: 1, inputFormat: 'auto', help: false, version: false,
    })
    expect(parseCliArgs(['-d', 'a.json', '--dict=b.tsv', '-j', '4', 'x', '-t', '0.7', 'y'])).toMatchObject({ dicts: ['a.json', 'b.tsv'], jobs: 4, threshold: 0.7, inputs: ['x', 'y'] })
    expect(parseCliArgs(['--jobs', 'auto']).jobs).toBeGreaterThanOrEqual(1)
    expect(parseCliArgs(['--', '--not-a-flag']).inputs).toEqual(['--not-a-flag'])
  })
})

describe('parseJsonlLine', () => {
  it('takes id and text, the line number when id is missing', () => {
    expect(parseJsonlLine('{"id":"a","text":"t","extra":1}', 'f:1', 1)).toEqual({ name: 'a', id: 'a', text: 't' })
    expect(parseJsonlLine('{"text":""}', 'f:9', 9)).toEqual({ name: '9', id: 9, text: '' })
  })
})

describe('createProgress', () => {
  it('draws on the stream only when enabled, and clears its line', () => {
    const stream = new PassThrough()
    let written = ''
    stream.on('data', (chunk: Buffer) => (written += String(chunk)))
    const off = createProgress(stream, false, 3)
    off.tick()
    off.done()
    const on = createProgress(stream, true, 2)
    on.tick()
    on.tick()
    on.done()
    stream.end()
    expect(written).toBe('\r\u001b[Kunspin [############............] 1/2 documents\r\u001b[Kunspin [########################] 2/2 documents\r\u001b[K')
  })
})

describe('readVersion', () => {
  it('finds the package version above the module, "unknown" elsewhere', () => {
    expect(readVersion()).toMatch(/^\d+\.\d+\.\d+/)
    expect(readVersion('file:///nowhere/at/all.js')).toBe('unknown')
  })
})
