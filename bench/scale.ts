/**
 * Scale benchmark (issue 16, part B): memory of one large input and `--jobs` on JSONL batches.
 *
 * - Peak RSS and time of fresh processes restoring 1 MB and 10 MB of densely spun news (the news-dev
 *   A-classic spun copies, read at run time and repeated; never written into the repository): the
 *   whole-text call, `restoreStream` at its default windows, and `restoreStream` with the CLI's heap
 *   budget (src/cli/heap-budget.ts). Each output (text, marks, skipped, spin) is hashed: the windowed
 *   ones must equal the whole-text one.
 * - `unspin --format jsonl` with `--jobs 1` and `--jobs 2` on 400 and 10,000 short documents (paragraphs
 *   of the same copies), wall time, alternating, with the load average beside them.
 *
 *   npm run bench:speed          (runs bench/speed.ts, then this)
 *   npx tsx bench/scale.ts [--quick]   (--quick: 1 MB and 400 documents only)
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { formatTable } from './metrics/table.js'
import { loadNewsPairs } from './data/news.js'
import { repoRoot } from './data/paths.js'
import { median } from './child.js'
import { heading } from './quality-report.js'
import { writeSection } from './results.js'

const MB = 1024 * 1024
const quick = process.argv.includes('--quick')
const distFile = join(repoRoot, 'dist/index.js')
const cliFile = join(repoRoot, 'dist/cli.js')
if (!existsSync(distFile) || !existsSync(cliFile)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' })
const distUrl = pathToFileURL(distFile).href

const pairs = loadNewsPairs()
if (pairs === null) {
  console.log('scale benchmark skipped: ../shared/corpus/news-dev is not there.')
  process.exit(0)
}
const spun = pairs.filter((p) => p.family === 'A-classic').map((p) => p.spun)

/** About `bytes` of the spun copies, one after another, a blank line between. */
function repeated(bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const text = spun[i % spun.length]!
    parts.push(text)
    size += Buffer.byteLength(text) + 2
  }
  return parts.join('\n\n')
}

// --- One large input, fresh processes ---------------------------------------------------------------
type Mode = 'whole' | 'windowed' | 'windowed+budget'
const MODES: readonly Mode[] = ['whole', 'windowed', 'windowed+budget']

/** Restore `file` in a fresh process the `mode` way; its peak RSS, time and a hash of the result. */
function restoreChild(file: string, mode: Mode): { ms: number; rssMB: number; hash: string; marks: number } {
  const script = `import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
const m = await import(${JSON.stringify(distUrl)})
const text = readFileSync(${JSON.stringify(file)}, 'utf8')
const r = m.createRestorer()
const mode = ${JSON.stringify(mode)}
let check = () => {}
if (mode === 'windowed+budget') {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc')
  check = () => { if (process.memoryUsage().heapUsed > 200 * 1048576) gc() }
}
// One hash per part, each fed item by item: the same whatever the pieces the output came in.
const hashes = { text: createHash('sha256'), marks: createHash('sha256'), skipped: createHash('sha256') }
let marks = 0
const started = performance.now()
const options = mode === 'whole' ? { windowChars: Number.MAX_SAFE_INTEGER } : { onProgress: check }
let spin
for await (const piece of r.restoreStream([text], options)) {
  hashes.text.update(piece.text)
  for (const mark of piece.marks) hashes.marks.update(JSON.stringify(mark))
  for (const candidate of piece.skipped) hashes.skipped.update(JSON.stringify(candidate))
  marks += piece.marks.length
  spin = piece.spin
}
const hash = [hashes.text.digest('hex'), hashes.marks.digest('hex'), hashes.skipped.digest('hex'), JSON.stringify(spin)].join(' ')
console.log(JSON.stringify({ ms: performance.now() - started, rssMB: process.resourceUsage().maxRSS / 1024, hash, marks }))`
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 })
  return JSON.parse(stdout.trim().split('\n').pop()!) as { ms: number; rssMB: number; hash: string; marks: number }
}

