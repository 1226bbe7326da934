import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/args.js'
import { CliError } from '../../src/cli/errors.js'
import { markupOf } from '../../src/cli/inputs.js'
import { DEFAULT_LEARN_PRIOR, parseLearnArgs, parsePairLine } from '../../src/cli/learn.js'
import { spinnerDbName } from '../../src/cli/restorer.js'
import { batchSize, BYTES_PER_THREAD, planThreads } from '../../src/cli/runner.js'
import { parseJsonlLine } from '../../src/cli/documents.js'
import { createGlobFilter, globToRegExp } from '../../src/cli/glob.js'
import { mapOrdered } from '../../src/cli/ordered.js'
import { createByteProgress, createProgress } from '../../src/cli/progress.js'
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
    ['*.md', 'up/README.MD', true],
    ['Sub/*.TXT', 'sub/a.txt', true],
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
      inputs: [], format: 'inline', color: 'auto', out: undefined, threshold: undefined, dicts: [], spinnerDbs: [], markup: 'auto', globs: [], detect: false, failOnSpin: undefined, jobs: 1, inputFormat: 'auto', help: false, version: false,
    })
    expect(parseCliArgs(['-d', 'a.json', '--dict=b.tsv', '-j', '4', 'x', '-t', '0.7', 'y'])).toMatchObject({ dicts: ['a.json', 'b.tsv'], jobs: 4, threshold: 0.7, inputs: ['x', 'y'] })
    expect(parseCliArgs(['--jobs', 'auto']).jobs).toBeGreaterThanOrEqual(1)
    expect(parseCliArgs(['--', '--not-a-flag']).inputs).toEqual(['--not-a-flag'])
    expect(parseCliArgs(['--spinner-db', 'a.txt', '--markup', 'html', '--spinner-db=b.txt', '--dict', 'c.tsv'])).toMatchObject({ spinnerDbs: ['a.txt', 'b.txt'], dicts: ['c.tsv'], markup: 'html' })
  })

  it('rejects a bad --markup and an empty --spinner-db', () => {
    expect(() => parseCliArgs(['--markup', 'xml'])).toThrow(new CliError('--markup must be one of auto, text, html, markdown; got "xml".'))
    expect(() => parseCliArgs(['--spinner-db', ''])).toThrow(new CliError('--spinner-db needs a non-empty value.'))
  })

  it.each<[string[], string]>([
    [['--threshold', '-0.1'], '--threshold must be a number from 0 to 1, such as 0.5; got "-0.1".'],
    [['-t', '-1', 'x.txt'], '--threshold must be a number from 0 to 1, such as 0.5; got "-1".'],
    [['--fail-on-spin', '-1'], '--fail-on-spin must be a number from 0 to 1, such as 0.5; got "-1".'],
    [['--fail-on-spin', '-.5'], '--fail-on-spin must be a number from 0 to 1, such as 0.5; got "-.5".'],
    [['-j', '-2'], '--jobs must be a whole number from 1 to 256, or "auto"; got "-2".'],
  ])('gives a negative number after %j the range error of its option', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(new CliError(message))
  })

  it('reads -t=0.5 as -t 0.5, and still refuses a flag where a value should be', () => {
    expect(parseCliArgs(['-t=0.5', '-j=2', 'x.txt'])).toMatchObject({ threshold: 0.5, jobs: 2, inputs: ['x.txt'] })
    expect(() => parseCliArgs(['--out', '--detect'])).toThrow(new CliError('--out needs a value (for a value that starts with "-", write --out=VALUE). Run "unspin --help" for the options.'))
    expect(() => parseCliArgs(['-t', '--detect'])).toThrow(new CliError('--threshold needs a value (for a value that starts with "-", write --threshold=VALUE). Run "unspin --help" for the options.'))
    expect(() => parseCliArgs(['--out', '-results'])).toThrow(/--out needs a value \(for a value that starts with "-", write --out=VALUE\)/)
    expect(parseCliArgs(['--out=-results']).out).toBe('-results')
    expect(parseCliArgs(['--', '-1']).inputs).toEqual(['-1'])
    expect(parseCliArgs(['--glob', '-1*', '--dict', 'd.json']).globs).toEqual(['-1*'])
  })
})

describe('markupOf', () => {
  it.each<[string | null, 'text' | 'jsonl', string]>([
    ['page.html', 'text', 'html'],
    ['a/b/PAGE.HTM', 'text', 'html'],
    ['doc.xhtml', 'text', 'html'],
    ['notes.md', 'text', 'markdown'],
    ['notes.markdown', 'text', 'markdown'],
    ['story.txt', 'text', 'text'],
    ['html', 'text', 'text'],
    ['page.html.txt', 'text', 'text'],
    [null, 'text', 'text'],
    ['batch.jsonl', 'jsonl', 'text'],
    ['pages.html', 'jsonl', 'text'],
  ])('auto: %s read as %s is %s', (path, kind, expected) => {
    expect(markupOf(path, kind, 'auto')).toBe(expected)
  })

  it('a --markup other than auto applies to every source, stdin and JSONL included', () => {
    expect(markupOf('page.html', 'text', 'text')).toBe('text')
    expect(markupOf(null, 'text', 'html')).toBe('html')
    expect(markupOf('batch.jsonl', 'jsonl', 'markdown')).toBe('markdown')
  })
})

