import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listSuspects } from '../../src/cli/detect.js'
import { runCli } from '../../src/cli/run.js'
import { spinScoreOf } from '../../src/cli/score.js'
import { builtinDictionaries, createRestorer, formatMarks, learnFromPairs, loadDictionary, loadSpinnerThesaurus, restoreText, type Dictionary } from '../../src/index.js'
import { captureIO } from './helpers.js'

// `runCli` in-process (the same code as the bin, from source, one job): fast checks of every
// format, --out, --detect and the error messages. cli.slow.test.ts runs the built bin.
// Expected outputs come from the library itself, so these tests check the command's wiring and
// formats, not the restorer's current scores.
const SPUN = 'Peskov instructed TASS information company on Monday, with out providing details.'
const INLINE = formatMarks(restoreText(SPUN), 'inline')
const score = (text: string): number => spinScoreOf(restoreText(text))

let work = ''
const cwd = process.cwd()

/** Run `unspin args` in the work folder; resolves to exit code, stdout and stderr. */
async function unspin(args: readonly string[], input: string | Buffer = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, stdout, stderr } = captureIO(input)
  process.chdir(work)
  try {
    const code = await runCli(args, io)
    return { code, stdout: stdout(), stderr: stderr() }
  } finally {
    process.chdir(cwd)
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'unspin-run-'))
  mkdirSync(join(work, 'docs/sub'), { recursive: true })
  writeFileSync(join(work, 'docs/a.txt'), `${SPUN}\n`)
  writeFileSync(join(work, 'docs/sub/b.md'), 'Nothing was spun here.\n')
  writeFileSync(join(work, 'docs/skip.json'), '{}')
  writeFileSync(join(work, 'docs/.hidden.txt'), 'with out')
  writeFileSync(join(work, 'batch.jsonl'), '{"id":"first","text":"White Home officers stated on Tuesday."}\n\n{"id":7,"text":"Supply hyperlink"}\n{"text":"no id, with out one"}\n')
  writeFileSync(join(work, 'good.tsv'), '# name: mine\n# version: 1\nMonday\tTuesday\t0.9\n')
})

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('input', () => {
  it('reads stdin when there are no arguments, and "-"', async () => {
    expect(await unspin([], `${SPUN}\n`)).toEqual({ code: 0, stdout: `${INLINE}\n`, stderr: '' })
    expect((await unspin(['-'], SPUN)).stdout).toBe(INLINE)
  })

  it('reads folders recursively in sorted order, skipping dot-files and unlisted extensions', async () => {
    expect(await unspin(['docs'])).toEqual({ code: 0, stdout: `==> docs/a.txt <==\n${INLINE}\n\n==> docs/sub/b.md <==\nNothing was spun here.\n`, stderr: '' })
  })

  it('filters folders with --glob', async () => {
    expect((await unspin(['--glob', '*.md', 'docs'])).stdout).toBe('==> docs/sub/b.md <==\nNothing was spun here.\n')
    expect((await unspin(['-g', 'sub/**', 'docs'])).stdout).toBe('==> docs/sub/b.md <==\nNothing was spun here.\n')
    expect((await unspin(['-g', '*.json', '-g', 'a.*', 'docs'])).stdout).toBe(`==> docs/a.txt <==\n${INLINE}\n\n==> docs/skip.json <==\n{}\n`)
  })

  it('reads JSONL files and stdin, keeping ids (the line number when absent)', async () => {
    const out = await unspin(['-f', 'jsonl', 'batch.jsonl'])
    const lines = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.id, l.text])).toEqual([
      ['first', restoreText('White Home officers stated on Tuesday.').text],
      [7, restoreText('Supply hyperlink').text],
      [4, restoreText('no id, with out one').text],
    ])
    const stdin = await unspin(['--input-format', 'jsonl', '-f', 'jsonl'], readFileSync(join(work, 'batch.jsonl'), 'utf8'))
    expect(stdin.stdout).toBe(out.stdout)
  })
})

describe('formats', () => {
  it('text: the restored text only, byte for byte', async () => {
    const input = `${SPUN}\r\n\r\nSecond paragraph 👍 with out emoji.`
    expect((await unspin(['-f', 'text'], input)).stdout).toBe(restoreText(input).text)
  })

  it('markdown, with "## name" headings for several documents', async () => {
    expect((await unspin(['-f', 'markdown'], SPUN)).stdout).toBe(formatMarks(restoreText(SPUN), 'markdown'))
    expect((await unspin(['-f', 'markdown', 'docs'])).stdout).toBe(`## docs/a.txt\n\n${formatMarks(restoreText(`${SPUN}\n`), 'markdown')}\n## docs/sub/b.md\n\nNothing was spun here.\n`)
  })

  it('json: name, score and the result; an array for several documents', async () => {
    const one = JSON.parse((await unspin(['-f', 'json'], SPUN)).stdout)
    expect(Object.keys(one)).toEqual(['name', 'score', 'text', 'marks', 'skipped', 'warnings'])
    expect(one).toMatchObject({ name: '<stdin>', score: score(SPUN), text: restoreText(SPUN).text, marks: JSON.parse(formatMarks(restoreText(SPUN), 'json')).marks })
    const several = JSON.parse((await unspin(['-f', 'json', 'docs', 'batch.jsonl'])).stdout)
    expect(several.map((d: { name: string }) => d.name)).toEqual(['docs/a.txt', 'docs/sub/b.md', 'first', '7', '4'])
  })

  it('jsonl: id, text, marks, skipped count and score', async () => {
    const input = 'White Home officers stated it.'
    const [line] = (await unspin(['-f', 'jsonl'], input)).stdout.trimEnd().split('\n').map((l) => JSON.parse(l))
    expect(Object.keys(line)).toEqual(['id', 'text', 'marks', 'skipped', 'score'])
    const expected = restoreText(input)
    expect(line).toEqual({ id: '<stdin>', text: expected.text, marks: JSON.parse(formatMarks(expected, 'json')).marks, skipped: expected.skipped.length, score: score(input) })
  })

  it('html: a page for one document, one report for several', async () => {
    const page = (await unspin(['-f', 'html', 'docs/a.txt'])).stdout
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).toContain('<title>unspin: docs/a.txt</title>')
    expect(page.match(/<mark\b/g)).toHaveLength(restoreText(SPUN).marks.length)
    expect(page).toContain(`Spin score: <strong>${score(`${SPUN}\n`).toFixed(3)}</strong>`)
    expect(page).not.toMatch(/<script|<link|src=/i)
    const report = (await unspin(['-f', 'html', 'docs', 'batch.jsonl'])).stdout
    expect(report.match(/<!doctype html>/g)).toHaveLength(1)
    expect(report.match(/<section class="unspin-doc"/g)).toHaveLength(5)
    expect(report).toContain('<a href="#doc-3">first</a>')
    const inputs = [`${SPUN}\n`, 'Nothing was spun here.\n', 'White Home officers stated on Tuesday.', 'Supply hyperlink', 'no id, with out one']
    expect(report).toContain(`5 documents, ${inputs.reduce((n, t) => n + restoreText(t).marks.length, 0)} changes:`)
  })
})

