import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DictionaryError, builtinDictionaries, createRestorer, type Dictionary, type DictionaryInput } from '../../src/index.js'
import { loadSpinnerThesaurus, readSpinnerThesaurus } from '../../src/spinner/load-spinner-thesaurus.js'
import { rankShare } from '../../src/confidence.js'

const dir = mkdtempSync(join(tmpdir(), 'unspin-spinner-'))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const entry = (d: Dictionary, spun: string) => d.entries.find((e) => e.spun === spun)
const confidence = (d: Dictionary, spun: string) => {
  const e = entry(d, spun)!
  return e.prior * rankShare(0, e.originals.length)
}

describe('loadSpinnerThesaurus', () => {
  it('reads a file or the text itself into a validated dictionary named spinner-db', () => {
    const text = 'said|stated|mentioned\ncountry|nation|rustic\n'
    const fromFile = loadSpinnerThesaurus(file('db.txt', text))
    const fromText = loadSpinnerThesaurus(text)
    expect(fromFile.name).toBe('spinner-db')
    expect(fromFile.file).toMatch(/db\.txt$/)
    expect(fromFile.source).toMatch(/db\.txt$/)
    expect(fromText.file).toBeUndefined()
    expect(fromFile.entries).toEqual(fromText.entries)
    expect(entry(fromFile, 'stated')).toMatchObject({ originals: ['said'], line: 1 })
    expect(entry(fromFile, 'rustic')!.originals[0]).toBe('country')
    expect(entry(fromFile, 'rustic')!.line).toBe(2)
  })

  it('ranks originals by position: the headword first, a synonym listed early as the likelier spun form', () => {
    const d = loadSpinnerThesaurus('said|stated|mentioned|declared|noted', { minConfidence: 0 })
    // The first synonym is more likely spun output than the fourth, and the headword least.
    expect(confidence(d, 'stated')).toBeGreaterThan(confidence(d, 'noted'))
    expect(confidence(d, 'noted')).toBeGreaterThan(confidence(d, 'said'))
    expect(confidence(d, 'said')).toBeLessThan(0.2)
    expect(entry(d, 'stated')!.originals[0]).toBe('said')
  })

  it('merges a form found on several lines into one entry, originals ordered by summed weight', () => {
    const d = loadSpinnerThesaurus('report|file|document\nrecord|file|archive\nrecord|file|log\nstated|said')
    expect(entry(d, 'file')!.originals).toEqual(['record', 'report'])
    expect(d.entries.filter((e) => e.spun === 'file')).toHaveLength(1)
  })

  it('takes name, position weights and limits from options, and checks them', () => {
    const d = loadSpinnerThesaurus('said|stated|mentioned|declared', { name: 'farm-7', positionWeights: [0.1, 0.8], maxOriginals: 1 })
    expect(d.name).toBe('farm-7')
    expect(confidence(d, 'mentioned')).toBeGreaterThan(confidence(d, 'stated'))
    expect(d.entries.every((e) => e.originals.length === 1)).toBe(true)
    expect(loadSpinnerThesaurus('a|b|c|d|e|f', { minConfidence: 0 }).entries.map((e) => e.spun)).toContain('a')
    expect(loadSpinnerThesaurus('a|b|c|d|e|f').entries.map((e) => e.spun)).not.toContain('a')
    expect(loadSpinnerThesaurus('a|b|c|d', { minConfidence: 0.1 }).entries.map((e) => e.spun)).not.toContain('a')
    expect(() => loadSpinnerThesaurus('a|b', { name: 'Bad Name' })).toThrow(TypeError)
    expect(() => loadSpinnerThesaurus('a|b', { positionWeights: [] })).toThrow(TypeError)
    expect(() => loadSpinnerThesaurus('a|b', { maxOriginals: 0 })).toThrow(TypeError)
    expect(() => loadSpinnerThesaurus('a|b', { typo: 1 } as never)).toThrow(/options.typo/)
    expect(() => loadSpinnerThesaurus(42 as never)).toThrow(TypeError)
  })

  it('rejects the empty string as an argument error, not as a missing file', () => {
    const call = (): unknown => loadSpinnerThesaurus('')
    expect(call).toThrow(expect.objectContaining({ name: 'TypeError', code: 'E_ARGUMENT', message: expect.stringContaining('`pathOrText` to be a non-empty string: the database text or a file path') }))
    expect(call).toThrow(/got the string ""/)
  })

  it('reports what it skipped in the description and stats', () => {
    const { dictionary, stats } = readSpinnerThesaurus('said|stated|mentioned|reported|noted|declared\nsaid|stated|mentioned|reported|noted|declared\n---|x|y\nalone\n')
    // "said" heads its line of five synonyms: its best original would get 0.03, below the default minConfidence 0.05.
    expect(stats).toMatchObject({ lines: 4, sets: 2, entries: 7, belowMinConfidence: 1 })
    expect(dictionary.description).toMatch(/4 lines, 2 synonym sets, 7 spun forms \(1 more below minConfidence left out\); skipped: 1 no-letter, 1 single-member, 1 duplicate-set/)
    expect(dictionary.warnings).toEqual([])
  })

  it('names the file and line of malformed spintax, and an unreadable file', () => {
    const path = file('bad.txt', 'said|stated\n\n{good|fine\n')
    expect(() => loadSpinnerThesaurus(path)).toThrow(DictionaryError)
    expect(() => loadSpinnerThesaurus(path)).toThrow(/bad\.txt:3:1: unbalanced "\{"/)
    expect(() => loadSpinnerThesaurus('x\n{y', { file: 'inline.txt' })).toThrow(/^inline\.txt:2:1: /)
    expect(() => loadSpinnerThesaurus(join(dir, 'missing.txt'))).toThrow(/missing\.txt: cannot read the spinner database/)
  })

  it('fails on a database in another format (no line with two members), naming the first such line', () => {
    const tabs = file('tabs.txt', '# exported thesaurus\nbig\tlarge\thuge\nsmall\tlittle\n')
    expect(() => loadSpinnerThesaurus(tabs)).toThrow(DictionaryError)
    expect(() => loadSpinnerThesaurus(tabs)).toThrow(/tabs\.txt:2: no synonym sets: .*"word\|synonym\|synonym".*tab- or comma-separated/)
    expect(() => loadSpinnerThesaurus('big,large,huge\nsmall,little\n', { file: 'commas.txt' })).toThrow(/^commas\.txt:1: no synonym sets/)
    // One good line is a database; blank and comment lines only are an empty one.
    expect(loadSpinnerThesaurus('big,large\nsmall|little\n').entries.map((e) => e.spun).sort()).toEqual(['little', 'small'])
    expect(loadSpinnerThesaurus('# nothing here yet\n\n').entries).toEqual([])
  })

  it('fails on a file that is not UTF-8, naming it, rather than load U+FFFD into synonyms', () => {
    const path = join(dir, 'latin1.txt')
    writeFileSync(path, Buffer.concat([Buffer.from('said|stated\ncaf'), Buffer.from([0xe9]), Buffer.from('|bistro\n')]))
    expect(() => loadSpinnerThesaurus(path)).toThrow(DictionaryError)
    expect(() => loadSpinnerThesaurus(path)).toThrow(/latin1\.txt: expected UTF-8 text/)
  })

  it('treats hostile words as ordinary words', () => {
    const d = loadSpinnerThesaurus('__proto__|constructor|toString|hasOwnProperty\nprototype|__proto__\n')
    expect(entry(d, 'constructor')!.originals[0]).toBe('__proto__')
    expect(entry(d, '__proto__')!.originals).toContain('prototype')
    // Nothing leaked onto Object.prototype: a fresh object has no such keys.
    expect(Object.keys(Object.prototype)).toEqual([])
    expect(({} as Record<string, unknown>).constructor).toBe(Object)
    const restorer = createRestorer({ dictionaries: [d], threshold: 0.3, languageModel: null })
    expect(restorer.restore('call toString on it').text).toBe('call __proto__ on it')
  })

  it("stands beside the other layers' entries of a spun form; a later plain layer shadows both, a later database the earlier one", () => {
    const database = loadSpinnerThesaurus('told|instructed|informed\n', { name: 'my-spinner' })
    const ours: DictionaryInput = { version: 1, name: 'ours', entries: [{ spun: 'instructed', original: ['ordered'], prior: 0.9 }] }
    const options = (dictionaries: readonly (Dictionary | DictionaryInput)[]) => {
      const result = createRestorer({ dictionaries, threshold: 0, languageModel: null }).restore('The court instructed the firm.')
      const [span] = [...result.marks, ...result.skipped]
      return { found: [span!.restored, ...span!.alternatives.map((a) => a.restored)].sort(), shadowed: createRestorer({ dictionaries, languageModel: null }).warnings.filter((w) => w.code === 'shadowed-entry').map((w) => `${w.source}/${w.entryId}`) }
    }
    expect(options([ours, database])).toEqual({ found: ['ordered', 'told'], shadowed: [] })
    expect(options([database, ours])).toEqual({ found: ['ordered'], shadowed: ['my-spinner/instructed'] })
    const other = loadSpinnerThesaurus('directed|instructed\n', { name: 'other-spinner' })
    expect(options([ours, database, other])).toEqual({ found: ['directed', 'ordered'], shadowed: ['my-spinner/instructed'] })
  })

  // Priors only (no language model), so the figures depend on this loader alone.
  it('plugs into layering: marks carry the dictionary name as source, and disable removes it', () => {
    const d = loadSpinnerThesaurus('told|instructed|informed\n', { name: 'my-spinner' })
    const restorer = createRestorer({ dictionaries: [...builtinDictionaries(), d], threshold: 0.3, languageModel: null })
    const result = restorer.restore('Peskov instructed the reporters.')
    expect(result.text).toBe('Peskov told the reporters.')
    expect(result.marks[0]).toMatchObject({ source: 'my-spinner', entryId: 'instructed', found: 'instructed', restored: 'told' })
    // The built-in entry for "instructed" stands beside the database's (not shadowed); the database's
    // option for the same original is the one kept.
    expect(restorer.warnings.some((w) => w.code === 'shadowed-entry' && w.entryId === 'instructed')).toBe(false)
    const off = createRestorer({ dictionaries: [...builtinDictionaries(), d], disable: ['my-spinner'], threshold: 0.3, languageModel: null })
    expect(off.restore('Peskov instructed the reporters.').marks.every((m) => m.source !== 'my-spinner')).toBe(true)
  })
})
