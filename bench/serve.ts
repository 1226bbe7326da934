/**
 * `unspin serve` throughput (issue 18). Run: `npm run bench:serve` (builds first). Starts the built
 * server on a loopback port with one thread per core, sends 2,000 LanguageTool `/v2/check` requests
 * at 16 in flight (after 200 to warm up) and reports requests per second, latency and the server's
 * memory before and after; beside it, the baseline measured in the same run: the same texts restored
 * in this process on one thread, with no HTTP. The texts are ours: short paragraphs, as an editor
 * plugin sends them. Merges a `serve` section into bench/results/latest.json. A benchmark, not a test.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'
import { repoRoot } from './data/paths.js'
import { writeSection } from './results.js'

const REQUESTS = 2000
const WARM_UP = 200
const IN_FLIGHT = 16
const BASELINE_RUNS = 500

const SENTENCES = [
  'Peskov instructed TASS information company on Monday, with out providing details.',
  'The minister said the plan would be put into effect before the end of the year.',
  'Officials did not respond to a request for comment on the new rules.',
  'The company reported a sharp rise in profits for the third quarter.',
  'Residents were told to stay indoors while firefighters worked through the night.',
  'The committee will publish its findings next week, a spokesman said.',
  'Analysts expect interest rates to remain unchanged until the spring.',
  'The report found that most schools in the region lacked enough teachers.',
]
// Short paragraphs of three sentences each, all different, as an editor sends a paragraph at a time.
const TEXTS = Array.from({ length: 64 }, (_, i) => [0, 1, 2].map((k) => SENTENCES[(i + k * 3) % SENTENCES.length]).join(' ') + ` (${i + 1})`)

const cli = join(repoRoot, 'dist/cli.js')
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run bench:serve (it builds first)')

// Baseline: one thread, no HTTP.
const unspin = (await import(pathToFileURL(join(repoRoot, 'dist/index.js')).href)) as typeof import('../src/index.js')
const restorer = unspin.createRestorer()
for (const text of TEXTS) restorer.restore(text)
const baselineStart = performance.now()
for (let i = 0; i < BASELINE_RUNS; i++) restorer.restore(TEXTS[i % TEXTS.length]!)
const baselinePerSecond = BASELINE_RUNS / ((performance.now() - baselineStart) / 1000)

// The server, one thread per core.
const server = spawn(process.execPath, [cli, 'serve', '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] })
const url = await new Promise<string>((resolve, reject) => {
  const lines = createInterface({ input: server.stderr! })
  lines.on('line', (line) => {
    const entry = JSON.parse(line) as { msg?: string; url?: string }
    if (entry.msg === 'listening') resolve(entry.url!)
  })
  server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)))
})

async function load(count: number): Promise<{ seconds: number; latencies: number[]; errors: number }> {
  const latencies: number[] = []
  let errors = 0
  let next = 0
  const started = performance.now()
  const lane = async (): Promise<void> => {
    while (next < count) {
      const text = TEXTS[next++ % TEXTS.length]!
      const sent = performance.now()
      const response = await fetch(`${url}/v2/check`, { method: 'POST', body: new URLSearchParams({ text, language: 'en-US' }) })
      const body = (await response.json()) as { matches?: unknown[] }
      latencies.push(performance.now() - sent)
      if (response.status !== 200 || !Array.isArray(body.matches)) errors++
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane))
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), errors }
}

const residentMiB = (): number | null => {
  try {
    const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1])
    return Number.isFinite(kib) ? Math.round(kib / 1024) : null
  } catch {
    return null
  }
}

await load(WARM_UP)
const rssBefore = residentMiB()
const measured = await load(REQUESTS)
const rssAfter = residentMiB()
server.kill('SIGTERM')
const exitCode = await new Promise<number | null>((resolve) => server.once('exit', resolve))

const perSecond = REQUESTS / measured.seconds
const percentile = (p: number): number => Math.round(measured.latencies[Math.min(measured.latencies.length - 1, Math.floor(p * measured.latencies.length))]! * 10) / 10
const figures = {
  requests: REQUESTS,
  inFlight: IN_FLIGHT,
  threads: cpus().length,
  requestsPerSecond: Math.round(perSecond * 10) / 10,
  latencyMs: { p50: percentile(0.5), p95: percentile(0.95), max: percentile(1) },
  errors: measured.errors,
  rssMiB: { afterWarmUp: rssBefore, afterRequests: rssAfter },
  baselineInProcessPerSecond: Math.round(baselinePerSecond * 10) / 10,
  textChars: Math.round(TEXTS.reduce((n, t) => n + t.length, 0) / TEXTS.length),
  shutdownExitCode: exitCode,
}
console.log(`unspin serve, POST /v2/check, ${REQUESTS} requests at ${IN_FLIGHT} in flight, ${cpus().length} threads (${cpus()[0]?.model ?? 'unknown CPU'}), ~${figures.textChars}-character paragraphs`)
console.log(`  server:   ${figures.requestsPerSecond} requests/s · latency p50 ${figures.latencyMs.p50} ms, p95 ${figures.latencyMs.p95} ms · ${measured.errors} errors`)
console.log(`  baseline: ${figures.baselineInProcessPerSecond} texts/s restored in-process on one thread, no HTTP`)
console.log(`  memory:   ${rssBefore ?? '?'} MiB after warm-up, ${rssAfter ?? '?'} MiB after the requests · exit code on SIGTERM ${exitCode}`)
writeSection('serve', figures)