describe('--out', () => {
  it.each([
    ['inline', '.txt'],
    ['text', '.txt'],
    ['markdown', '.md'],
    ['html', '.html'],
    ['json', '.json'],
    ['jsonl', '.jsonl'],
  ])('mirrors the layout with the %s extension; a JSONL input gives one file', async (format, ext) => {
    const out = join(work, `out-${format}`)
    expect(await unspin(['-f', format, '--out', out, 'docs', 'batch.jsonl'])).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(join(out, `a${ext}`), 'utf8')).toBe((await unspin(['-f', format, 'docs/a.txt'])).stdout)
    expect(readFileSync(join(out, `sub/b${ext}`), 'utf8')).toContain('Nothing was spun here.')
    expect(readFileSync(join(out, `batch${ext}`), 'utf8')).toBe((await unspin(['-f', format, 'batch.jsonl'])).stdout)
  })

  it('creates missing folders, and reports one it cannot create instead of retrying forever', async () => {
    const out = join(work, 'out-new/deeper')
    expect(await unspin(['-f', 'text', '-o', out, 'docs'])).toMatchObject({ code: 0, stderr: '' })
    expect(readFileSync(join(out, 'sub/b.txt'), 'utf8')).toBe('Nothing was spun here.\n')
    writeFileSync(join(work, 'a-file'), '')
    expect(await unspin(['-o', 'a-file/out', 'docs'])).toEqual({ code: 2, stdout: '', stderr: 'unspin: cannot write "a-file/out/a.txt": a part of the path is a file, not a folder. Check the path.\n' })
  })

  // Under /proc, mkdir fails with ENOENT though the parent exists: recursive mkdir never ends there.
  it.runIf(existsSync('/proc/self'))('reports a folder under /proc that cannot be created', async () => {
    expect(await unspin(['-o', '/proc/unspin-out', 'docs'])).toEqual({ code: 2, stdout: '', stderr: 'unspin: cannot write "/proc/unspin-out/a.txt": its folder does not exist. Check the --out path.\n' })
  })

  it('writes stdin to stdin.<ext>', async () => {
    const out = join(work, 'out-stdin')
    await unspin(['-f', 'text', '-o', out], SPUN)
    expect(readFileSync(join(out, 'stdin.txt'), 'utf8')).toBe(restoreText(SPUN).text)
  })
})

