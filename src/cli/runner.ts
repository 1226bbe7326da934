/** Run document tasks in the main thread (`--jobs 1`) or on a piscina pool of worker threads. */

import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import type { Dictionary } from '../index.js'
import { processDocument, type DocumentOutput, type RenderTask } from './process-document.js'
import { loadLibrary } from './library.js'
import { createCliRestorer } from './restorer.js'
import type { WorkerSettings } from './worker.js'

/** Runs tasks; `close` releases the threads. */
export interface Runner {
  run(task: RenderTask): Promise<DocumentOutput>
  close(): Promise<void>
  /** How many tasks may be in flight at once: the size of the reorder window. */
  readonly window: number
}

/**
 * `jobs` 1: restore in this thread with one restorer (`loaded` are the `--dict` files, already
 * validated). More: a pool of `jobs` threads, each building its own restorer once.
 */
export async function createRunner(jobs: number, settings: WorkerSettings, loaded: readonly Dictionary[]): Promise<Runner> {
  if (jobs <= 1) {
    const restorer = createCliRestorer(await loadLibrary(), settings, loaded)
    return { window: 1, run: async (task) => processDocument(restorer, task, settings), close: async () => {} }
  }
  const pool = new Piscina({ filename: workerUrl(), workerData: settings, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000 })
  return {
    // Enough queued work that no thread waits while the main thread reads and writes.
    window: jobs * 4,
    run: (task) => pool.run(task) as Promise<DocumentOutput>,
    close: () => pool.destroy(),
  }
}

// dist/cli.js runs dist/cli-worker.js; from source (tsx) the worker is ./worker.ts next to this file.
function workerUrl(): string {
  const built = new URL('./cli-worker.js', import.meta.url)
  return existsSync(fileURLToPath(built)) ? built.href : new URL('./worker.ts', import.meta.url).href
}
