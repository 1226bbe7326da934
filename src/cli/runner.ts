/** Run document tasks in the main thread (`--jobs 1`) or on a piscina pool of worker threads. */

import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { Piscina } from 'piscina'
import { coreCount } from './cores.js'
import { processDocument, restoreWithProgress, type DocumentOutput, type RenderTask } from './process-document.js'
import type { ByteProgress } from './progress.js'
import { loadLibrary } from './library.js'
import { createCliRestorer, type LoadedLayers } from './restorer.js'
import type { Source } from './inputs.js'
import { readSharedModels } from './shared-models.js'
import type { WorkerData, WorkerSettings } from './worker.js'

/**
 * Least text per worker thread. Each thread spends about 1.2 s of CPU starting (the library, the
 * built-in dictionaries, the match index, the tokenizer model), and V8 compiles the hot code and
 * collects garbage again for every thread's heap, on its background threads: with one thread those
 * already keep a second core half busy. Measured with test/cli/measure-jobs.ts on an idle 2-core
 * machine, one thread against two: 200 documents (684 KB) 3.35 s against 4.13 s, 400 (1.4 MB) 6.1 s
 * against 7.9 s, 800 (2.7 MB) 7.4 s against 6.1 s. So a second thread pays off from about 2 MB.
 */
export const BYTES_PER_THREAD = 1024 * 1024

/** What is known about a batch before it is read (see `batchSize`). */
export interface BatchSize {
  readonly documents?: number
  readonly bytes?: number
}

/**
 * Threads to use for `--jobs jobs`: no more than the cores (more only adds start-ups competing for
 * them), the documents, and one per `BYTES_PER_THREAD` of text when the size is known. At least 1.
 */
export function planThreads(jobs: number, batch: BatchSize, cores: number = coreCount()): number {
  const bySize = batch.bytes === undefined ? Infinity : Math.floor(batch.bytes / BYTES_PER_THREAD)
  return Math.max(1, Math.min(jobs, cores, batch.documents ?? Infinity, bySize))
}

/**
 * What is known of a batch before it is read: with text sources only, the documents, and with files
 * only (text or JSONL), their bytes. A JSONL batch's documents are only known as they are read, and
 * stdin's size not at all. A file that cannot be stat'ed counts as empty: reading it reports the error
 * in its turn.
 */
export async function batchSize(sources: readonly Source[]): Promise<BatchSize> {
  const allText = sources.every((s) => s.kind === 'text')
  if (sources.some((s) => s.path === null)) return allText ? { documents: sources.length } : {}
  const sizes = await Promise.all(sources.map((s) => stat(s.path!).then((info) => info.size, () => 0)))
  const bytes = sizes.reduce((sum, n) => sum + n, 0)
  // A JSONL file's documents are only known as it is read, but its bytes are known now.
  return allText ? { documents: sources.length, bytes } : { bytes }
}


/** Runs tasks; `close` releases the threads. */
export interface Runner {
  run(task: RenderTask): Promise<DocumentOutput>
  close(): Promise<void>
  /** How many tasks may be in flight at once: the size of the reorder window. */
  readonly window: number
}

/**
 * `jobs` 1: restore in this thread with one restorer (`loaded` are the `--spinner-db` and `--dict`
 * files, already validated); a document `progressFor` gives a progress line is read window by window
 * (`restoreStream`) and shows how far it is. More: a pool of `jobs` threads, each building its own restorer
 * once, over model bytes read once here and shared.
 */
export async function createRunner(jobs: number, settings: WorkerSettings, loaded: LoadedLayers, progressFor?: (task: RenderTask) => ByteProgress | undefined): Promise<Runner> {
  if (jobs <= 1) {
    const restorer = createCliRestorer(await loadLibrary(), settings, loaded)
    const run = async (task: RenderTask): Promise<DocumentOutput> => {
      const progress = progressFor?.(task)
      if (!progress) return processDocument(restorer, task, settings)
      try {
        return processDocument(restorer, task, settings, await restoreWithProgress(restorer, task, (fraction) => progress.update(fraction)))
      } finally {
        progress.done()
      }
    }
    return { window: 1, run, close: async () => {} }
  }
  const workerData: WorkerData = { ...settings, models: readSharedModels() }
  // Each thread holds a next chunk in its message queue (`concurrentTasksPerWorker`; a thread still
  // restores one chunk at a time): with one, a thread that finished its chunk sat idle until the main
  // thread was scheduled to send the next, a wait as long as the chunk's work on a busy machine.
  const pool = new Piscina({ filename: workerUrl(), workerData, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000, concurrentTasksPerWorker: CHUNKS_PER_THREAD })
  // Documents go to the threads in chunks: one message, one structured clone and one wake-up per chunk
  // instead of per document, which cost more than restoring a short document. A chunk leaves when full,
  // or when the main thread turns to other work (reading input, awaiting results), so none waits.
  let chunk: Array<{ task: RenderTask; resolve: (output: DocumentOutput) => void; reject: (error: unknown) => void }> = []
  let chars = 0
  let scheduled = false
  const flush = (): void => {
    scheduled = false
    if (chunk.length === 0) return
    const sent = chunk
    chunk = []
    chars = 0
    ;(pool.run(sent.map((c) => c.task), { name: 'restoreTasks' }) as Promise<DocumentOutput[]>).then(
      (outputs) => sent.forEach((c, i) => c.resolve(outputs[i]!)),
      (error: unknown) => sent.forEach((c) => c.reject(error)),
    )
  }
  return {
    // Enough queued work that every thread has its chunks and the next is filling, with room for
    // finished chunks that wait for an earlier one to come out in order.
    window: jobs * CHUNK_DOCUMENTS * (CHUNKS_PER_THREAD + 2),
    run: (task) =>
      new Promise<DocumentOutput>((resolve, reject) => {
        chunk.push({ task, resolve, reject })
        chars += task.text.length
        if (chunk.length >= CHUNK_DOCUMENTS || chars >= CHUNK_CHARS) flush()
        else if (!scheduled) {
          scheduled = true
          setImmediate(flush)
        }
      }),
    close: () => pool.destroy(),
  }
}

/** Documents sent to a worker thread at once, at most; fewer when they reach `CHUNK_CHARS`. */
export const CHUNK_DOCUMENTS = 32
const CHUNK_CHARS = 256 * 1024
/** Chunks sent ahead to each thread: the one it restores and the next. */
const CHUNKS_PER_THREAD = 2

// dist/cli.js runs dist/cli-worker.js; from source (tsx) the worker is ./worker.ts next to this file.
function workerUrl(): string {
  const built = new URL('./cli-worker.js', import.meta.url)
  return existsSync(fileURLToPath(built)) ? built.href : new URL('./worker.ts', import.meta.url).href
}