describe('--detect, --threshold, --dict', () => {
  it('--detect lists every suspect with line:column, the spin score and why it is skipped', async () => {
    const input = 'Officials stated the White Home would act.\nwith out'
    const suspects = listSuspects(restoreText(input), input)
    expect(suspects.length).toBeGreaterThan(1)
    const lines = (await unspin(['--detect'], input)).stdout.split('\n')
    expect(lines[0]).toBe(`<stdin>: spin score ${score(input).toFixed(3)}, ${suspects.length} suspects (${restoreText(input).marks.length} would be restored)`)
    expect(lines.slice(1, -1)).toHaveLength(suspects.length)
    suspects.forEach((s, i) => {
      expect(lines[i + 1]).toMatch(new RegExp(`^  ${s.line}:${s.column} +${s.found} -> ${s.restored} +${Math.round(s.confidence * 100)}% ${s.level} +${s.source}/${s.entryId}${s.applied ? '$' : ` \\(${s.reason!.replace(/-/g, ' ')}\\)$`}`))
    })
    expect(lines.at(-2)).toMatch(/^  2:1 +with out -> without /)
    const json = JSON.parse((await unspin(['--detect', '-f', 'json'], 'The White Home said so.')).stdout)
    expect(json).toEqual({ name: '<stdin>', score: score('The White Home said so.'), suspects: listSuspects(restoreText('The White Home said so.'), 'The White Home said so.') })
    expect(json.suspects[0]).toMatchObject({ start: 4, end: 14, line: 1, column: 5, found: 'White Home', restored: 'White House', applied: true })
    const md = (await unspin(['--detect', '-f', 'markdown', '-t', '1'], 'Officials stated it.')).stdout
    expect(md).toMatch(/\n\| 1:11 \| stated \| said \| \d+% \w+ \| no \(below threshold\) \| news-swaps\/stated \|\n/)
  })

  it('--detect with html opens the report on the spun text', async () => {
    expect((await unspin(['--detect', '-f', 'html'], SPUN)).stdout).toContain('class="unspin-view" id="unspin-view" aria-describedby="unspin-view-help" checked>')
    expect((await unspin(['--detect', '-f', 'html', 'docs'])).stdout).toContain('aria-describedby="unspin-view-help" checked>')
    expect((await unspin(['-f', 'html', 'docs'])).stdout).not.toContain(' checked>')
  })

  it('--detect on several documents lists each under its own name, without headers', async () => {
    const out = (await unspin(['--detect', 'docs'])).stdout
    const count = listSuspects(restoreText(`${SPUN}\n`), `${SPUN}\n`).length
    expect(out).toMatch(new RegExp(`^docs/a\\.txt: spin score ${score(`${SPUN}\n`).toFixed(3)}, ${count} suspects \\(\\d+ would be restored\\)\\n(  .*\\n){${count}}\\ndocs/sub/b\\.md: spin score 0\\.000, 0 suspects \\(0 would be restored\\)\\n$`))
  })

  it('--threshold is passed to the restorer', async () => {
    const input = 'Officials stated the White Home would act, in line with the plan.'
    for (const threshold of [0, 0.6, 0.99, 1]) {
      expect((await unspin(['-f', 'text', '-t', String(threshold)], input)).stdout).toBe(restoreText(input, { threshold }).text)
    }
    expect(restoreText(input, { threshold: 0 }).text).not.toBe(restoreText(input, { threshold: 1 }).text)
  })

  it('--dict layers dictionaries after the built-ins, in order, and reports shadowed entries once', async () => {
    writeFileSync(join(work, 'shadow.tsv'), '# name: shadow\n# version: 1\nwith out\tlacking\t0.9\n')
    const out = await unspin(['--dict', 'good.tsv', '--dict', 'shadow.tsv', '-f', 'text', 'docs/a.txt', 'docs/a.txt'])
    const restorer = createRestorer({ dictionaries: [...builtinDictionaries(), loadDictionary(join(work, 'good.tsv')), loadDictionary(join(work, 'shadow.tsv'))] })
    const expected = restorer.restore(`${SPUN}\n`).text
    expect(expected).not.toBe(restoreText(`${SPUN}\n`).text)
    expect(out.stdout).toBe(`==> docs/a.txt <==\n${expected}\n==> docs/a.txt <==\n${expected}`)
    expect(out.stderr).toBe(restorer.warnings.map((w) => `unspin: warning: ${w.message}\n`).join(''))
    expect(out.stderr).toMatch(/^unspin: warning: .*with out/)
  })

  it('--fail-on-spin returns 1 when a document scores above the limit', async () => {
    const high = score(`${SPUN}\n`)
    const limit = Math.round((high / 2) * 1000) / 1000
    const out = await unspin(['--fail-on-spin', String(limit), 'docs'])
    expect(out.code).toBe(1)
    expect(out.stderr).toBe(`unspin: 1 of 2 documents scored above --fail-on-spin ${limit} (highest ${high.toFixed(3)}: docs/a.txt).\n`)
    expect((await unspin(['--fail-on-spin', String(Math.min(1, high + 0.01)), 'docs'])).code).toBe(0)
    expect((await unspin(['--fail-on-spin', '0'], 'Nothing was spun here.')).code).toBe(0)
    expect((await unspin(['--fail-on-spin', '0'], 'with out')).code).toBe(1)
  })

  it('--fail-on-spin 0 fails on any suspect, even one that leaves the score at 0', async () => {
    const input = 'The information was clear.\n'
    writeFileSync(join(work, 'info.txt'), input)
    // The premise: a suspect that is not confident enough to count in the score.
    expect(listSuspects(restoreText(input), input).length).toBeGreaterThan(0)
    expect(score(input)).toBe(0)
    const out = await unspin(['--detect', '--fail-on-spin', '0', 'info.txt', 'docs/sub/b.md'])
    expect(out.code).toBe(1)
    expect(out.stderr).toBe('unspin: 1 of 2 documents has suspects, and --fail-on-spin 0 fails on any (highest score 0.000: info.txt).\n')
    expect((await unspin(['--fail-on-spin', '0.001', 'info.txt'])).code).toBe(0)
  })
})

// Markup: spun forms in prose, and the same forms in places that must stay byte for byte.
const HTML = '<p title="with out">The committee met with out its chairman.</p>\n<pre>with out</pre>\n<!-- with out -->\n'
const MARKDOWN = '# Minutes\n\nThe committee met with out its chairman. `with out` is kept, and so is [the agenda](https://example.com/with-out).\n\n```\nwith out\n```\n'

