/**
 * `unspin worker` against a real redis-server (Debian's package; .ci/run installs it), started here on
 * a free loopback port with no persistence, in a temporary folder. The producer is plain BullMQ.
 */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Job, Queue, QueueEvents } from 'bullmq'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restoreText } from '../../../src/index.js'
import { ARTIFACTS, buildCli, runBuilt } from '../helpers.js'
import { startChild, type Child } from '../serve/helpers.js'

const PESKOV = 'Peskov instructed TASS information company on Monday, with out providing details.'
const QUEUE = 'unspin-test'

const redisInstalled = spawnSync('redis-server', ['--version']).status === 0
// CI installs redis-server (.ci/run): there, a missing one is a failure, not a skip.
if (!redisInstalled && process.env.CI) throw new Error('redis-server is not installed; .ci/run installs it (apt-get install redis-server)')

let build: ReturnType<typeof buildCli>
let redis: ChildProcess
let redisDir: string
let connection: { host: string; port: number }
let queue: Queue
let events: QueueEvents
const workers: Child[] = []

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function startRedis(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 15_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk)
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', () => reject(new Error(`redis-server exited:\n${output}`)))
  })
  return child
}

/** Start a worker with short lock and stalled-check times, so a dead worker's job is taken over in seconds. */
async function startWorker(): Promise<Child> {
  const worker = startChild(build.cli, ['worker', '--redis', `redis://127.0.0.1:${connection.port}`, '--queue', QUEUE, '--threads', '1', '--lock-duration', '2000', '--stalled-interval', '1000'])
  workers.push(worker)
  await worker.waitForLog((line) => line.msg === 'working')
  return worker
}

// One build of the command for both groups below.
beforeAll(() => {
  build = buildCli()
}, 120_000)
afterAll(() => build?.cleanup())

