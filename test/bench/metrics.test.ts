// Tests for the benchmark measurement library. All example sentences are written for these tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { brownDir, detokenizeBrown, loadBrown } from '../../bench/data/brown.js'
import { loadNewsPairs } from '../../bench/data/news.js'
import { diffTokens, tokenDistance } from '../../bench/metrics/align.js'
import { bucketOf, calibrate, judgeMarks } from '../../bench/metrics/calibration.js'
import { scoreTokens, scoreTokensWithOffsets } from '../../bench/metrics/normalize.js'
import {
  aggregate, changePrecisionCounts, falseChanges, regionCounts, scoreClean, scoreDocument, words,
} from '../../bench/metrics/quality.js'
import { formatNumber, formatTable } from '../../bench/metrics/table.js'

const t = scoreTokens

describe('scoreTokens', () => {
  it('expands contractions', () => {
    expect(t("They won't go, can't stay and cannot leave.")).toEqual(
      ['they', 'will', 'not', 'go', ',', 'can', 'not', 'stay', 'and', 'can', 'not', 'leave', '.'])
    expect(t("I'm sure you're right; we've said we'll see. He'd know. Don't!")).toEqual([
      'i', 'am', 'sure', 'you', 'are', 'right', ';', 'we', 'have', 'said', 'we', 'will', 'see', '.',
      'he', 'would', 'know', '.', 'do', 'not', '!'])
  })

  it('straightens curly quotes and keeps the clitic \'s', () => {
    expect(t('\u201CIt\u2019s Sam\u2019s,\u201D she said.')).toEqual(
      ['"', 'it', "'s", 'sam', "'s", ',', '"', 'she', 'said', '.'])
    expect(t('They don\u2019t')).toEqual(t("they don't"))
  })

  it('keeps numbers and hyphenated words whole, splits other punctuation', () => {
    expect(t('Sales rose 7,554 units to 20.88 million at a well-known shop.')).toEqual(
      ['sales', 'rose', '7,554', 'units', 'to', '20.88', 'million', 'at', 'a', 'well-known', 'shop', '.'])
    expect(t('In 2019, prices (mostly) fell -- a lot...')).toEqual(
      ['in', '2019', ',', 'prices', '(', 'mostly', ')', 'fell', '-', '-', 'a', 'lot', '.', '.', '.'])
    expect(t('')).toEqual([])
    expect(t('  \n ')).toEqual([])
  })

  it('gives source offsets, splitting contractions inside the word', () => {
    // "We don't." : We[0,2) don't[3,8) -> do[3,5) not[5,8), .[8,9)
    expect(scoreTokensWithOffsets("We don't.")).toEqual([
      { token: 'we', start: 0, end: 2 },
      { token: 'do', start: 3, end: 5 },
      { token: 'not', start: 5, end: 8 },
      { token: '.', start: 8, end: 9 },
    ])
    // "Cannot": can[0,3) not[3,6)
    expect(scoreTokensWithOffsets('Cannot').map((x) => [x.token, x.start, x.end])).toEqual([['can', 0, 3], ['not', 3, 6]])
  })
})

