/**
 * Byte-identity check for performance work (issue 16): restores the news-dev texts (spun and original,
 * read at run time from ../shared/corpus/news-dev) and the speed benchmark's 1 MB text, and writes every
 * result as JSON to the file given. Run before and after a change and compare the files (`cmp`): an
 * optimisation must not change a single byte. Usage: `npx tsx scripts/snapshot-outputs.ts out.json [src|dist]`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadBrown } from '../bench/data/brown.js'
import { repoRoot } from '../bench/data/paths.js'
import { cutAt, mixTexts, reverseMap } from '../bench/speed-text.js'

const [out, from = 'src'] = process.argv.slice(2)
if (!out) throw new Error('usage: snapshot-outputs.ts <out.json> [src|dist]')
const entry = from === 'dist' ? join(repoRoot, 'dist/index.js') : join(repoRoot, 'src/index.ts')
const unspin = (await import(pathToFileURL(entry).href)) as typeof import('../src/index.js')

const texts: Array<[string, string]> = []
const newsDir = join(repoRoot, '../shared/corpus/news-dev')
const newsDirFallback = '/work/shared/corpus/news-dev'
const dir = existsSync(newsDir) ? newsDir : newsDirFallback
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { spun_text: string; original_text: string }
  texts.push([`${file}:spun`, doc.spun_text], [`${file}:original`, doc.original_text])
}
const brown = loadBrown(['ca', 'cb', 'cc', 'cd', 'ce', 'cf', 'cg', 'ch', 'cj', 'ck', 'cl', 'cm', 'cn', 'cp', 'cr'])
if (brown) {
  const mixed = mixTexts(brown.map((t) => t.text), reverseMap(unspin.builtinDictionaries()))
  texts.push(['bench-1MB', cutAt(mixed.text, 1024 * 1024)])
}
const restorer = unspin.createRestorer()
const t0 = performance.now()
const results = texts.map(([name, text]) => ({ name, result: restorer.restore(text), detect: restorer.detect(text.slice(0, 20000)) }))
const ms = performance.now() - t0
// The cached default restorer and plain-option restorers go through restoreText.
const extra = texts.slice(0, 6).map(([name, text]) => ({ name, plain: unspin.restoreText(text), noPos: unspin.restoreText(text, { stages: { posEvidence: false } }) }))
writeFileSync(out, JSON.stringify({ results, extra }))
console.log(`${texts.length} texts restored in ${Math.round(ms)} ms; wrote ${out}`)