describe('--markup', () => {
  beforeAll(() => {
    mkdirSync(join(work, 'marked'), { recursive: true })
    for (const name of ['page.html', 'page.htm', 'page.txt']) writeFileSync(join(work, 'marked', name), HTML)
    for (const name of ['notes.md', 'notes.txt']) writeFileSync(join(work, 'marked', name), MARKDOWN)
    writeFileSync(join(work, 'marked.jsonl'), `${JSON.stringify({ id: 'h', text: HTML })}\n`)
  })
  const restored = (text: string, inputFormat: 'text' | 'html' | 'markdown'): string => restoreText(text, { inputFormat }).text

  it('auto: .html and .htm as HTML, .md as Markdown, other files as text', async () => {
    expect(restored(HTML, 'html')).toBe('<p title="with out">The committee met without its chairman.</p>\n<pre>with out</pre>\n<!-- with out -->\n')
    expect(restored(MARKDOWN, 'markdown')).toContain('without its chairman. `with out` is kept')
    const out = await unspin(['-f', 'text', 'marked/page.html', 'marked/page.htm', 'marked/page.txt', 'marked/notes.md', 'marked/notes.txt'])
    expect(out).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `==> marked/page.html <==\n${restored(HTML, 'html')}`,
        `==> marked/page.htm <==\n${restored(HTML, 'html')}`,
        `==> marked/page.txt <==\n${restored(HTML, 'text')}`,
        `==> marked/notes.md <==\n${restored(MARKDOWN, 'markdown')}`,
        `==> marked/notes.txt <==\n${restored(MARKDOWN, 'text')}`,
      ].join('\n'),
    })
    expect(restored(HTML, 'text')).not.toBe(restored(HTML, 'html'))
    expect(restored(MARKDOWN, 'text')).not.toBe(restored(MARKDOWN, 'markdown'))
  })

  it('auto reads stdin and JSONL records as text; a named kind applies to every document', async () => {
    expect((await unspin(['-f', 'text'], HTML)).stdout).toBe(restored(HTML, 'text'))
    expect((await unspin(['-f', 'text', '--markup', 'html'], HTML)).stdout).toBe(restored(HTML, 'html'))
    expect((await unspin(['-f', 'text', '--markup', 'markdown', '-'], MARKDOWN)).stdout).toBe(restored(MARKDOWN, 'markdown'))
    expect((await unspin(['-f', 'text', '--markup', 'text', 'marked/page.html'])).stdout).toBe(restored(HTML, 'text'))
    expect(JSON.parse((await unspin(['-f', 'jsonl', 'marked.jsonl'])).stdout).text).toBe(restored(HTML, 'text'))
    expect(JSON.parse((await unspin(['-f', 'jsonl', '--markup', 'html', 'marked.jsonl'])).stdout).text).toBe(restored(HTML, 'html'))
  })

  it('marks point into the original markup', async () => {
    const { marks } = JSON.parse((await unspin(['-f', 'json', 'marked/page.html'])).stdout) as { marks: { start: number; end: number; found: string }[] }
    expect(marks.map((m) => [HTML.slice(m.start, m.end), m.found])).toEqual([['with out', 'with out']])
    expect(marks[0]!.start).toBe(HTML.indexOf('met with out') + 4)
  })

  it('--format markdown keeps a Markdown document as written around the marks', async () => {
    const md = (await unspin(['-f', 'markdown', 'marked/notes.md'])).stdout
    expect(md).toBe(formatMarks(restoreText(MARKDOWN, { inputFormat: 'markdown' }), 'markdown', { inputFormat: 'markdown' }))
    expect(md.startsWith('# Minutes\n')).toBe(true)
    expect(md).toContain('**without** (~~with out~~')
    // Plain text is escaped, so it shows as written.
    expect((await unspin(['-f', 'markdown', 'marked/notes.txt'])).stdout.startsWith('\\# Minutes')).toBe(true)
  })

  it('folders give HTML files only with --glob', async () => {
    expect((await unspin(['-f', 'text', 'marked'])).stdout).not.toContain('page.htm')
    const out = await unspin(['-f', 'text', '-g', '*.{html,htm}', 'marked'])
    expect(out.stdout).toBe(`==> marked/page.htm <==\n${restored(HTML, 'html')}\n==> marked/page.html <==\n${restored(HTML, 'html')}`)
  })
})

// A spinner database we wrote (bar lines and spintax), and a spun text made with it by hand.
const FARM = '# our test farm\nold|aged|elderly\nnarrow|slim\nquiet|silent|hushed\n'
const FARM_2 = '{storms|tempests|gales}\nclimbed|ascended\n'
const FARM_SPUN = 'The aged keeper ascended the slim stairs each evening. From the top he could see the silent village, and in winter the tempests were loud.\n'