describe('diffTokens / tokenDistance', () => {
  it('handles empty and identical inputs', () => {
    expect(diffTokens([], [])).toEqual([])
    expect(diffTokens([], ['a', 'b'])).toEqual([{ tag: 'insert', aStart: 0, aEnd: 0, bStart: 0, bEnd: 2 }])
    expect(diffTokens(['a'], [])).toEqual([{ tag: 'delete', aStart: 0, aEnd: 1, bStart: 0, bEnd: 0 }])
    expect(diffTokens(['a', 'b'], ['a', 'b'])).toEqual([{ tag: 'equal', aStart: 0, aEnd: 2, bStart: 0, bEnd: 2 }])
    expect(tokenDistance([], ['a', 'b'])).toBe(2)
  })

  it('gives replace regions and merges adjacent steps', () => {
    // spun "the feline sat on the rug" vs original "the cat sat on the mat": two one-token replaces.
    expect(diffTokens(t('the feline sat on the rug'), t('the cat sat on the mat'))).toEqual([
      { tag: 'equal', aStart: 0, aEnd: 1, bStart: 0, bEnd: 1 },
      { tag: 'replace', aStart: 1, aEnd: 2, bStart: 1, bEnd: 2 },
      { tag: 'equal', aStart: 2, aEnd: 5, bStart: 2, bEnd: 5 },
      { tag: 'replace', aStart: 5, aEnd: 6, bStart: 5, bEnd: 6 },
    ])
    // "in line with" -> "according to": 2 replaces + 1 delete merge into one replace, cost 3.
    const a = t('in line with the plan')
    const b = t('according to the plan')
    expect(diffTokens(a, b)).toEqual([
      { tag: 'replace', aStart: 0, aEnd: 3, bStart: 0, bEnd: 2 },
      { tag: 'equal', aStart: 3, aEnd: 5, bStart: 2, bEnd: 4 },
    ])
    expect(tokenDistance(a, b)).toBe(3)
  })

  it('keeps a token matched when that costs nothing extra', () => {
    // [x the] -> [the y]: two replaces or delete+match+insert, both cost 2; the match is kept.
    expect(diffTokens(['x', 'the'], ['the', 'y'])).toEqual([
      { tag: 'delete', aStart: 0, aEnd: 1, bStart: 0, bEnd: 0 },
      { tag: 'equal', aStart: 1, aEnd: 2, bStart: 0, bEnd: 1 },
      { tag: 'insert', aStart: 2, aEnd: 2, bStart: 1, bEnd: 2 },
    ])
    expect(tokenDistance(['x', 'the'], ['the', 'y'])).toBe(2)
    // Classic: a b c d e f -> a z c d f: replace b->z, delete e = 2.
    expect(tokenDistance(['a', 'b', 'c', 'd', 'e', 'f'], ['a', 'z', 'c', 'd', 'f'])).toBe(2)
  })

  it('is fast enough for 2,000-token documents', () => {
    const a = Array.from({ length: 2000 }, (_, k) => `w${k % 53}`)
    const b = a.map((x, k) => (k % 10 === 3 ? 'new' : x))
    const started = performance.now()
    expect(tokenDistance(a, b)).toBe(200) // 200 tokens absent from a: at least 200, and 200 replaces do it
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('splits very long inputs at anchors and stays exact on sparse edits', () => {
    const a = Array.from({ length: 30_000 }, (_, k) => `u${k}`)
    const b = a.map((x, k) => (k % 1000 === 500 ? 'changed' : x))
    const ops = diffTokens(a, b)
    expect(ops.filter((op) => op.tag !== 'equal')).toHaveLength(30)
    expect(tokenDistance(a, b)).toBe(30)
  })
})

describe('quality counts', () => {
  it('scores the cat example', () => {
    // dist(spun, orig) = 2 (feline, rug); dist(restored, orig) = 1 (rug) -> ERR 0.5.
    // written = ["cat"], lies in an equal block of diff(restored -> orig) -> correct 1.
    // gold regions 2, system regions 1 (feline->cat, same span and tokens as gold) -> correct 1.
    const c = scoreDocument({
      spun: 'the feline sat on the rug', restored: 'the cat sat on the rug', original: 'the cat sat on the mat',
    })
    expect(c).toMatchObject({
      docs: 1, distSpun: 2, distRestored: 1, written: 1, correct: 1, systemRegions: 1, goldRegions: 2, correctRegions: 1,
    })
    const s = aggregate([c])
    expect(s.err).toBe(0.5)
    expect(s.changePrecision).toBe(1)
    expect(s.regionPrecision).toBe(1)
    expect(s.regionRecall).toBe(0.5)
    expect(s.falseChangesPer1000).toBeNull()
  })

  it('credits the right words of a half-restored multi-word swap, but not the strict region', () => {
    // orig  : prices rose according to the report           (6 tokens)
    // spun  : prices rose in line with the report           gold: [2,5) in line with -> according to, dist 3
    // restor: prices rose in line to the report             system: [4,5) with -> to
    // diff(restored, orig): [in line] -> [according], "to" equal -> dist 2, "to" correct.
    const doc = {
      spun: 'prices rose in line with the report',
      restored: 'prices rose in line to the report',
      original: 'prices rose according to the report',
    }
    expect(changePrecisionCounts(doc.spun, doc.restored, doc.original)).toEqual({ written: 1, correct: 1 })
    expect(regionCounts(doc.spun, doc.restored, doc.original)).toEqual({ systemRegions: 1, goldRegions: 1, correctRegions: 0 })
    const s = aggregate([scoreDocument(doc)])
    expect(s.err).toBeCloseTo(1 / 3, 12) // 1 - 2/3
    expect(s.changePrecision).toBe(1)
    expect(s.regionPrecision).toBe(0)
    expect(s.regionRecall).toBe(0)
  })

  it('scores wrong restorations, including one that makes the text worse', () => {
    // stated -> told where the original has said: dist 1 before and after, ERR 0, precision 0.
    const wrong = scoreDocument({ spun: 'she stated no', restored: 'she told no', original: 'she said no' })
    expect(wrong).toMatchObject({ distSpun: 1, distRestored: 1, written: 1, correct: 0, systemRegions: 1, goldRegions: 1, correctRegions: 0 })
    expect(aggregate([wrong]).err).toBe(0)
    // Also changing the clean "she": [she stated] -> [he told], written 2, dist(restored, orig) 2, ERR 1 - 2/1 = -1.
    const worse = scoreDocument({ spun: 'she stated no', restored: 'he told no', original: 'she said no' })
    expect(worse).toMatchObject({ distSpun: 1, distRestored: 2, written: 2, correct: 0, systemRegions: 1, correctRegions: 0 })
    expect(aggregate([worse]).err).toBe(-1)
  })

  it('handles delete and insert regions', () => {
    // Spinner inserted "many": gold = delete [4,5). A perfect restore writes no tokens.
    const del = scoreDocument({
      spun: 'they moved among the many trees', restored: 'they moved among the trees', original: 'they moved among the trees',
    })
    expect(del).toMatchObject({ distSpun: 1, distRestored: 0, written: 0, correct: 0, systemRegions: 1, goldRegions: 1, correctRegions: 1 })
    expect(aggregate([del]).changePrecision).toBeNull() // 0 / 0
    // Spinner dropped "very": gold = insert at 2 of ["very"]; restoring writes 1 correct token.
    const ins = scoreDocument({ spun: 'it was cold', restored: 'it was very cold', original: 'it was very cold' })
    expect(ins).toMatchObject({ distSpun: 1, distRestored: 0, written: 1, correct: 1, systemRegions: 1, goldRegions: 1, correctRegions: 1 })
    // Contractions count as their expansion: "we've got" vs "we have" differs only by "got".
    expect(scoreDocument({ spun: "We've got rules", restored: "We've got rules", original: 'we have rules' }).distSpun).toBe(1)
  })

  it('handles empty inputs with null rates', () => {
    const c = scoreDocument({ spun: '', restored: '', original: '' })
    expect(c).toMatchObject({ distSpun: 0, distRestored: 0, written: 0, systemRegions: 0, goldRegions: 0 })
    const s = aggregate([c])
    expect([s.err, s.changePrecision, s.regionPrecision, s.regionRecall, s.falseChangesPer1000]).toEqual([null, null, null, null, null])
    expect(aggregate([]).docs).toBe(0)
    // Empty spun, non-empty original: one gold insert region, nothing restored -> ERR 0, recall 0.
    const e = aggregate([scoreDocument({ spun: '', restored: '', original: 'hello world' })])
    expect([e.distSpun, e.goldRegions, e.err, e.regionRecall, e.regionPrecision]).toEqual([2, 1, 0, 0, null])
  })

  it('aggregates by summing counts', () => {
    // cat doc: distSpun 2, distRestored 1, written 1, correct 1, regions sys 1 gold 2 ok 1
    // wrong doc: distSpun 1, distRestored 1, written 1, correct 0, regions sys 1 gold 1 ok 0
    // sums: ERR = 1 - 2/3, precision 1/2, region precision 1/2, recall 1/3
    const s = aggregate([
      scoreDocument({ spun: 'the feline sat on the rug', restored: 'the cat sat on the rug', original: 'the cat sat on the mat' }),
      scoreDocument({ spun: 'she stated no', restored: 'she told no', original: 'she said no' }),
    ])
    expect(s.docs).toBe(2)
    expect(s.err).toBeCloseTo(1 / 3, 12)
    expect(s.changePrecision).toBe(0.5)
    expect(s.regionPrecision).toBe(0.5)
    expect(s.regionRecall).toBeCloseTo(1 / 3, 12)
  })

  it('counts false changes on clean text per 1,000 words', () => {
    const clean = 'The old man walked home slowly, didn\'t he?'
    // words: the old man walked home slowly did not he = 9 (punctuation excluded)
    expect(words(clean)).toBe(9)
    expect(falseChanges(clean, clean)).toBe(0)
    // two separate changed regions: old -> elderly, slowly -> gradually
    const restored = 'The elderly man walked home gradually, didn\'t he?'
    expect(falseChanges(clean, restored)).toBe(2)
    const s = aggregate([scoreClean(clean, restored), scoreClean('Nothing changed here.', 'Nothing changed here.')])
    // 2 false changes over 9 + 3 = 12 words -> 166.67 per 1,000
    expect(s.falseChanges).toBe(2)
    expect(s.cleanWords).toBe(12)
    expect(s.falseChangesPer1000).toBeCloseTo(2000 / 12, 9)
    expect(s.err).toBeNull()
  })
})

describe('calibration', () => {
  it('buckets confidences and computes ECE', () => {
    const items = [
      { confidence: 0.95, correct: true }, { confidence: 0.95, correct: true },
      { confidence: 0.95, correct: false }, { confidence: 1, correct: true },
      { confidence: 0.05, correct: false }, { confidence: 0.05, correct: false },
      { confidence: 0.1, correct: true },
    ]
    const c = calibrate(items)
    expect(c.rows).toHaveLength(10)
    expect(c.rows[0]).toMatchObject({ bucket: '[0.0,0.1)', n: 2, observed: 0 })
    expect(c.rows[0]!.meanConfidence).toBeCloseTo(0.05, 12)
    expect(c.rows[1]).toMatchObject({ bucket: '[0.1,0.2)', n: 1, observed: 1 })
    expect(c.rows[5]).toMatchObject({ n: 0, meanConfidence: null, observed: null })
    // bucket 9: mean (3 * 0.95 + 1) / 4 = 0.9625, observed 3/4
    expect(c.rows[9]).toMatchObject({ bucket: '[0.9,1.0]', n: 4, observed: 0.75 })
    expect(c.rows[9]!.meanConfidence).toBeCloseTo(0.9625, 12)
    // ECE = (4 * 0.2125 + 2 * 0.05 + 1 * 0.9) / 7 = 1.85 / 7
    expect(c.ece).toBeCloseTo(1.85 / 7, 12)
    expect(calibrate([]).ece).toBeNull()
    expect(bucketOf(0.3)).toBe(3)
    expect(bucketOf(0.7)).toBe(7)
    expect(() => bucketOf(1.2)).toThrow(RangeError)
    expect(() => bucketOf(Number.NaN)).toThrow(RangeError)
  })
})

describe('judgeMarks', () => {
  const mark = (text: string, found: string, restored: string, confidence = 0.9) => {
    const start = text.indexOf(found)
    return { start, end: start + found.length, found, restored, confidence }
  }

  it('judges single-word marks', () => {
    const spun = 'The feline sat on the rug.'
    const j = judgeMarks(spun, [mark(spun, 'feline', 'cat'), mark(spun, 'rug', 'carpet', 0.4)], 'The cat sat on the mat.')
    expect(j.map((x) => x.correct)).toEqual([true, false])
    expect(j[0]!.spunSpan).toEqual([1, 2])
    expect(j[1]!.originalTokens).toEqual(['mat'])
    expect(j[1]!.confidence).toBe(0.4)
  })

  it('needs the whole multi-word swap', () => {
    const spun = 'Prices rose in line with the report.'
    const original = 'Prices rose according to the report.'
    const j = judgeMarks(spun, [mark(spun, 'in line with', 'according to'), mark(spun, 'with', 'to')], original)
    expect(j[0]!.correct).toBe(true)
    expect(j[1]!.correct).toBe(false) // boundary inside the gold region widens to "according to"
    expect(j[1]!.originalTokens).toEqual(['according', 'to'])
  })

  it('handles contractions and insertions next to the mark', () => {
    const spun = "We've got the keys."
    expect(judgeMarks(spun, [mark(spun, "We've got", 'We have')], 'We have the keys.')[0]!.correct).toBe(true)
    const spun2 = 'It was cold today.'
    const original2 = 'It was very cold today.'
    const j = judgeMarks(spun2, [mark(spun2, 'cold', 'very cold'), mark(spun2, 'today', 'now')], original2)
    expect(j.map((x) => x.correct)).toEqual([true, false])
    // feeds straight into calibrate
    expect(calibrate(j).n).toBe(2)
  })
})

describe('formatTable', () => {
  it('aligns columns and prints n/a', () => {
    const out = formatTable(['name', { header: 'err', decimals: 2 }, 'n'], [['all', 0.5, 3], ['none', null, 0]])
    expect(out).toBe(['name   err  n', '----  ----  -', 'all   0.50  3', 'none   n/a  0'].join('\n'))
    expect(formatNumber(Number.NaN)).toBe('n/a')
    expect(formatNumber(1 / 3)).toBe('0.33')
    expect(formatNumber(12)).toBe('12')
  })
})

describe('loaders', () => {
  it('loads news pairs sorted by id, null when absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unspin-news-'))
    try {
      const pair = (id: string) => ({
        id, spun_text: 'The feline sat.', original_text: 'The cat sat.', spinner_family: 'A-classic', topic: 'pets',
        spun_url: '', original_url: '', notes: '', spun_domain: 'farm.example',
      })
      writeFileSync(join(dir, 'b.json'), JSON.stringify(pair('010')))
      writeFileSync(join(dir, 'a.json'), JSON.stringify(pair('002')))
      mkdirSync(join(dir, 'sub'))
      const pairs = loadNewsPairs(dir)
      expect(pairs?.map((p) => p.id)).toEqual(['002', '010'])
      expect(pairs?.[0]).toEqual({ id: '002', family: 'A-classic', spun: 'The feline sat.', original: 'The cat sat.', topic: 'pets', farm: 'farm.example' })
      expect(loadNewsPairs(join(dir, 'missing'))).toBeNull()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('detokenizes tagged Brown text', () => {
    const tagged = "\n\n\t``/`` Hello/uh ''/'' ,/, she/pps said/vbd (/( twice/rb )/) ./.\n\n\tIt/pps is/bez '/' odd/jj '/' ./.\n"
    expect(detokenizeBrown(tagged)).toBe('"Hello", she said (twice).\n\nIt is \'odd\'.')
    // headline lines (-hl tags) become their own paragraph
    expect(detokenizeBrown('2/cd-hl ./.-hl\nMethods/nns-hl\nWe/ppss tried/vbd ./.\nIt/pps failed/vbd ./.\n'))
      .toBe('2. Methods\n\nWe tried. It failed.')
  })

  it.skipIf(brownDir() === null)('loads Brown press and learned texts', () => {
    const press = loadBrown(['press'])!
    expect(press).toHaveLength(44 + 27 + 17) // ca + cb + cc
    expect(new Set(press.map((x) => x.id.slice(0, 2)))).toEqual(new Set(['ca', 'cb', 'cc']))
    const learned = loadBrown(['learned'])!
    expect(learned).toHaveLength(80)
    expect(learned.every((x) => x.id.startsWith('cj') && x.category === 'learned')).toBe(true)
    for (const x of [...press, ...learned]) {
      // no word/tag left (slashes such as mg/l are text), no opening `` quotes, no space before closing punctuation
      // (Brown itself has inch marks such as 1/4'' so '' may remain inside a token)
      expect(x.text).not.toMatch(/\/(at|nn|nns|np|in|jj|vbd|cc|cd)(-[a-z]+)*(\s|$)|``| [,.;:?!)]/)
    }
    expect(() => loadBrown(['nonsense'])).toThrow(RangeError)
  })
})
