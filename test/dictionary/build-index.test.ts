import { describe, expect, it } from 'vitest'
import { buildMatchIndex, type IndexedEntry, type MatchIndex } from '../../src/dictionary/build-index.js'
import { loadDictionary, type DictionaryEntryInput } from '../../src/index.js'

// buildMatchIndex alone: merging layers (later wins, with a warning), `disable`, and the maps the
// matcher reads (by spelling, by lemma, key prefixes, longest entry). Small dictionaries written here.

const dict = (name: string, entries: readonly DictionaryEntryInput[], extra: { compose?: boolean } = {}) => loadDictionary({ version: 1, name, entries, ...extra })

const GARDEN = dict('garden', [
  { spun: 'tiny', original: 'small', prior: 0.8 },
  { spun: 'vibrant flowers', original: ['bright flowers', 'vivid flowers'], prior: 0.9 },
  { spun: 'costly garden tools', original: 'expensive garden tools', prior: 0.7 },
  { spun: 'Persistence', original: 'Patience', prior: 0.6 },
])

const ids = (list: readonly IndexedEntry[] | undefined): string[] => (list ?? []).map((e) => `${e.source}/${e.entry.id}`)
const surface = (index: MatchIndex, key: string): string[] => ids(index.bySurface.get(key))

describe('buildMatchIndex: the maps', () => {
  const { index, warnings } = buildMatchIndex([GARDEN])

  it('keys every entry by its lowercased words, joined by single spaces', () => {
    expect(warnings).toEqual([])
    expect([...index.bySurface.keys()].sort()).toEqual(['costly garden tools', 'persistence', 'tiny', 'vibrant flowers'])
    expect(surface(index, 'persistence')).toEqual(['garden/persistence'])
    expect(index.entryCount).toBe(4)
  })

  it('keys entries by lemma as well: "vibrant flowers" under "vibrant flower"', () => {
    expect(ids(index.byLemma.get('vibrant flower'))).toEqual(['garden/vibrant-flowers'])
    expect(ids(index.byLemma.get('costly garden tool'))).toEqual(['garden/costly-garden-tools'])
  })

  it('maxTokens is the longest entry, in tokens', () => {
    expect(index.maxTokens).toBe(3)
  })

  it('keyPrefixes holds every leading part of every key, by spelling and by lemma', () => {
    for (const prefix of ['tiny', 'vibrant', 'vibrant flowers', 'vibrant flower', 'costly', 'costly garden', 'costly garden tools', 'costly garden tool', 'persistence']) {
      expect(index.keyPrefixes.has(prefix), prefix).toBe(true)
    }
    for (const notPrefix of ['flowers', 'garden', 'garden tools', 'tiny house']) expect(index.keyPrefixes.has(notPrefix), notPrefix).toBe(false)
  })

  it('knownOriginals lists every original, lowercased', () => {
    expect([...index.knownOriginals].sort()).toEqual(['bright flowers', 'expensive garden tools', 'patience', 'small', 'vivid flowers'])
  })

  it('indexes each original as words and their lemmas, most likely first', () => {
    const [entry] = index.bySurface.get('vibrant flowers')!
    expect(entry!.norms).toEqual(['vibrant', 'flowers'])
    expect(entry!.lemmas).toEqual(['vibrant', 'flower'])
    expect(entry!.originals.map((o) => [o.text, o.words, o.lemmas])).toEqual([
      ['bright flowers', ['bright', 'flowers'], ['bright', 'flower']],
      ['vivid flowers', ['vivid', 'flowers'], ['vivid', 'flower']],
    ])
    expect(index.bySurface.get('persistence')![0]!.originals[0]!.words).toEqual(['Patience'])
  })

  it('parses `when` conditions once, at index time', () => {
    const { index: withWhen } = buildMatchIndex([dict('cond', [{ spun: 'guidance', original: 'advice', when: '"garden" AND "neighbours"' }, { spun: 'home', original: 'house' }])])
    expect(withWhen.bySurface.get('guidance')![0]!.condition).toBeDefined()
    expect(withWhen.bySurface.get('home')![0]!.condition).toBeUndefined()
  })

  it('builds the compound index only when asked', () => {
    expect(index.compounds).toBeUndefined()
    expect(buildMatchIndex([GARDEN], [], { composeCompounds: true }).index.compounds).toBeDefined()
  })

  it('an empty list of layers gives an empty index', () => {
    const { index: empty, warnings: none } = buildMatchIndex([])
    expect({ entries: empty.entryCount, max: empty.maxTokens, keys: empty.bySurface.size, prefixes: empty.keyPrefixes.size }).toEqual({ entries: 0, max: 0, keys: 0, prefixes: 0 })
    expect(none).toEqual([])
  })
})

