/**
 * Loader for the news-dev pairs (../shared/corpus/news-dev/*.json): real spun copies with the original
 * articles. Third-party text: read at run time, never copy into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { repoRoot } from './paths.js'

/** One (spun, original) pair. */
export interface NewsPair {
  /** File id, e.g. `001` or `seed`. */
  readonly id: string
  /** Spinner family: `A-classic`, `B-roundtrip`, `C-rewriter`, `C-mixed`. */
  readonly family: string
  /** Spun copy. */
  readonly spun: string
  /** Original article. */
  readonly original: string
  /** Free-text topic. */
  readonly topic: string
  /** The site the spun copy was found on (`spun_domain`): one farm, one spinner dictionary. */
  readonly farm: string
}

/** Default location of the news-dev pairs. */
export const NEWS_DEV_DIR: string = resolve(repoRoot, '../shared/corpus/news-dev')

function str(value: unknown, field: string, file: string): string {
  if (typeof value !== 'string') throw new TypeError(`${file}: field ${field} is not a string`)
  return value
}

/**
 * Load all `*.json` pairs in `dir`, sorted by id; `null` when the folder does not exist. Throws on a
 * file that is not valid JSON or lacks a required string field.
 */
export function loadNewsPairs(dir: string = NEWS_DEV_DIR): NewsPair[] | null {
  if (!existsSync(dir)) return null
  const pairs = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f): NewsPair => {
      const j = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>
      return {
        id: str(j.id, 'id', f),
        family: str(j.spinner_family, 'spinner_family', f),
        spun: str(j.spun_text, 'spun_text', f),
        original: str(j.original_text, 'original_text', f),
        topic: typeof j.topic === 'string' ? j.topic : '',
        farm: typeof j.spun_domain === 'string' ? j.spun_domain : `unknown-${j.id as string}`,
      }
    })
  return pairs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
