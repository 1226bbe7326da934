// Tests for the benchmark harness (folds, phrase judging, reverse spinning, results file, README
// table). All example sentences are written for these tests.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createRestorer, loadDictionary, type Mark, type RestoreResult } from '../../src/index.js'
import { median, medianOf } from '../../bench/child.js'
import { FalseChangeTally } from '../../bench/clean.js'
import { lenientCorrect } from '../../bench/news.js'
import { readResults, writeSection, type RunInfo } from '../../bench/results.js'
import { cutAt, mixTexts, reverseMap, spinText } from '../../bench/speed-text.js'
import { fillTemplate, fnv1a, foldOf, judgePhrase, sampleEntries, scorePhrases } from '../../bench/tortured.js'
import { END_MARKER, renderBenchTable, replaceBetweenMarkers, START_MARKER } from '../../bench/update-readme.js'

const dictionary = loadDictionary({
  version: 1,
  name: 'bench-test',
  entries: [
    { spun: 'counterfeit consciousness', original: 'artificial intelligence', prior: 0.9 },
    { spun: 'irregular woodland', original: 'random forest', prior: 0.9 },
    { spun: 'stated', original: 'said', prior: 0.9 },
  ],
})

function mark(start: number, end: number, found: string, restored: string): Mark {
  return { start, end, found, restored, confidence: 0.9, level: 'high', alternatives: [], source: 'x', entryId: 'x', outputStart: start, outputEnd: start + restored.length }
}
function result(marks: Mark[], skipped: RestoreResult['skipped'] = []): RestoreResult {
  return { text: '', marks, skipped, warnings: [] }
}

describe('folds and samples', () => {
  it('hashes with 32-bit FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5)
    expect(fnv1a('a')).toBe(0xe40c292c)
    expect(fnv1a('foobar')).toBe(0xbf9cf968)
  })

  it('assigns folds deterministically and samples independently of input order', () => {
    const ids = Array.from({ length: 50 }, (_, i) => ({ id: `entry-${i}` }))
    expect(ids.every((e) => foldOf(e.id, 5) === foldOf(e.id, 5) && foldOf(e.id, 5) < 5)).toBe(true)
    expect(new Set(ids.map((e) => foldOf(e.id, 5))).size).toBe(5)
    const a = sampleEntries(ids, 7)
    expect(a).toHaveLength(7)
    expect(sampleEntries([...ids].reverse(), 7)).toEqual(a)
    expect(sampleEntries(ids.slice(0, 3), 7)).toHaveLength(3)
  })
})

describe('phrase templates and judging', () => {
  it('fills a template and capitalizes a sentence-initial slot', () => {
    expect(fillTemplate('{} works well.', 'irregular woodland')).toEqual({ text: 'Irregular woodland works well.', start: 0, end: 18 })
    const mid = fillTemplate('We tried the {} here.', 'irregular woodland')
    expect(mid.text.slice(mid.start, mid.end)).toBe('irregular woodland')
  })

  it('judges marks covering the phrase, case-insensitively', () => {
    const text = 'We tried the irregular woodland here.'
    const [s, e] = [13, 31]
    expect(judgePhrase(text, result([mark(13, 31, 'irregular woodland', 'Random Forest')]), s, e, 'random forest')).toBe('restored')
    // a mark reaching past the phrase must rewrite the extra text to itself
    expect(judgePhrase(text, result([mark(9, 31, 'the irregular woodland', 'the random forest')]), s, e, 'random forest')).toBe('restored')
    expect(judgePhrase(text, result([mark(13, 22, 'irregular', 'random')]), s, e, 'random forest')).toBe('wrong restoration')
    expect(judgePhrase(text, result([mark(0, 2, 'We', 'Us')]), s, e, 'random forest')).toBe('not found')
    const skipped = [{ ...mark(23, 31, 'woodland', 'forest'), reason: 'below-threshold' as const }]
    expect(judgePhrase(text, result([], skipped), s, e, 'random forest')).toBe('skipped: below-threshold')
  })

  it('scores held-in and held-out phrases with a real restorer', () => {
    const entries = dictionary.entries.filter((x) => x.spun !== 'stated')
    const inList = scorePhrases(createRestorer({ dictionaries: [dictionary] }), entries, 'test')
    expect(inList).toMatchObject({ entries: 2, sentences: 6, restored: 6, detected: 6 })
    expect(inList.clean.falseChanges).toBe(0)
    const heldOut = scorePhrases(createRestorer({ dictionaries: [dictionary], disable: entries.map((x) => x.id) }), entries, 'test')
    expect(heldOut).toMatchObject({ restored: 0, detected: 0, outcomes: { 'not found': 6 } })
  })
})

