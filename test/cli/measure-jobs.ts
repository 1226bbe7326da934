/**
 * Measure `unspin --jobs 1` against `--jobs 2` on a folder of 200 generated spun documents
 * (2-5 KB each), alternating the runs, and check the outputs are identical. Reports the wall time
 * of each run, split into start-up (until the first document is out: loading the dictionaries in
 * each thread) and processing (first to last document), and how many threads each `--jobs` used
 * (`planThreads`: --jobs is capped by the cores and by one thread per BYTES_PER_THREAD of text).
 *
 *   npx tsx test/cli/measure-jobs.ts [rounds=3] [documents=200] [paragraphs per document, default 5-10]
 */

import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { batchSize, planThreads } from '../../src/cli/runner.js'
import { writeSpunFolder } from './corpus.js'
import { buildCli } from './helpers.js'

interface Run {
  readonly total: number
  readonly startup: number
  readonly processing: number
  readonly stdout: string
}

function timeRun(cli: string, cwd: string, jobs: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    let first = 0
    let last = 0
    let stdout = ''
    let stderr = ''
    const child = spawn(process.execPath, [cli, '--jobs', jobs, '--format', 'jsonl', 'docs'], { cwd })
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (first === 0) first = performance.now()
      last = performance.now()
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('close', (code) => {
      const end = performance.now()
      if (code !== 0) reject(new Error(`jobs ${jobs} exited ${code}: ${stderr}`))
      else resolve({ total: (end - start) / 1000, startup: (first - start) / 1000, processing: (last - first) / 1000, stdout })
    })
  })
}

const rounds = Number(process.argv[2] ?? 3)
const count = Number(process.argv[3] ?? 200)
const paragraphs = process.argv[4] === undefined ? undefined : Number(process.argv[4])
const work = mkdtempSync(join(tmpdir(), 'unspin-jobs-'))
const build = buildCli()
try {
  const files = writeSpunFolder(join(work, 'docs'), count, paragraphs)
  const bytes = files.reduce((sum, f) => sum + readFileSync(f).length, 0)
  const size = await batchSize(files.map((path) => ({ kind: 'text', path, name: path, outPath: path, markup: 'text' })))
  const runs: Record<string, Run[]> = { 1: [], 2: [] }
  const load = [loadavg()[0]!]
  for (let round = 0; round < rounds; round++) {
    for (const jobs of round % 2 === 0 ? ['1', '2'] : ['2', '1']) runs[jobs]!.push(await timeRun(build.cli, work, jobs))
  }
  load.push(loadavg()[0]!)
  const outputs = new Set([...runs[1]!, ...runs[2]!].map((r) => r.stdout))
  const median = (xs: number[]): number => Number([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(2))
  const summary = (rs: Run[]) => ({
    total: rs.map((r) => Number(r.total.toFixed(2))),
    median: { total: median(rs.map((r) => r.total)), startup: median(rs.map((r) => r.startup)), processing: median(rs.map((r) => r.processing)) },
  })
  console.log(JSON.stringify({
    documents: count,
    kilobytes: Math.round(bytes / 1024),
    cores: availableParallelism(),
    threads: { jobs1: planThreads(1, size), jobs2: planThreads(2, size) },
    loadAverage: load.map((l) => Number(l.toFixed(2))),
    jobs1: summary(runs[1]!),
    jobs2: summary(runs[2]!),
    identical: outputs.size === 1,
  }, null, 2))
} finally {
  build.cleanup()
  rmSync(work, { recursive: true, force: true })
}
