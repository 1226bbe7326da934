/**
 * `unspin worker`: take restore and detect jobs from a BullMQ queue on Redis and store each result
 * as the job's return value, so any number of machines can share a large job (see docs/server.md).
 * bullmq is an optional peer dependency: it is imported here, only when this command runs.
 */

import { nonEmpty, parseStrict } from '../args.js'
import { CliError, EXIT } from '../errors.js'
import type { CliIO } from '../io.js'
import { writeChunk } from '../output.js'
import { nextStopSignal } from '../serve/command.js'
import { createJsonLog } from '../serve/log.js'
import { checkLayers, POOL_OPTIONS, poolOptions, wholeNumber, type PoolOptions } from '../serve/options.js'
import { createTaskPool, PoolError } from '../serve/pool.js'
import { redisConnection, RedisUrlError, taskOfJob } from './job.js'

export const DEFAULT_QUEUE = 'unspin'
export const DEFAULT_JOB_TIMEOUT_MS = 300_000

/** Help text for `unspin worker --help`, ending with a newline. */
export const WORKER_HELP = `Usage: unspin worker [options]

Take restore and detect jobs from a BullMQ queue on Redis and store each result
as the job's return value. Run as many workers, on as many machines, as you like.
Needs the bullmq package: npm install bullmq.

Jobs (added by any BullMQ producer: Node, Python, ...)
  name "restore"        data {"text": "...", "threshold"?: 0.5, "inputFormat"?: "html"}
                        -> {text, marks, skipped, warnings, spin} (RestoreResult)
  name "detect"         the same data -> SpinDetection {score, verdict, suspects, ...}
  A job with another name, no text, or bad options fails at once (not retried)
  with the reason in job.failedReason.

Options
      --redis URL       Redis to use (default redis://127.0.0.1:6379)
  -q, --queue NAME      queue name (default "${DEFAULT_QUEUE}")
      --threads N       jobs run at once, each on its own thread (default "auto":
                        one per core)
      --timeout MS      longest a job may run, in ms (default ${DEFAULT_JOB_TIMEOUT_MS}); over it, the
                        job fails and its thread is restarted
      --lock-duration MS
                        how long a job stays locked to this worker without a
                        renewal (BullMQ lockDuration, default 30000); a worker
                        that dies loses its jobs' locks and another takes them
      --stalled-interval MS
                        how often this worker looks for such jobs (BullMQ
                        stalledInterval, default 30000)
  -t, --threshold N     minimum confidence for a change, 0 to 1
  -d, --dict FILE       add a dictionary; repeatable (as for unspin)
      --spinner-db FILE add a spinner's synonym database; repeatable
  -h, --help            show this help

Logs are JSON lines on stderr. SIGTERM or SIGINT: no new jobs are taken, those
running finish, then the worker exits 0.
`

const OPTIONS = {
  redis: { type: 'string' },
  queue: { type: 'string', short: 'q' },
  timeout: { type: 'string' },
  'lock-duration': { type: 'string' },
  'stalled-interval': { type: 'string' },
  ...POOL_OPTIONS,
} as const

const HINT = 'Run "unspin worker --help" for the options.'

/** Checked options of `unspin worker`. */
export interface WorkerOptions extends PoolOptions {
  readonly redis: string
  readonly connection: ReturnType<typeof redisConnection>
  readonly queue: string
  readonly timeoutMs: number
  readonly lockDuration: number | undefined
  readonly stalledInterval: number | undefined
}

/** Parse the arguments after `worker`. Throws `CliError` (exit code 2) for usage errors. */
export function parseWorkerArgs(argv: readonly string[]): WorkerOptions {
  const { values, positionals } = parseStrict(argv, OPTIONS, HINT)
  if (positionals.length > 0) throw new CliError(`worker takes no files (got "${positionals[0]}"): it reads jobs from the queue. ${HINT}`)
  const redis = nonEmpty('--redis', values.redis) ?? 'redis://127.0.0.1:6379'
  let connection: ReturnType<typeof redisConnection>
  try {
    connection = redisConnection(redis)
  } catch (error) {
    if (error instanceof RedisUrlError) throw new CliError(error.message)
    throw error
  }
  const milliseconds = (flag: string, value: string | undefined): number | undefined => (value === undefined ? undefined : wholeNumber(flag, value, 0, 100, 86_400_000))
  return {
    redis,
    connection,
    queue: nonEmpty('--queue', values.queue) ?? DEFAULT_QUEUE,
    timeoutMs: wholeNumber('--timeout', values.timeout, DEFAULT_JOB_TIMEOUT_MS, 100, 86_400_000),
    lockDuration: milliseconds('--lock-duration', values['lock-duration']),
    stalledInterval: milliseconds('--stalled-interval', values['stalled-interval']),
    ...poolOptions(values),
  }
}