describe('lenient mark verdict', () => {
  it('accepts a correct part of a larger gold region', () => {
    const j = (correct: boolean, restoredTokens: string[], originalTokens: string[]) => lenientCorrect({ correct, restoredTokens, originalTokens })
    expect(j(true, ['x'], [])).toBe(true)
    expect(j(false, ['health'], ['health', 'department'])).toBe(true)
    expect(j(false, ['news', 'agency'], ['the', 'news', 'agency'])).toBe(true)
    expect(j(false, ['news', 'agency'], ['news', 'the', 'agency'])).toBe(false)
    expect(j(false, ['say'], ['said'])).toBe(false)
    expect(j(false, [], ['said'])).toBe(false)
  })
})

describe('false-change tally', () => {
  it('counts changes, ignores casing-only marks, sorts by count', () => {
    const tally = new FalseChangeTally()
    tally.add([mark(0, 6, 'Stated', 'Said'), mark(10, 16, 'stated', 'said'), mark(20, 24, 'Rose', 'rose')], 'a')
    tally.add([mark(0, 4, 'file', 'record')], 'b')
    expect(tally.top(5).map((f) => [f.count, f.change, f.where])).toEqual([[2, 'stated -> said', ['a']], [1, 'file -> record', ['b']]])
  })
})

describe('speed input', () => {
  const reverse = reverseMap([dictionary])

  it('applies the dictionary in reverse, longest first, keeping a capital', () => {
    const spun = spinText('Random forest and artificial intelligence, she said.\nRandom\nforest said', reverse)
    expect(spun.text).toBe('Irregular woodland and counterfeit consciousness, she stated.\nRandom\nforest stated')
    expect(spun.swaps).toBe(4)
  })

  it('mixes clean and spun texts and cuts at paragraph breaks', () => {
    expect(mixTexts(['she said', 'she said'], reverse).text).toBe('she said\n\nshe stated')
    expect(mixTexts(['she said', 'she said'], reverse, true).text).toBe('she stated\n\nshe said')
    expect(cutAt('aaaa\n\nbbbb\n\ncccc', 5)).toBe('aaaa\n\nbbbb')
    expect(cutAt('aaaa\n\nbbbb', 100)).toBe('aaaa\n\nbbbb')
  })

  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(3)
    expect(medianOf([{ ms: 5, rss: 2 }, { ms: 1, rss: 3 }, { ms: 9, rss: 1 }])).toEqual({ ms: 5, rss: 2 })
  })
})

describe('results file and README table', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unspin-bench-test-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const run: RunInfo = { date: '2025-01-02T03:04:05.000Z', commit: 'abcdef1234567', dirty: false, node: 'v20.0.0', machine: { cpu: 'Test CPU', cores: 2, os: 'linux', memoryGB: 8 } }

  it('merges sections', () => {
    const file = join(dir, 'latest.json')
    writeSection('quality', { a: 1 }, file, run)
    writeSection('speed', { b: 2 }, file, run)
    writeSection('quality', { a: 3 }, file, run)
    expect(readResults(file)).toEqual({ quality: { run, a: 3 }, speed: { run, b: 2 } })
    expect(readFileSync(file, 'utf8').endsWith('}\n')).toBe(true)
    expect(readResults(join(dir, 'missing.json'))).toEqual({})
  })

  it('renders the table and replaces only between the markers', () => {
    expect(renderBenchTable({})).toBeNull()
    const block = renderBenchTable({ speed: { run, warm: { restoreWordsPerSecond: 123456, winkWordsPerSecond: 400000, restoreOverWink: 3.24 } } })!
    expect(block).toContain('| Restore speed (one thread, warm) | 123,456 words/s')
    expect(block).toContain('Test CPU (2 cores), Node v20.0.0, abcdef1.')
    const readme = `# x\n${START_MARKER}\nold\n${END_MARKER}\nafter\n`
    expect(replaceBetweenMarkers(readme, 'new')).toBe(`# x\n${START_MARKER}\nnew\n${END_MARKER}\nafter\n`)
    expect(replaceBetweenMarkers('# no markers\n', 'new')).toBeNull()
  })
})