describe.skipIf(!redisInstalled)('unspin worker with BullMQ on a real Redis', () => {
  // The worker the first tests use; the killed-worker test kills it and starts another.
  let first: Child

  beforeAll(async () => {
    redisDir = mkdtempSync(join(tmpdir(), 'unspin-redis-'))
    connection = { host: '127.0.0.1', port: await freePort() }
    redis = await startRedis(connection.port, redisDir)
    queue = new Queue(QUEUE, { connection })
    events = new QueueEvents(QUEUE, { connection })
    await events.waitUntilReady()
    first = await startWorker()
  }, 120_000)

  afterAll(async () => {
    try {
      for (const worker of workers) if (worker.process.exitCode === null && worker.process.signalCode === null) worker.process.kill('SIGKILL')
      await queue?.close()
      await events?.close()
    } finally {
      // Whatever failed above, no redis-server is left behind.
      redis?.kill('SIGKILL')
      if (redisDir !== undefined) rmSync(redisDir, { recursive: true, force: true })
    }
  })

  it('takes restore and detect jobs and stores the library results as their return values', async () => {
    const texts = Array.from({ length: 6 }, (_, i) => `Item ${i + 1}. ${PESKOV}`)
    const jobs = await queue.addBulk([...texts.map((text) => ({ name: 'restore', data: { text } })), { name: 'detect', data: { text: PESKOV } }])
    const results = (await Promise.all(jobs.map((job) => job.waitUntilFinished(events, 60_000)))) as { text?: string; marks?: unknown[]; verdict?: string; suspects?: unknown[] }[]
    texts.forEach((text, i) => {
      const expected = restoreText(text)
      expect(results[i]!.text).toBe(expected.text)
      expect(results[i]!.marks).toHaveLength(expected.marks.length)
    })
    expect(results[0]!.text).toContain('news agency')
    expect(results[6]!.suspects!.length).toBeGreaterThan(0)
    expect(['spun', 'clean', 'uncertain']).toContain(results[6]!.verdict)
  }, 90_000)

  it('fails bad jobs at once, without retrying them, with a reason that says what was expected', async () => {
    const bad = await queue.addBulk([
      { name: 'frobnicate', data: { text: PESKOV }, opts: { attempts: 3 } },
      { name: 'restore', data: { txt: PESKOV }, opts: { attempts: 3 } },
      { name: 'restore', data: { text: 42 }, opts: { attempts: 3 } },
      { name: 'restore', data: { text: PESKOV, threshold: 5 }, opts: { attempts: 3 } },
    ])
    const reasons = await Promise.all(bad.map((job) => job.waitUntilFinished(events, 60_000).then(() => 'completed', (error: Error) => error.message)))
    expect(reasons[0]).toMatch(/^bad job: unknown job name "frobnicate"/)
    expect(reasons[1]).toMatch(/^bad job: unknown field "txt"/)
    expect(reasons[2]).toMatch(/^bad job: job data "text" must be a string; got number/)
    expect(reasons[3]).toMatch(/^bad job: .*threshold.* from 0 to 1/)
    for (const job of bad) {
      const stored = (await Job.fromId(queue, job.id!))!
      expect(await stored.getState()).toBe('failed')
      expect(stored.attemptsMade).toBe(1)
    }
  }, 90_000)

  it('loses nothing when a worker is killed mid-job: another worker takes the job over', async () => {
    const stalled = new Set<string>()
    events.on('stalled', ({ jobId }) => stalled.add(jobId))
    // About seven seconds of work on one thread (idle machine): long enough to be killed in the middle
    // of it even when the 'active' event reaches this process late on a loaded machine.
    const text = `${PESKOV} The committee met twice. `.repeat(5000)
    // Every job id seen going active, so the one added below is found however early its event comes.
    const activeIds = new Set<string>()
    let wake = (): void => {}
    events.on('active', ({ jobId }) => {
      activeIds.add(jobId)
      wake()
    })
    const job = await queue.add('restore', { text })
    await new Promise<void>((resolve) => {
      wake = () => {
        if (activeIds.has(job.id!)) resolve()
      }
      wake()
    })
    first.process.kill('SIGKILL')
    expect((await first.exited).signal).toBe('SIGKILL')
    expect(first.logs().some((line) => line.msg === 'job done' && line.id === job.id), 'the first worker finished the job before it was killed').toBe(false)
    const second = await startWorker()
    const result = (await job.waitUntilFinished(events, 180_000)) as { text: string; marks: { start: number; end: number; restored: string }[] }
    expect(stalled.has(job.id!)).toBe(true)
    // The second run takes seconds, far over --lock-duration 2000: it completes (BullMQ fails a job that
    // stalls twice) only because the worker renews the lock while a pool thread does the work.
    // The result is whole: the marks, applied to the input, give the output text.
    expect(result.marks.length).toBeGreaterThan(2000)
    let rebuilt = text
    for (const mark of [...result.marks].reverse()) rebuilt = rebuilt.slice(0, mark.start) + mark.restored + rebuilt.slice(mark.end)
    expect(rebuilt).toBe(result.text)
    // The queue can report the job finished before the worker's log line has come through its stdout pipe.
    await expect(second.waitForLog((line) => line.msg === 'job done' && line.id === job.id, 30_000)).resolves.toMatchObject({ id: job.id })

    // SIGTERM: the worker finishes and exits 0.
    second.process.kill('SIGTERM')
    expect(await second.exited).toEqual({ code: 0, signal: null })
    expect(second.logs().at(-1)).toMatchObject({ msg: 'stopped' })
  }, 240_000)
})

describe('unspin worker without what it needs', () => {
  it('says to install bullmq when it is missing (exit 2)', () => {
    // A resolve hook that finds no bullmq, as in a project that did not install the optional peer.
    const dir = mkdtempSync(join(ARTIFACTS, 'no-bullmq-'))
    try {
      writeFileSync(join(dir, 'hooks.mjs'), `export async function resolve(specifier, context, next) {
  if (specifier === 'bullmq') throw Object.assign(new Error("Cannot find package 'bullmq'"), { code: 'ERR_MODULE_NOT_FOUND' })
  return next(specifier, context)
}
`)
      writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module'\nregister('./hooks.mjs', import.meta.url)\n")
      const out = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, build.cli, 'worker'], { encoding: 'utf8', timeout: 60_000 })
      expect(out.stderr).toContain('unspin worker needs the bullmq package, which is not installed: run "npm install bullmq"')
      expect(out.status).toBe(2)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says so when Redis cannot be reached (exit 2)', async () => {
    const port = await freePort()
    const out = runBuilt(build.cli, ['worker', '--redis', `redis://127.0.0.1:${port}`, '--threads', '1'])
    expect(out.stderr).toContain(`unspin: cannot reach Redis at redis://127.0.0.1:${port} within 10 s: start it, or point --redis at it.`)
    expect(out.code).toBe(2)
  }, 60_000)
})