describe('--spinner-db', () => {
  const layers = (...extra: Dictionary[]) => createRestorer({ dictionaries: [...builtinDictionaries(), ...extra] })
  const farm = (): Dictionary => loadSpinnerThesaurus(join(work, 'farm.txt'), { name: 'spinner-db' })
  const farm2 = (): Dictionary => loadSpinnerThesaurus(join(work, 'farm2.txt'), { name: 'spinner-db-2' })
  beforeAll(() => {
    writeFileSync(join(work, 'farm.txt'), FARM)
    writeFileSync(join(work, 'farm2.txt'), FARM_2)
    writeFileSync(join(work, 'farm-spun.txt'), FARM_SPUN)
    writeFileSync(join(work, 'keeper.tsv'), '# name: keeper\n# version: 1\naged\tancient\t0.9\n')
  })

  it('layers each database after the built-ins, in order, named spinner-db, spinner-db-2', async () => {
    const expected = layers(farm(), farm2()).restore(FARM_SPUN)
    const sources = new Set(expected.marks.map((m) => m.source))
    expect(sources).toEqual(new Set(['spinner-db', 'spinner-db-2']))
    const out = await unspin(['-f', 'json', '--spinner-db', 'farm.txt', '--spinner-db', 'farm2.txt', 'farm-spun.txt'])
    expect(out.code).toBe(0)
    const json = JSON.parse(out.stdout)
    expect(json.text).toBe(expected.text)
    expect(json.marks).toEqual(JSON.parse(formatMarks(expected, 'json')).marks)
    expect((await unspin(['-f', 'text', '--spinner-db', 'farm.txt'], FARM_SPUN)).stdout).toBe(layers(farm()).restore(FARM_SPUN).text)
  })

  it('--dict files come after the databases, so their entries win', async () => {
    const expected = layers(farm(), loadDictionary(join(work, 'keeper.tsv'))).restore(FARM_SPUN)
    expect(expected.marks.find((m) => m.found === 'aged')).toMatchObject({ restored: 'ancient', source: 'keeper' })
    for (const args of [['--spinner-db', 'farm.txt', '--dict', 'keeper.tsv'], ['--dict', 'keeper.tsv', '--spinner-db', 'farm.txt']]) {
      const out = await unspin(['-f', 'text', ...args, 'farm-spun.txt'])
      expect(out.stdout).toBe(expected.text)
      expect(out.stderr).toBe(expected.warnings.map((w) => `unspin: warning: ${w.message}\n`).join(''))
    }
  })

  it('a bad database names file:line before any output; a missing one says which flag', async () => {
    writeFileSync(join(work, 'broken-farm.txt'), 'old|aged\n{storms|tempests\nnarrow|slim\n')
    const out = await unspin(['--spinner-db', 'farm.txt', '--spinner-db', 'broken-farm.txt', 'farm-spun.txt'])
    expect(out).toMatchObject({ code: 2, stdout: '' })
    expect(out.stderr).toMatch(/^unspin: bad spinner database: broken-farm\.txt:2(:\d+)?: .+\nFix that line, or run without --spinner-db broken-farm\.txt\.\n$/)
    expect(await unspin(['--spinner-db', 'no-farm.txt', 'farm-spun.txt'])).toEqual({ code: 2, stdout: '', stderr: 'unspin: cannot read "no-farm.txt": no such file. Check the --spinner-db path.\n' })
    expect(await unspin(['--spinner-db', 'docs', 'farm-spun.txt'])).toEqual({ code: 2, stdout: '', stderr: 'unspin: cannot read "docs": it is a folder. --spinner-db takes a file.\n' })
  })

  it('warns about a database without synonym sets', async () => {
    writeFileSync(join(work, 'empty-farm.txt'), '# nothing here yet\n')
    expect(await unspin(['-f', 'text', '--spinner-db', 'empty-farm.txt'], FARM_SPUN)).toEqual({
      code: 0,
      stdout: restoreText(FARM_SPUN).text,
      stderr: 'unspin: warning: --spinner-db empty-farm.txt has no synonym sets (lines like "word|synonym|synonym"); it changes nothing.\n',
    })
  })

  it('reads a path with "|" or "{" in it as a path', async () => {
    writeFileSync(join(work, 'farm{a|b}.txt'), FARM)
    expect((await unspin(['-f', 'text', '--spinner-db', 'farm{a|b}.txt', 'farm-spun.txt'])).stdout).toBe(layers(farm()).restore(FARM_SPUN).text)
  })
})

// An original and a spun copy we wrote (the swaps made by hand), for `unspin learn`.
const ORIGINAL = 'The town council met on Thursday to discuss the new bridge. Several members said the project was too expensive and would take years to finish. The mayor replied that the old crossing was unsafe and had to be replaced soon. A final vote is expected next month.\n'
const SPUN_COPY = 'The town council met on Thursday to talk about the new bridge. Several members said the venture was too pricey and would take years to complete. The mayor responded that the old crossing was dangerous and had to be changed soon. A last vote is anticipated next month.\n'

