/**
 * Fresh-process measurements for the speed benchmark: cold start (import, dictionary load, first
 * restore) and peak memory, for the built package (dist/index.js) and for the wink-nlp floor. Each
 * measurement runs `node --input-type=module -e <script>` and reads one JSON line from its stdout.
 */
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
const WINK_URL = pathToFileURL(require.resolve('wink-nlp')).href
const MODEL_URL = pathToFileURL(require.resolve('wink-eng-lite-web-model')).href

/** A sentence for the first restore of a cold process (written for this benchmark). */
export const COLD_SENTENCE = 'The minister stated that the White Home would act in the present day, and we have the data.'

/** Tokenize like the warm baseline (paragraph chunks of up to 64 KB; value, pos and lemma out). */
const WINK_TOKENIZE_JS = `
function tokenizeAll(nlp, text) {
  const its = nlp.its
  let n = 0
  for (const chunk of chunks(text)) {
    const tokens = nlp.readDoc(chunk).tokens()
    const values = tokens.out(its.value)
    tokens.out(its.pos)
    tokens.out(its.lemma)
    n += values.length
  }
  return n
}
function chunks(text) {
  const out = []
  let current = ''
  for (const p of text.split('\\n\\n')) {
    if (current.length > 0 && current.length + p.length > 65536) { out.push(current); current = '' }
    current += (current ? '\\n\\n' : '') + p
  }
  if (current) out.push(current)
  return out
}`

/**
 * The same tokenizing code for an in-process (warm) run: `(nlp, text) => token count`. Built from the
 * source the child processes run, so the warm and cold baselines do identical work.
 */
export function winkTokenizer(): (nlp: unknown, text: string) => number {
  return new Function('nlp', 'text', `${WINK_TOKENIZE_JS}\nreturn tokenizeAll(nlp, text)`) as (nlp: unknown, text: string) => number
}

function run(script: string): Record<string, number> {
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 })
  const line = stdout.trim().split('\n').pop() ?? '{}'
  return JSON.parse(line) as Record<string, number>
}

const RSS = 'rssMB: process.resourceUsage().maxRSS / 1024'

/** Cold `restoreText`: import the package, then the first call (which builds the default restorer). */
export function coldRestoreText(distUrl: string): Record<string, number> {
  return run(`const t0 = performance.now()
const m = await import(${JSON.stringify(distUrl)})
const t1 = performance.now()
m.restoreText(${JSON.stringify(COLD_SENTENCE)})
const t2 = performance.now()
m.restoreText(${JSON.stringify(COLD_SENTENCE)})
const t3 = performance.now()
console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, secondCallMs: t3 - t2, totalMs: t2 - t0, ${RSS} }))`)
}

/** Cold `createRestorer()` (load, validate and index the built-in dictionaries) and its first restore. */
export function coldCreateRestorer(distUrl: string): Record<string, number> {
  return run(`const m = await import(${JSON.stringify(distUrl)})
const t0 = performance.now()
const r = m.createRestorer()
const t1 = performance.now()
r.restore(${JSON.stringify(COLD_SENTENCE)})
const t2 = performance.now()
console.log(JSON.stringify({ createMs: t1 - t0, firstRestoreMs: t2 - t1, ${RSS} }))`)
}

/** Cold wink-nlp: import wink and its model, instantiate, tokenize the same sentence. */
export function coldWink(): Record<string, number> {
  return run(`const t0 = performance.now()
const { default: winkNLP } = await import(${JSON.stringify(WINK_URL)})
const { default: model } = await import(${JSON.stringify(MODEL_URL)})
const t1 = performance.now()
const nlp = winkNLP(model, ['sbd', 'pos'])
const t2 = performance.now()
${WINK_TOKENIZE_JS}
tokenizeAll(nlp, ${JSON.stringify(COLD_SENTENCE)})
const t3 = performance.now()
console.log(JSON.stringify({ importMs: t1 - t0, instantiateMs: t2 - t1, firstCallMs: t3 - t2, totalMs: t3 - t0, ${RSS} }))`)
}

/** Peak RSS of a fresh process that restores the text in `file` (and, for reference, after loading only). */
export function restoreMemory(distUrl: string, file: string): Record<string, number> {
  return run(`import { readFileSync } from 'node:fs'
const m = await import(${JSON.stringify(distUrl)})
const text = readFileSync(${JSON.stringify(file)}, 'utf8')
const r = m.createRestorer()
r.restore('warm up')
const loadedMB = process.memoryUsage().rss / 1048576
const result = r.restore(text)
console.log(JSON.stringify({ loadedRssMB: loadedMB, marks: result.marks.length, ${RSS} }))`)
}

/** Peak RSS of a fresh process that tokenizes the text in `file` with wink-nlp. */
export function winkMemory(file: string): Record<string, number> {
  return run(`import { readFileSync } from 'node:fs'
const { default: winkNLP } = await import(${JSON.stringify(WINK_URL)})
const { default: model } = await import(${JSON.stringify(MODEL_URL)})
const text = readFileSync(${JSON.stringify(file)}, 'utf8')
const nlp = winkNLP(model, ['sbd', 'pos'])
${WINK_TOKENIZE_JS}
const tokens = tokenizeAll(nlp, text)
console.log(JSON.stringify({ tokens, ${RSS} }))`)
}

/** Median of numbers (upper middle for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/** The median of each field over measurements taken already. */
export function medianOf(runs: readonly Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const key of Object.keys(runs[0] ?? {})) out[key] = median(runs.map((r) => r[key] ?? NaN))
  return out
}