describe('buildMatchIndex: layers', () => {
  const MINE = dict('mine', [{ spun: 'TINY', original: 'little', prior: 0.9 }, { spun: 'home', original: 'house' }])

  it('a later layer wins on the same spun form (compared case-insensitively) and the shadowed entry is reported', () => {
    const { index, warnings } = buildMatchIndex([GARDEN, MINE])
    expect(surface(index, 'tiny')).toEqual(['mine/tiny'])
    expect(index.bySurface.get('tiny')![0]!.entry.originals).toEqual(['little'])
    expect(index.entryCount).toBe(5)
    expect(warnings).toEqual([
      { code: 'shadowed-entry', message: 'entry "tiny" of "garden" is shadowed by "tiny" of "mine" (same spun form "TINY")', source: 'garden', entryId: 'tiny' },
    ])
    // The other order: the garden entry wins.
    expect(surface(buildMatchIndex([MINE, GARDEN]).index, 'tiny')).toEqual(['garden/tiny'])
  })

  it('originals of a shadowed entry are no longer known', () => {
    const { index } = buildMatchIndex([GARDEN, MINE])
    expect(index.knownOriginals.has('small')).toBe(false)
    expect(index.knownOriginals.has('little')).toBe(true)
  })

  it('a dictionary given twice is reported once per repeat; its later copy wins', () => {
    const { index, warnings } = buildMatchIndex([GARDEN, GARDEN])
    expect(warnings).toEqual([{ code: 'duplicate-dictionary', message: 'dictionary "garden" is given more than once; its later copy wins', source: 'garden' }])
    expect(index.entryCount).toBe(4)
  })

  it('`disable` removes a dictionary by name or an entry by id', () => {
    const byName = buildMatchIndex([GARDEN, MINE], ['garden'])
    expect(byName.warnings).toEqual([])
    expect(surface(byName.index, 'tiny')).toEqual(['mine/tiny'])
    expect(byName.index.bySurface.has('vibrant flowers')).toBe(false)
    const byId = buildMatchIndex([GARDEN], ['vibrant-flowers', 'persistence'])
    expect([...byId.index.bySurface.keys()].sort()).toEqual(['costly garden tools', 'tiny'])
    expect(byId.index.knownOriginals.has('patience')).toBe(false)
  })

  it('a disabled entry no longer shadows one of an earlier layer', () => {
    const { index, warnings } = buildMatchIndex([GARDEN, MINE], ['mine'])
    expect(surface(index, 'tiny')).toEqual(['garden/tiny'])
    expect(warnings).toEqual([])
  })

  it('a `disable` name that matches nothing is reported', () => {
    const { warnings } = buildMatchIndex([GARDEN], ['gardn', 'tiny'])
    expect(warnings).toEqual([{ code: 'unknown-disable', message: '`disable` names "gardn", which is neither a dictionary name nor an entry id of the layers given' }])
  })

  it('carries the layers\' own load warnings first', () => {
    const skipped = loadDictionary({ version: 1, name: 'skipping', entries: [{ spun: 'home', original: 'house' }, { spun: 'bad', original: 'bad' }] }, { onInvalidEntry: 'skip' })
    expect(skipped.warnings.length).toBe(1)
    const { warnings } = buildMatchIndex([skipped, GARDEN], ['nothing-by-this-name'])
    expect(warnings[0]).toEqual(skipped.warnings[0])
    expect(warnings.map((w) => w.code)).toEqual([skipped.warnings[0]!.code, 'unknown-disable'])
  })

  it('entries of a compose dictionary are indexed as compose-only and teach no known originals', () => {
    const parts = dict('parts', [{ spun: 'bosom', original: 'breast' }], { compose: true })
    const { index } = buildMatchIndex([GARDEN, parts])
    expect(index.bySurface.get('bosom')![0]!.compose).toBe(true)
    expect(index.bySurface.get('tiny')![0]!.compose).toBe(false)
    expect(index.knownOriginals.has('breast')).toBe(false)
  })
})

describe('buildMatchIndex: order independence', () => {
  it('lists under one key are sorted by entry id, then dictionary, whatever the layer order', () => {
    // Three spellings, in three dictionaries, that share the lemma key "flower bed".
    const a = dict('a-words', [{ spun: 'flowers bed', original: 'plant beds' }])
    const b = dict('b-words', [{ spun: 'flower beds', original: 'garden beds' }])
    const c = dict('c-words', [{ spun: 'flower bed', original: 'garden bed' }])
    for (const layers of [[a, b, c], [c, b, a], [b, c, a]]) {
      const { index, warnings } = buildMatchIndex(layers)
      expect(warnings).toEqual([])
      expect(ids(index.byLemma.get('flower bed'))).toEqual(['c-words/flower-bed', 'b-words/flower-beds', 'a-words/flowers-bed'])
    }
  })

  it('entries with the same id under one key are sorted by dictionary name', () => {
    const y = dict('y-words', [{ id: 'bed', spun: 'flowers bed', original: 'plant beds' }])
    const x = dict('x-words', [{ id: 'bed', spun: 'flower beds', original: 'garden beds' }])
    for (const layers of [[x, y], [y, x]]) expect(ids(buildMatchIndex(layers).index.byLemma.get('flower bed'))).toEqual(['x-words/bed', 'y-words/bed'])
  })

  it('entries given in any order within a dictionary give the same maps', () => {
    const entries: DictionaryEntryInput[] = [
      { spun: 'flower beds', original: 'garden beds' },
      { spun: 'flower bed', original: 'garden bed' },
      { spun: 'flowers bed', original: 'plant beds' },
      { spun: 'tiny', original: 'small' },
    ]
    const view = (index: MatchIndex) => [...index.byLemma].map(([k, v]) => [k, ids(v)] as const).sort(([x], [y]) => (x < y ? -1 : 1))
    expect(view(buildMatchIndex([dict('x', [...entries].reverse())]).index)).toEqual(view(buildMatchIndex([dict('x', entries)]).index))
  })
})