describe('unspin learn', () => {
  beforeAll(() => {
    writeFileSync(join(work, 'council.txt'), ORIGINAL)
    writeFileSync(join(work, 'council-spun.txt'), SPUN_COPY)
  })

  it('learns from ORIGINAL SPUN a dictionary that, loaded back, restores the spun copy', async () => {
    const learned = await unspin(['learn', 'council.txt', 'council-spun.txt'])
    expect(learned.code).toBe(0)
    const dictionary = JSON.parse(learned.stdout)
    expect(dictionary).toMatchObject({ version: 1, name: 'learned' })
    expect(dictionary.entries.map((e: { spun: string; original: string }) => `${e.spun} -> ${e.original}`)).toEqual(
      expect.arrayContaining(['venture -> project', 'pricey -> expensive', 'dangerous -> unsafe', 'talk about -> discuss']),
    )
    expect(learned.stderr).toMatch(/^unspin: learned \d+ entries from 1 pair \(\d+ swaps\); 0 regions rejected\. Priors set to 0\.8\.\n$/)
    writeFileSync(join(work, 'learned.json'), learned.stdout)
    const restored = await unspin(['-f', 'text', '--dict', 'learned.json', 'council-spun.txt'])
    expect(restored).toMatchObject({ code: 0, stdout: ORIGINAL })
    // Learned entries for forms a built-in dictionary also lists take over, and say so.
    expect(restored.stderr).toMatch(/^(unspin: warning: entry "[^"]+" of "[^"]+" is shadowed by "[^"]+" of "learned" \(same spun form "[^"]+"\)\n)*$/)
    expect((await unspin(['-f', 'text', '--dict', 'learned.json', 'council.txt'])).stdout).toBe(ORIGINAL)
  })

  it('writes what learnFromPairs learns, with --min-support and --prior counts passed on', async () => {
    const pairs = [{ original: ORIGINAL, spun: SPUN_COPY }, { original: 'The new bridge will cost more than the old one.', spun: 'The new bridge will cost more than the aged one.' }]
    writeFileSync(join(work, 'pairs.jsonl'), `${pairs.map((p) => JSON.stringify(p)).join('\n\n')}\n`)
    const out = await unspin(['learn', 'pairs.jsonl', '--prior', 'counts', '--min-support', '1', '--name', 'council', '-o', 'council.json'])
    expect(out).toMatchObject({ code: 0, stdout: '' })
    const expected = learnFromPairs(pairs, { name: 'council', minSwaps: 1 })
    expect(JSON.parse(readFileSync(join(work, 'council.json'), 'utf8'))).toEqual(expected.dictionary)
    expect(out.stderr).toBe(`unspin: learned ${expected.stats.entries} entries from 2 pairs (${expected.stats.swaps} swaps); 0 regions rejected. Priors from counts. Written to council.json.\n`)
    const twice = JSON.parse((await unspin(['learn', '--min-support', '2', '--prior', '0.7', 'pairs.jsonl'])).stdout)
    expect(twice.entries).toEqual(learnFromPairs(pairs, { minSwaps: 2 }).dictionary.entries.map((e) => ({ ...e, prior: 0.7 })))
    expect(twice.entries.length).toBeLessThan(expected.dictionary.entries.length)
  })

  it('learns from JSONL that starts with a byte order mark, named so or not', async () => {
    const line = JSON.stringify({ original: 'The new bridge will cost more than the old one.', spun: 'The new bridge will cost more than the aged one.' })
    for (const name of ['bom-pairs.jsonl', 'bom-pairs.txt']) {
      writeFileSync(join(work, name), `\ufeff${line}\n`)
      const out = await unspin(['learn', name])
      expect(out.code).toBe(0)
      expect(JSON.parse(out.stdout).entries.map((e: { spun: string }) => e.spun)).toEqual(['aged'])
    }
  })

  it('reads JSONL from stdin with "-", and counts rejected regions by reason', async () => {
    const pair = { original: 'Anna Smith opened the shop in 2019.', spun: 'Maria Jones opened the store in 2021.' }
    const expected = learnFromPairs([pair])
    const rejected = Object.entries(expected.stats.rejected).filter(([, n]) => n > 0)
    expect(rejected.length).toBeGreaterThan(0)
    const out = await unspin(['learn', '-'], `${JSON.stringify(pair)}\n`)
    expect(out.code).toBe(0)
    const total = rejected.reduce((sum, [, n]) => sum + n, 0)
    expect(out.stderr).toContain(`; ${total} ${total === 1 ? 'region' : 'regions'} rejected (${rejected.map(([r, n]) => `${n} ${r.replace(/-/g, ' ')}`).join(', ')}).`)
  })

  it('names every bad JSONL line and learns nothing', async () => {
    writeFileSync(join(work, 'bad-pairs.jsonl'), `${JSON.stringify({ original: ORIGINAL, spun: SPUN_COPY })}\nnot json\n{"original":"a"}\n\n[1]\n`)
    const out = await unspin(['learn', 'bad-pairs.jsonl'])
    const shape = 'Each line must be one JSON object like {"original": "...", "spun": "..."}.'
    expect(out).toMatchObject({ code: 2, stdout: '' })
    expect(out.stderr.split('\n')).toEqual([
      expect.stringMatching(/^unspin: bad-pairs\.jsonl:2: not valid JSON \(.+\)\. Each line/),
      `unspin: bad-pairs.jsonl:3: "spun" must be a string. ${shape}`,
      `unspin: bad-pairs.jsonl:5: not a JSON object. ${shape}`,
      'Nothing was learned: fix those lines and run again.',
      '',
    ])
    writeFileSync(join(work, 'empty.jsonl'), '\n')
    expect(await unspin(['learn', 'empty.jsonl'])).toEqual({ code: 2, stdout: '', stderr: `unspin: no pairs in "empty.jsonl". ${shape}\n` })
    expect(await unspin(['learn', 'council.txt', 'nope.txt'])).toEqual({ code: 2, stdout: '', stderr: 'unspin: cannot read "nope.txt": no such file. Check the path.\n' })
    expect((await unspin(['learn', '--colour', 'x'])).stderr).toBe('unspin: unknown option --colour. Run "unspin learn --help" for the options.\n')
  })

  it('one input that is not JSONL: says learn takes two text files or one JSONL file', async () => {
    const message = (name: string): string =>
      `unspin: "${name}" is not JSONL. learn takes two text files (ORIGINAL SPUN) or one JSONL file of {"original": "...", "spun": "..."} lines. Run "unspin learn --help" for the options.\n`
    expect(await unspin(['learn', 'council.txt'])).toEqual({ code: 2, stdout: '', stderr: message('council.txt') })
    expect(await unspin(['learn', '-'], `\n${ORIGINAL}`)).toEqual({ code: 2, stdout: '', stderr: message('<stdin>') })
    // A file named as JSONL keeps the line-by-line report, which says what is wrong where.
    writeFileSync(join(work, 'prose.jsonl'), ORIGINAL)
    expect((await unspin(['learn', 'prose.jsonl'])).stderr).toMatch(/^unspin: prose\.jsonl:1: not valid JSON/)
    // JSONL under another name is read as JSONL.
    writeFileSync(join(work, 'pairs.txt'), `  ${JSON.stringify({ original: ORIGINAL, spun: SPUN_COPY })}\n`)
    expect((await unspin(['learn', 'pairs.txt'])).code).toBe(0)
  })

  it('learn --help documents the subcommand; an input file named "learn" is read as ./learn', async () => {
    const out = await unspin(['learn', '--help'])
    expect(out.code).toBe(0)
    for (const flag of ['ORIGINAL SPUN', 'PAIRS.jsonl', '--out', '--min-support', '--prior', '--name', '--help', 'unspin --dict']) expect(out.stdout).toContain(flag)
    writeFileSync(join(work, 'learn'), 'with out\n')
    expect((await unspin(['-f', 'text', './learn'])).stdout).toBe(restoreText('with out\n').text)
  })
})