describe('planThreads', () => {
  it('takes --jobs as an upper bound: no more threads than cores, documents, or one per BYTES_PER_THREAD of text', () => {
    expect(planThreads(1, {}, 8)).toBe(1)
    expect(planThreads(4, {}, 8)).toBe(4)
    expect(planThreads(4, {}, 2)).toBe(2)
    expect(planThreads(8, { documents: 3 }, 16)).toBe(3)
    expect(planThreads(8, { documents: 500, bytes: 3.5 * BYTES_PER_THREAD }, 16)).toBe(3)
    expect(planThreads(2, { documents: 200, bytes: BYTES_PER_THREAD - 1 }, 2)).toBe(1)
    expect(planThreads(2, { documents: 0, bytes: 0 }, 2)).toBe(1)
  })

  it('knows the documents of a batch of text files, and the bytes of files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unspin-size-'))
    try {
      writeFileSync(join(dir, 'a.txt'), 'abc')
      writeFileSync(join(dir, 'b.md'), 'hello')
      const text = (path: string | null) => ({ kind: 'text' as const, path, name: path ?? '<stdin>', outPath: 'x', markup: 'text' as const })
      expect(await batchSize([text(join(dir, 'a.txt')), text(join(dir, 'b.md')), text(join(dir, 'gone.txt'))])).toEqual({ documents: 3, bytes: 8 })
      expect(await batchSize([text(join(dir, 'a.txt')), text(null)])).toEqual({ documents: 2 })
      // JSONL: its documents are unknown until read, its bytes known for a file, nothing for stdin.
      writeFileSync(join(dir, 'c.jsonl'), '{"text":"x"}\n')
      expect(await batchSize([text(join(dir, 'a.txt')), { ...text(join(dir, 'c.jsonl')), kind: 'jsonl' }])).toEqual({ bytes: 16 })
      expect(await batchSize([{ ...text(null), kind: 'jsonl' }])).toEqual({})
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('spinnerDbName', () => {
  it('names the first database spinner-db, later ones spinner-db-2, spinner-db-3', () => {
    expect([0, 1, 2].map(spinnerDbName)).toEqual(['spinner-db', 'spinner-db-2', 'spinner-db-3'])
  })
})

describe('parseLearnArgs', () => {
  it('takes two text files or one JSONL file, with defaults', () => {
    expect(parseLearnArgs(['a.txt', 'b.txt'])).toEqual({ inputs: ['a.txt', 'b.txt'], out: undefined, minSupport: 1, prior: DEFAULT_LEARN_PRIOR, name: 'learned', help: false })
    expect(parseLearnArgs(['pairs.jsonl', '-o', 'x.json', '--min-support', '3', '--prior', 'counts', '--name', 'farm.v2'])).toEqual({
      inputs: ['pairs.jsonl'], out: 'x.json', minSupport: 3, prior: 'counts', name: 'farm.v2', help: false,
    })
    expect(parseLearnArgs(['--prior', '0.65', '-']).prior).toBe(0.65)
    expect(parseLearnArgs(['--help']).help).toBe(true)
  })

  it.each<[string[], string]>([
    [[], 'learn needs two text files (ORIGINAL SPUN) or one JSONL file of pairs; got none. Run "unspin learn --help" for the options.'],
    [['a', 'b', 'c'], 'learn needs two text files (ORIGINAL SPUN) or one JSONL file of pairs; got 3 arguments. Run "unspin learn --help" for the options.'],
    [['-', '-'], 'stdin ("-") is given twice. Pass it once.'],
    [['--min-support', '0', 'p.jsonl'], '--min-support must be a whole number from 1, such as 2; got "0".'],
    [['--min-support', '1.5', 'p.jsonl'], '--min-support must be a whole number from 1, such as 2; got "1.5".'],
    [['--prior', '0', 'p.jsonl'], '--prior must be a number above 0 and at most 1, such as 0.8, or "counts"; got "0".'],
    [['--prior', 'high', 'p.jsonl'], '--prior must be a number above 0 and at most 1, such as 0.8, or "counts"; got "high".'],
    [['--name', 'My Farm', 'p.jsonl'], '--name must be lowercase letters, digits, ".", "_" or "-", starting with a letter or digit, such as my-farm; got "My Farm".'],
    [['--threshold', '0.5', 'p.jsonl'], 'unknown option --threshold. Run "unspin learn --help" for the options.'],
    [['--min-support', '-1', 'p.jsonl'], '--min-support must be a whole number from 1, such as 2; got "-1".'],
    [['--prior', '-0.5', 'p.jsonl'], '--prior must be a number above 0 and at most 1, such as 0.8, or "counts"; got "-0.5".'],
  ])('%j: %s', (argv, message) => {
    expect(() => parseLearnArgs(argv)).toThrow(new CliError(message))
  })
})

describe('parsePairLine', () => {
  it('takes original and spun, ignores other keys, and says what is wrong with a bad line', () => {
    expect(parsePairLine('{"original":"a b","spun":"a c","id":3}', 'p:1')).toEqual({ original: 'a b', spun: 'a c' })
    const shape = 'Each line must be one JSON object like {"original": "...", "spun": "..."}.'
    expect(parsePairLine('{"original":"a"}', 'p:2')).toBe(`p:2: "spun" must be a string. ${shape}`)
    expect(parsePairLine('["a","b"]', 'p:3')).toBe(`p:3: not a JSON object. ${shape}`)
    expect(parsePairLine('{original: 1}', 'p:4')).toMatch(/^p:4: not valid JSON \(.+\)\. Each line/)
  })
})

describe('parseJsonlLine', () => {
  it('takes id and text, the line number when id is missing', () => {
    expect(parseJsonlLine('{"id":"a","text":"t","extra":1}', 'f:1', 1)).toEqual({ name: 'a', id: 'a', text: 't' })
    expect(parseJsonlLine('{"text":""}', 'f:9', 9)).toEqual({ name: '9', id: 9, text: '' })
  })
})

describe('createProgress', () => {
  /** A stream that collects what is written, and a clock the test moves. */
  function setup() {
    const stream = new PassThrough()
    const out = { written: '' }
    stream.on('data', (chunk: Buffer) => (out.written += String(chunk)))
    let now = 1_000
    return { stream, out, clock: () => now, advance: (ms: number) => (now += ms) }
  }

  it('draws on the stream only when enabled, with count, rate and elapsed time, and clears its line', () => {
    const { stream, out, clock, advance } = setup()
    const off = createProgress(stream, false, 3, clock)
    off.tick()
    off.done()
    const on = createProgress(stream, true, 2, clock)
    advance(500)
    on.tick()
    advance(1500)
    on.tick()
    on.done()
    stream.end()
    expect(out.written).toBe(
      '\r\u001b[Kunspin [############............] 1/2 documents, 2.0/s, 0.5 s' +
        '\r\u001b[Kunspin [########################] 2/2 documents, 1.0/s, 2.0 s' +
        '\r\u001b[Kunspin: 2 documents in 2.0 s (1.0/s)\n',
    )
  })

  it('counts JSONL documents without a total, says "1 document", and ends with a summary line', () => {
    const { stream, out, clock, advance } = setup()
    const progress = createProgress(stream, true, undefined, clock)
    advance(250)
    progress.tick()
    advance(50)
    progress.tick() // within 100 ms of the last drawing: not redrawn
    advance(700)
    progress.tick()
    progress.done()
    expect(out.written).toBe(
      '\r\u001b[Kunspin 1 document, 4.0/s, 0.3 s' + '\r\u001b[Kunspin 3 documents, 3.0/s, 1.0 s' + '\r\u001b[Kunspin: 3 documents in 1.0 s (3.0/s)\n',
    )
  })

  it('writes no summary when no document was finished', () => {
    const { stream, out, clock } = setup()
    createProgress(stream, true, undefined, clock).done()
    expect(out.written).toBe('')
  })
})

describe('createByteProgress', () => {
  it('shows percentage, size, rate and elapsed time of one large document, then a summary line', () => {
    const stream = new PassThrough()
    let written = ''
    stream.on('data', (chunk: Buffer) => (written += String(chunk)))
    let now = 0
    const progress = createByteProgress(stream, true, 10 * 1024 * 1024, () => now)
    now = 2000
    progress.update(0.25)
    now = 2050
    progress.update(0.3) // too soon: not redrawn
    now = 4000
    progress.update(0.5)
    now = 8000
    progress.done()
    expect(written).toBe(
      '\r\u001b[Kunspin 25% of 10.0 MB, 1.3 MB/s, 2.0 s' + '\r\u001b[Kunspin 50% of 10.0 MB, 1.3 MB/s, 4.0 s' + '\r\u001b[Kunspin: 10.0 MB in 8.0 s (1.3 MB/s)\n',
    )
    let quiet = ''
    const off = new PassThrough()
    off.on('data', (chunk: Buffer) => (quiet += String(chunk)))
    const disabled = createByteProgress(off, false, 100)
    disabled.update(0.5)
    disabled.done()
    expect(quiet).toBe('')
  })
})

describe('readVersion', () => {
  it('finds the package version above the module, "unknown" elsewhere', () => {
    expect(readVersion()).toMatch(/^\d+\.\d+\.\d+/)
    expect(readVersion('file:///nowhere/at/all.js')).toBe('unknown')
  })
})
