/**
 * Language-model benchmark: npx tsx bench/lm.ts [--model FILE ...]
 *
 * For each model file (default: the shipped models/lm-en.bin): size and n-grams, load time in a
 * fresh process, lookups per second, perplexity on held-out Brown press + learned text (not in the
 * training data), and how often the model prefers the original over a spun variant in real news
 * sentences (contexts built at run time from ../shared/corpus/news-dev; see lm-contexts.ts).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import { loadLanguageModel, type LanguageModel } from '../src/lm/index.js'
import { sentencesOf } from '../scripts/lm/sentences.js'
import { loadBrown } from './data/brown.js'
import { loadNewsPairs } from './data/news.js'
import { repoRoot } from './data/paths.js'
import { alignedSwaps, dictionarySwaps, type SwapContext } from './lm-contexts.js'

const { values } = parseArgs({ options: { model: { type: 'string', multiple: true, default: ['models/lm-en.bin'] } } })

/** Read + parse time of a model in a fresh Node process (median of 5 processes). */
function coldLoad(file: string): number {
  const lm = pathToFileURL(resolve(repoRoot, 'src/lm/read-binary.ts')).href
  const script = `import { readFileSync } from 'node:fs'
const { loadLanguageModel } = await import(${JSON.stringify(lm)})
const t0 = performance.now()
const m = loadLanguageModel(readFileSync(${JSON.stringify(file)}))
m.logProb(['the'], 'news')
console.log(performance.now() - t0)`
  const runs = Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' }).trim()))
  return runs.sort((a, b) => a - b)[2]!
}

function heldOut(): string[][] {
  const texts = loadBrown(['press', 'learned']) ?? []
  return texts.flatMap((t) => [...sentencesOf(t.text)])
}

function perplexity(lm: LanguageModel, sentences: readonly string[][]): { ppl: number; oov: number } {
  let lp = 0
  let n = 0
  let oov = 0
  for (const s of sentences) {
    lp += lm.scoreSequence(s)
    n += s.length + 1
    for (const w of s) if (!lm.isKnown(w)) oov++
  }
  return { ppl: Math.exp(-lp / n), oov: oov / (n - sentences.length) }
}

function lookupsPerSecond(lm: LanguageModel, sentences: readonly string[][]): { ids: number; strings: number } {
  const ids = sentences.map((s) => Int32Array.from(s, (w) => lm.wordId(w)))
  let calls = 0
  let sink = 0
  let t0 = performance.now()
  for (let rep = 0; rep < 3; rep++) for (const s of ids) for (let i = 0; i < s.length; i++, calls++) sink += lm.logProbId(s[i]!, i > 0 ? s[i - 1]! : lm.bosId, i > 1 ? s[i - 2]! : -1)
  const idRate = calls / ((performance.now() - t0) / 1000)
  calls = 0
  t0 = performance.now()
  for (const s of sentences) for (let i = 0; i < s.length; i++, calls++) sink += lm.logProb(s.slice(Math.max(0, i - 2), i), s[i]!)
  if (Number.isNaN(sink)) throw new Error('NaN log-probability')
  return { ids: idRate, strings: calls / ((performance.now() - t0) / 1000) }
}

function preference(lm: LanguageModel, contexts: readonly SwapContext[]): { preferred: number; ties: number; total: number } {
  let preferred = 0
  let ties = 0
  for (const c of contexts) {
    const d = lm.scoreSequence(c.original) - lm.scoreSequence(c.variant)
    if (d > 0) preferred++
    else if (d === 0) ties++
  }
  return { preferred, ties, total: contexts.length }
}

const pairs = loadNewsPairs()
const aligned = pairs ? alignedSwaps(pairs) : []
const alignedA = aligned.filter((c) => c.family === 'A-classic')
const dictionary = pairs ? dictionarySwaps(pairs) : []
const sentences = heldOut()
const pct = (p: { preferred: number; total: number }): string => `${p.preferred}/${p.total} (${((100 * p.preferred) / Math.max(1, p.total)).toFixed(1)}%)`
for (const file of values.model!) {
  const path = resolve(repoRoot, file)
  const lm = loadLanguageModel(readFileSync(path))
  const { ppl, oov } = perplexity(lm, sentences)
  const speed = lookupsPerSecond(lm, sentences)
  const info = lm.info
  console.log(`\n## ${file}`)
  console.log(`method ${info.method}, order ${info.order}, ${(info.bytes / 1048576).toFixed(2)} MB, n-grams ${info.ngramCounts.join(' / ')}`)
  console.log(`load (fresh process, read + parse, median of 5): ${coldLoad(path).toFixed(1)} ms`)
  console.log(`lookups: ${(speed.ids / 1e6).toFixed(2)} M/s by id, ${(speed.strings / 1e6).toFixed(2)} M/s by string (logProb with a context slice)`)
  console.log(`held-out Brown press+learned: ${sentences.length} sentences, perplexity ${ppl.toFixed(1)}${info.method === 'stupid-backoff' ? ' (unnormalized scores: not a true perplexity)' : ''}, OOV ${(100 * oov).toFixed(2)}%`)
  if (!pairs) { console.log('news-dev not found: preference tests skipped'); continue }
  console.log(`prefers original, aligned news-dev swaps: A-classic ${pct(preference(lm, alignedA))}, all families ${pct(preference(lm, aligned))}`)
  console.log(`prefers original, news-swaps entries in news-dev originals: ${pct(preference(lm, dictionary))}`)
}