const work = mkdtempSync(join(tmpdir(), 'unspin-scale-'))
const memory: Record<string, Record<Mode, { seconds: number; peakRssMB: number; marks: number }> & { identical: boolean }> = {}
const jobs: Record<string, { documents: number; bytes: number; jobs1: number; jobs2: number; speedup: number; identical: boolean; load: number[] }> = {}
try {
  console.log(heading('One large input: peak RSS of a fresh process (maxRSS), time, output identity'))
  const rows: Array<[string, string, number, number, number, string]> = []
  for (const size of quick ? [1] : [1, 10]) {
    const file = join(work, `${size}mb.txt`)
    writeFileSync(file, repeated(size * MB))
    const runs = Object.fromEntries(MODES.map((mode) => [mode, restoreChild(file, mode)])) as Record<Mode, ReturnType<typeof restoreChild>>
    const identical = MODES.every((mode) => runs[mode].hash === runs.whole.hash)
    memory[`${size}MB`] = {
      ...(Object.fromEntries(MODES.map((mode) => [mode, { seconds: round(runs[mode].ms / 1000), peakRssMB: Math.round(runs[mode].rssMB), marks: runs[mode].marks }])) as Record<Mode, { seconds: number; peakRssMB: number; marks: number }>),
      identical,
    }
    for (const mode of MODES) rows.push([`${size} MB`, mode, runs[mode].rssMB, runs[mode].ms / 1000, runs[mode].marks, runs[mode].hash === runs.whole.hash ? 'same' : 'DIFFERENT'])
  }
  console.log(
    formatTable(
      [
        { header: 'input', align: 'left' },
        { header: 'call', align: 'left' },
        { header: 'peak RSS MB', decimals: 0 },
        { header: 'seconds', decimals: 1 },
        { header: 'marks', decimals: 0 },
        { header: 'output vs whole', align: 'left' },
      ],
      rows,
    ),
  )

  // --- JSONL batches, --jobs 1 against --jobs 2 -----------------------------------------------------
  console.log(heading('JSONL batch: unspin --format jsonl, --jobs 1 against --jobs 2 (wall seconds; small batches the median of 5 rounds)'))
  const paragraphs = spun.flatMap((text) => text.split(/\n\s*\n/).filter((p) => p.trim().length >= 200))
  const jobRows: Array<[number, number, number, number, number, string]> = []
  for (const count of quick ? [400] : [400, 10_000]) {
    const file = join(work, `docs-${count}.jsonl`)
    const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `d${i}`, text: paragraphs[i % paragraphs.length] }))
    writeFileSync(file, `${lines.join('\n')}\n`)
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0)
    const times: Record<'1' | '2', number[]> = { 1: [], 2: [] }
    const outputs: Record<string, string> = {}
    const load = [loadavg()[0]!]
    // A small batch takes a second or two, so a burst of load moves one run a lot: five rounds, the median.
    const rounds = count > 1000 ? 1 : 5
    for (let r = 0; r < rounds; r++) {
      for (const j of r % 2 === 0 ? (['1', '2'] as const) : (['2', '1'] as const)) {
        const { seconds, stdout } = await timeCli(['--format', 'jsonl', '--jobs', j, file])
        times[j].push(seconds)
        outputs[j] = stdout
      }
      load.push(loadavg()[0]!)
    }
    const jobs1 = median(times[1])
    const jobs2 = median(times[2])
    jobs[String(count)] = { documents: count, bytes, jobs1: round(jobs1), jobs2: round(jobs2), speedup: round(jobs1 / jobs2), identical: outputs[1] === outputs[2], load: load.map(round) }
    jobRows.push([count, bytes / MB, jobs1, jobs2, jobs1 / jobs2, outputs[1] === outputs[2] ? 'same' : 'DIFFERENT'])
  }
  console.log(
    formatTable(
      [
        { header: 'documents', decimals: 0 },
        { header: 'MB', decimals: 2 },
        { header: '--jobs 1 s', decimals: 2 },
        { header: '--jobs 2 s', decimals: 2 },
        { header: 'speed-up', decimals: 2 },
        { header: 'output', align: 'left' },
      ],
      jobRows,
    ),
  )
  console.log(`load average (1 min) while measuring: ${Object.values(jobs).flatMap((j) => j.load).join(', ')}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}

writeSection('scale', { memory, jobs })

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function timeCli(args: readonly string[]): Promise<{ seconds: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const chunks: string[] = []
    let stderr = ''
    const child = spawn(process.execPath, [cliFile, ...args])
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunks.push(chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`unspin ${args.join(' ')} exited ${code}: ${stderr}`))
      else resolve({ seconds: (performance.now() - start) / 1000, stdout: chunks.join('') })
    })
  })
}
