/**
 * The thread pool of `unspin serve` and `unspin worker`: piscina threads, each with its own restorer
 * (as `unspin --jobs` uses them), and a time limit per task that stops the thread running it.
 */

import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import { readSharedModels } from '../shared-models.js'
import type { RestorerSettings } from '../restorer.js'
import type { ServeTask, TaskOutcome } from './task.js'

/** Why a task did not run to its outcome. */
export class PoolError extends Error {
  /** `timeout`: over the time limit (its thread was stopped); `busy`: the queue was full; `closed`: the pool is closing. */
  readonly reason: 'timeout' | 'busy' | 'closed'
  constructor(reason: PoolError['reason'], message: string) {
    super(message)
    this.name = 'PoolError'
    this.reason = reason
  }
}

/** Runs tasks on the threads; `close` waits for the running ones and stops the threads. */
export interface TaskPool {
  run(task: ServeTask, timeoutMs: number): Promise<TaskOutcome>
  /** Resolves once a thread has built its restorer (each takes about a second), so the first request is not the one that waits. */
  ready(): Promise<void>
  /** Stop the threads. Callers first wait for the tasks they care about: a task still running is ended. */
  close(): Promise<void>
  readonly threads: number
  /** Tasks waiting for a thread. */
  queued(): number
}

/** Pool settings: threads, the longest queue before new tasks are refused, the restorer's layers. */
export interface PoolOptions {
  readonly threads: number
  readonly maxQueue: number
  readonly settings: RestorerSettings
}

/** Start `options.threads` threads; each loads the library and its dictionaries once. */
export function createTaskPool(options: PoolOptions): TaskPool {
  const pool = new Piscina({
    filename: workerUrl(),
    // Threads replacing ones stopped at the time limit view the same model bytes, read once.
    workerData: { ...options.settings, models: readSharedModels() },
    minThreads: options.threads,
    maxThreads: options.threads,
    maxQueue: options.maxQueue,
    // minThreads = maxThreads: threads are kept for the life of the pool (starting one costs about a second of CPU).
    idleTimeout: 60_000,
  })
  let closing = false
  return {
    threads: options.threads,
    queued: () => pool.queueSize,
    async run(task, timeoutMs) {
      if (closing) throw new PoolError('closed', 'the server is shutting down')
      const signal = AbortSignal.timeout(timeoutMs)
      try {
        return (await pool.run(task, { signal })) as TaskOutcome
      } catch (error) {
        // Aborting a running task terminates its thread; piscina starts a fresh one in its place.
        if (signal.aborted) throw new PoolError('timeout', `took longer than the time limit of ${timeoutMs} ms`)
        if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new PoolError('busy', `all ${options.threads} threads are busy and ${options.maxQueue} requests are waiting`)
        throw error
      }
    },
    async ready() {
      await pool.run({ op: 'detect', text: '' } satisfies ServeTask)
    },
    async close() {
      closing = true
      // destroy, not close: piscina 4's close leaves a timer that keeps the process alive after it.
      await pool.destroy()
    },
  }
}

// dist/cli.js runs dist/serve-worker.js; from source (tsx) the worker is ../serve-worker.ts.
function workerUrl(): string {
  const built = new URL('./serve-worker.js', import.meta.url)
  return existsSync(fileURLToPath(built)) ? built.href : new URL('../serve-worker.ts', import.meta.url).href
}
