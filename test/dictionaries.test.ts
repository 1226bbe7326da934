import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { renderBuiltinModule, GENERATED_MODULE } from '../scripts/build-dictionaries.js'
import { BUILTIN_DICTIONARY_JSON, BUILTIN_MATCH_INDEX } from '../src/dictionary/builtin-data.generated.js'
import { spunKey } from '../src/dictionary/entry-id.js'
import { builtinDictionaries, createRestorer, type Restorer } from '../src/index.js'
import { buildMatchIndex } from '../src/dictionary/build-index.js'
import { precomputedAnalysis } from '../src/dictionary/builtin.js'
import type { CompoundIndex } from '../src/dictionary/compound-index.js'
import { parseDictionaryText } from '../src/dictionary/parse-dictionary-text.js'
import { matchIndexView } from './helpers/match-index-view.js'

const schema = JSON.parse(readFileSync(new URL('../dictionaries/dictionary.schema.json', import.meta.url), 'utf8'))

describe('shipped dictionaries', () => {
  // Compiling takes seconds: compile once for the up-to-date check, once more to compare.
  let compiled: string | undefined
  const compileOnce = (): string => (compiled ??= renderBuiltinModule())

  it('the generated module is up to date with dictionaries/ (run npm run build:dict)', () => {
    expect(readFileSync(GENERATED_MODULE, 'utf8')).toBe(compileOnce())
  })

  it('compiling twice gives the same bytes', () => {
    expect(renderBuiltinModule()).toBe(compileOnce())
  })

  it.each(BUILTIN_DICTIONARY_JSON.map((d) => [d.name, d.json]))('%s matches the JSON Schema', (_name, json) => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)
    const valid = validate(JSON.parse(json))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it.each(builtinDictionaries().map((d) => [d.name, d]))('%s is sorted, without duplicates or no-op entries', (_name, dictionary) => {
    const keys = dictionary.entries.map((e) => spunKey(e.spun))
    expect(keys).toEqual([...keys].sort())
    expect(new Set(keys).size).toBe(keys.length)
    expect(new Set(dictionary.entries.map((e) => e.id)).size).toBe(keys.length)
    for (const entry of dictionary.entries) {
      for (const original of entry.originals) expect(spunKey(original)).not.toBe(spunKey(entry.spun))
    }
  })

  // builtinDictionaries() takes the generated entries without validating them again (cold start):
  // they must be exactly what validation makes of the same text.
  it('the built-in dictionaries are what full validation of their JSON gives', () => {
    BUILTIN_DICTIONARY_JSON.forEach(({ name, json }, i) => {
      expect(builtinDictionaries()[i]).toStrictEqual(parseDictionaryText(json, `unspin/dictionaries/${name}.json`))
    })
  })

  // The generated compound index stands in for building it when the built-ins are used as shipped.
  it('the precomputed compound index is the one built from the entries, and only stands in for the built-ins as shipped', () => {
    const builtins = builtinDictionaries()
    const shipped = buildMatchIndex(builtins, [], { composeCompounds: true }).index.compounds
    // Copies are not the built-in objects: their index is built from their entries (with the
    // built-ins' phrase tokens, so the tokenizer need not run again).
    const copies = builtins.map((d) => parseDictionaryText(BUILTIN_DICTIONARY_JSON.find((b) => b.name === d.name)!.json, `${d.name}.json`))
    const phrases = new Map(builtins.flatMap((d) => [...(precomputedAnalysis(d) ?? [])]))
    const built = buildMatchIndex(copies, [], { composeCompounds: true, phrases }).index.compounds
    // The shipped maps decode their values on first use: compared as what they hold, in order.
    const view = (index: CompoundIndex | undefined): unknown => index && { ...index, wordOriginals: [...index.wordOriginals], compoundsByStart: [...index.compoundsByStart], replaced: [...index.replaced] }
    expect(view(shipped)).toStrictEqual(view(built))
    expect(buildMatchIndex(builtins, [], { composeCompounds: true }).index.compounds).toBe(shipped)
    const withoutOne = buildMatchIndex(builtins, [builtins[0]!.entries[0]!.id], { composeCompounds: true }).index.compounds
    expect(withoutOne).not.toBe(shipped)
  })

  // The generated match index stands in for building it the same way: every key, list order and entry.
  it('the prebuilt match index is the one built from the entries, and only stands in for the built-ins as shipped', () => {
    // Empty when one built-in table shadows another's entry: cold start would build the index again.
    expect(BUILTIN_MATCH_INDEX, 'no prebuilt match index: a built-in dictionary shadows an entry of another').not.toBe('')
    const builtins = builtinDictionaries()
    const shipped = buildMatchIndex(builtins).index
    const copies = builtins.map((d) => parseDictionaryText(BUILTIN_DICTIONARY_JSON.find((b) => b.name === d.name)!.json, `${d.name}.json`))
    const phrases = new Map(builtins.flatMap((d) => [...(precomputedAnalysis(d) ?? [])]))
    const built = buildMatchIndex(copies, [], { phrases }).index
    expect(matchIndexView(shipped)).toStrictEqual(matchIndexView(built))
    expect(buildMatchIndex(builtins).index.bySurface).toBe(shipped.bySurface)
    expect(buildMatchIndex(builtins, [builtins[0]!.entries[0]!.id]).index.bySurface).not.toBe(shipped.bySurface)
  })

  // Examples show what an entry does, so they run without the language model and at threshold 0
  // (whether context lets a low-prior swap through is the benchmarks' business), with the entry's own
  // dictionary only: at threshold 0 every low-prior entry of the mined news-mined list would fire
  // too. Counter-examples must stay unchanged with the default pipeline, which is what users run.
  it('every entry example restores as written and every counter-example stays unchanged', () => {
    const failures: string[] = []
    // The default pipeline, built once for every counter-example.
    let defaults: Restorer | undefined
    for (const dictionary of builtinDictionaries()) {
      const restorer = createRestorer({ dictionaries: [dictionary], threshold: 0, languageModel: null })
      for (const entry of dictionary.entries) {
        for (const example of entry.examples) {
          const got = restorer.restore(example.spun).text
          if (got !== example.restored) failures.push(`${dictionary.name}/${entry.id}: "${example.spun}" gave "${got}", expected "${example.restored}"`)
        }
        for (const sentence of entry.counterExamples) {
          const got = (defaults ??= createRestorer()).restore(sentence).text
          if (got !== sentence) failures.push(`${dictionary.name}/${entry.id}: counter-example "${sentence}" changed to "${got}"`)
        }
      }
    }
    expect(failures).toEqual([])
  })
})