/** How long to wait for Redis at start before giving up with a clear error. */
const CONNECT_TIMEOUT_MS = 10_000

/** Run `unspin worker` until `stop` resolves (by default, a SIGTERM or SIGINT). Resolves to the exit code. */
export async function runWorker(argv: readonly string[], io: CliIO, stop: Promise<string> = nextStopSignal()): Promise<number> {
  const options = parseWorkerArgs(argv)
  if (options.help) {
    await writeChunk(io.stdout, WORKER_HELP)
    return EXIT.ok
  }
  const bullmq = await importBullmq()
  const log = createJsonLog(io.stderr)
  await checkLayers(options, (message) => log({ level: 'warn', msg: message }))
  // Jobs run on pool threads, not here: this thread's event loop stays free to renew BullMQ's job
  // locks, so a job that runs longer than --lock-duration is not taken for stalled and run twice.
  const pool = createTaskPool({ threads: options.threads, maxQueue: options.threads * 4, settings: options })
  try {
    await pool.ready()
    const worker = new bullmq.Worker(
      options.queue,
      async (job) => {
        const checked = taskOfJob(job.name, job.data)
        // UnrecoverableError: a bad job fails now, with its reason, instead of being retried.
        if ('problem' in checked) throw new bullmq.UnrecoverableError(`bad job: ${checked.problem}`)
        let outcome
        try {
          outcome = await pool.run(checked.task, options.timeoutMs)
        } catch (error) {
          if (error instanceof PoolError && error.reason === 'timeout') throw new bullmq.UnrecoverableError(`the job ${error.message} (--timeout); split the text into smaller jobs`)
          throw error
        }
        if (!outcome.ok) throw new bullmq.UnrecoverableError(`bad job: ${outcome.message}`)
        return outcome.value
      },
      {
        connection: options.connection,
        concurrency: options.threads,
        ...(options.lockDuration === undefined ? {} : { lockDuration: options.lockDuration }),
        ...(options.stalledInterval === undefined ? {} : { stalledInterval: options.stalledInterval }),
        autorun: false,
      },
    )
    worker.on('error', (error) => log({ level: 'error', msg: 'worker error', error: error.message }))
    worker.on('completed', (job) => log({ msg: 'job done', id: job.id, name: job.name, ms: elapsed(job) }))
    worker.on('failed', (job, error) => log({ level: 'warn', msg: 'job failed', id: job?.id, name: job?.name, reason: error.message }))
    await connect(worker, options.redis)
    const running = worker.run()
    log({ msg: 'working', queue: options.queue, redis: redactedUrl(options.redis), threads: options.threads })
    const signal = await Promise.race([stop, running.then(() => 'closed')])
    log({ msg: 'shutting down', signal })
    // close() takes no new jobs and waits for those running to finish.
    await worker.close()
    await running
  } finally {
    await pool.close()
  }
  log({ msg: 'stopped' })
  return EXIT.ok
}

type Bullmq = typeof import('bullmq')

async function importBullmq(): Promise<Bullmq> {
  try {
    return await import('bullmq')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new CliError('unspin worker needs the bullmq package, which is not installed: run "npm install bullmq" next to unspin (it is an optional peer dependency).')
    }
    throw error
  }
}

async function connect(worker: { waitUntilReady(): Promise<unknown>; close(force?: boolean): Promise<void> }, url: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CliError(`cannot reach Redis at ${redactedUrl(url)} within ${CONNECT_TIMEOUT_MS / 1000} s: start it, or point --redis at it.`)), CONNECT_TIMEOUT_MS)
  })
  try {
    await Promise.race([worker.waitUntilReady(), timedOut])
  } catch (error) {
    await worker.close(true).catch(() => {})
    throw error
  } finally {
    clearTimeout(timer)
  }
}

function elapsed(job: { processedOn?: number; finishedOn?: number }): number | undefined {
  return job.processedOn === undefined || job.finishedOn === undefined ? undefined : job.finishedOn - job.processedOn
}

/** The URL without its password, for logs. */
function redactedUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
}