// Latin-1 bytes: "caf\xe9" and two bytes that never occur in UTF-8. Decoded leniently they would
// become U+FFFD and change the output outside any reported change.
const LATIN1 = Buffer.from('with out \xff\xfe caf\xe9\n', 'latin1')
const NOT_UTF8 = 'not valid UTF-8 text. Convert it first, e.g. iconv -f latin1 -t utf-8 (for Latin-1 text).'

describe('input that is not UTF-8 is refused, never altered', () => {
  beforeAll(() => {
    writeFileSync(join(work, 'latin1.txt'), LATIN1)
    // Line 3 is blank in UTF-8 (no-break spaces), so it is skipped as before.
    writeFileSync(join(work, 'mixed-bytes.jsonl'), Buffer.concat([Buffer.from('{"id":"a","text":"with out"}\n{"id":"b","text":"'), LATIN1.subarray(0, -1), Buffer.from('"}\n\u00a0\u00a0\r\n{"id":"c","text":"café"}\n')]))
  })

  it('a text file: reported by name, exit 2; the other files are still processed', async () => {
    const out = await unspin(['-f', 'text', 'latin1.txt', 'docs/a.txt'])
    expect(out).toEqual({
      code: 2,
      stdout: `==> docs/a.txt <==\n${restoreText(`${SPUN}\n`).text}`,
      stderr: `unspin: cannot read "latin1.txt": ${NOT_UTF8}\nunspin: 1 of 2 documents could not be read (see above); the others were processed.\n`,
    })
  })

  it('stdin', async () => {
    expect(await unspin(['-f', 'text'], LATIN1)).toEqual({
      code: 2,
      stdout: '',
      stderr: `unspin: cannot read "<stdin>": ${NOT_UTF8}\nunspin: 1 of 1 document could not be read (see above).\n`,
    })
  })

  it('a JSONL line is reported as file:line; the other lines are processed', async () => {
    const out = await unspin(['-f', 'jsonl', 'mixed-bytes.jsonl'])
    expect(out.code).toBe(2)
    expect(out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toMatchObject([{ id: 'a' }, { id: 'c', text: 'café' }])
    expect(out.stderr).toBe(`unspin: mixed-bytes.jsonl:2: ${NOT_UTF8}\nunspin: 1 of 3 documents could not be read (see above); the others were processed.\n`)
    const piped = await unspin(['-f', 'jsonl', '--input-format', 'jsonl'], readFileSync(join(work, 'mixed-bytes.jsonl')))
    expect(piped.stderr).toContain(`unspin: <stdin>:2: ${NOT_UTF8}\n`)
  })

  it('a byte order mark before the first JSONL record is not part of it', async () => {
    const out = await unspin(['-f', 'jsonl', '--input-format', 'jsonl'], Buffer.from('\ufeff{"id":"a","text":"with out"}\n{"id":"b","text":"x"}\n'))
    expect(out.code).toBe(0)
    expect(out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b'])
  })

  it('a --spinner-db file, and the texts of unspin learn', async () => {
    expect(await unspin(['--spinner-db', 'latin1.txt'], SPUN)).toEqual({ code: 2, stdout: '', stderr: `unspin: cannot read "latin1.txt": ${NOT_UTF8}\n` })
    expect(await unspin(['learn', 'latin1.txt', 'docs/a.txt'])).toEqual({ code: 2, stdout: '', stderr: `unspin: cannot read "latin1.txt": ${NOT_UTF8}\n` })
    expect(await unspin(['learn', 'docs/a.txt', '-'], LATIN1)).toEqual({ code: 2, stdout: '', stderr: `unspin: cannot read "<stdin>": ${NOT_UTF8}\n` })
  })

  it('a UTF-8 byte order mark is kept, like any other text outside a change', async () => {
    const withBom = `\uFEFF${SPUN}\n`
    writeFileSync(join(work, 'bom.txt'), withBom)
    const out = await unspin(['-f', 'text', 'bom.txt'])
    expect(out).toEqual({ code: 0, stdout: restoreText(withBom).text, stderr: '' })
    expect(out.stdout.startsWith('\uFEFF')).toBe(true)
    expect((await unspin(['-f', 'text'], Buffer.from(withBom))).stdout).toBe(out.stdout)
  })
})

describe('errors exit 2 and say what to do', () => {
  it.each<[string, string[], string]>([
    ['unknown option', ['--colour'], 'unspin: unknown option --colour. Run "unspin --help" for the options.\n'],
    ['missing value', ['--format'], 'unspin: --format needs a value. Run "unspin --help" for the options.\n'],
    ['value for a flag', ['--detect=yes'], 'unspin: --detect does not take a value. Run "unspin --help" for the options.\n'],
    ['bad format', ['-f', 'xml'], 'unspin: --format must be one of inline, ansi, text, markdown, html, json, jsonl; got "xml".\n'],
    ['bad input format', ['--input-format', 'csv'], 'unspin: --input-format must be one of auto, text, jsonl; got "csv".\n'],
    ['bad markup', ['--markup', 'jsonl'], 'unspin: --markup must be one of auto, text, html, markdown; got "jsonl".\n'],
    ['bad threshold', ['--threshold', '2'], 'unspin: --threshold must be a number from 0 to 1, such as 0.5; got "2".\n'],
    ['empty threshold', ['--threshold', ' '], 'unspin: --threshold must be a number from 0 to 1, such as 0.5; got " ".\n'],
    ['bad fail-on-spin', ['--fail-on-spin', 'lots'], 'unspin: --fail-on-spin must be a number from 0 to 1, such as 0.5; got "lots".\n'],
    ['bad jobs', ['--jobs', '1.5'], 'unspin: --jobs must be a whole number from 1 to 256, or "auto"; got "1.5".\n'],
    ['missing file', ['nope.txt'], 'unspin: cannot read "nope.txt": no such file. Check the path.\n'],
    ['stdin twice', ['-', '-'], 'unspin: stdin ("-") is given twice. Pass it once.\n'],
    ['no matching files', ['--glob', '*.zzz', 'docs'], 'unspin: no files matching *.zzz in "docs". Check the folder, or choose files with --glob.\n'],
    ['missing dictionary', ['--dict', 'none.json', 'docs'], 'unspin: cannot read "none.json": no such file. Check the --dict path.\n'],
    ['output over input', ['-f', 'text', '--out', 'docs', 'docs'], 'unspin: writing "docs/a.txt" would overwrite the input "docs/a.txt". Choose another --out folder or --format.\n'],
    ['two inputs, one output', ['--out', 'o', 'docs/a.txt', 'docs/../docs/a.txt'], 'unspin: "docs/a.txt" and "docs/../docs/a.txt" would both be written to "o/a.txt". Run them separately or rename one.\n'],
  ])('%s', async (_, args, message) => {
    expect(await unspin(args, SPUN)).toEqual({ code: 2, stdout: '', stderr: message })
  })

  it('no input on a terminal', async () => {
    const { io, stderr } = captureIO()
    expect(await runCli([], { ...io, stdinIsTTY: true })).toBe(2)
    expect(stderr()).toBe('unspin: no input. Pass files or folders, or pipe text in: echo "some text" | unspin. Run "unspin --help" for the options.\n')
  })

  it('a bad --dict file names file:line, before any output', async () => {
    writeFileSync(join(work, 'bad.tsv'), '# name: mine\n# version: 1\nTASS\tthe agency\t0.9\nwith out\twithout\t7\n')
    const out = await unspin(['--dict', 'bad.tsv', 'docs'])
    expect(out).toMatchObject({ code: 2, stdout: '' })
    expect(out.stderr).toMatch(/^unspin: bad dictionary: bad\.tsv:4 \(entry "with-out"\): .*\nFix that entry, or run without --dict bad\.tsv\.\n$/)
    writeFileSync(join(work, 'pairs-as-dict.jsonl'), '{}\n')
    expect((await unspin(['--dict', 'pairs-as-dict.jsonl'], SPUN)).stderr).toMatch(/not "\.jsonl"\nFix the file, or run without --dict pairs-as-dict\.jsonl\.\n$/)
  })

  it('a bad JSONL line is reported as file:line; the other lines are processed', async () => {
    writeFileSync(join(work, 'broken.jsonl'), '{"id":"a","text":"with out"}\nnot json\n{"id":"b","text":3}\n[1]\n{"id":{},"text":""}\n{"id":"c","text":"fine"}\n')
    const out = await unspin(['-f', 'jsonl', 'broken.jsonl'])
    expect(out.code).toBe(2)
    expect(out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c'])
    const shape = 'Each line must be one JSON object like {"id": "a1", "text": "..."}.'
    expect(out.stderr.split('\n').slice(1)).toEqual([
      `unspin: broken.jsonl:3: "text" must be a string. ${shape}`,
      `unspin: broken.jsonl:4: not a JSON object. ${shape}`,
      `unspin: broken.jsonl:5: "id" must be a string or a number. ${shape}`,
      'unspin: 4 of 6 documents could not be read (see above); the others were processed.',
      '',
    ])
    expect(out.stderr).toMatch(/^unspin: broken\.jsonl:2: not valid JSON \(.+\)\. Each line/)
  })

  it('an input error wins over --fail-on-spin: exit 2, both reported', async () => {
    writeFileSync(join(work, 'mixed.jsonl'), '{"id":"a","text":"with out"}\n{"id":"b"}\n')
    const out = await unspin(['--fail-on-spin', '0', '-f', 'jsonl', 'mixed.jsonl'])
    expect(out.code).toBe(2)
    expect(out.stderr).toContain('unspin: 1 of 1 document has suspects, and --fail-on-spin 0 fails on any')
    expect(out.stderr).toContain('unspin: 1 of 2 documents could not be read (see above); the others were processed.')
  })

  it('the HTML report shows a document that could not be read', async () => {
    writeFileSync(join(work, 'half.jsonl'), '{"id":"ok","text":"with out"}\n{"id":"bad"}\n')
    const out = await unspin(['-f', 'html', 'half.jsonl'])
    expect(out.code).toBe(2)
    expect(out.stdout).toContain('<p class="unspin-error">Not restored: half.jsonl:2: &quot;text&quot; must be a string.')
  })
})

describe('--help and --version', () => {
  it('--help documents every flag, format and exit code', async () => {
    const out = await unspin(['--help'])
    expect(out.code).toBe(0)
    for (const flag of ['--format', '--out', '--threshold', '--dict', '--spinner-db', '--markup', '--glob', '--detect', '--fail-on-spin', '--jobs', '--input-format', '--help', '--version', 'unspin learn']) {
      expect(out.stdout).toContain(flag)
    }
    expect(out.stdout).toMatch(/Exit codes\n  0 .*\n  1 .*\n  2 .*/)
  })

  it('--version reads package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { version: string }
    expect(await unspin(['-v'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })
})
