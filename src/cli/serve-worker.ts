/**
 * Piscina worker of `unspin serve` and `unspin worker` (built to dist/serve-worker.js): builds its
 * restorer once when the thread starts, then runs one `ServeTask` per call.
 */

import { workerData } from 'node:worker_threads'
import * as library from '../index.js'
import { createCliRestorer, type RestorerSettings } from './restorer.js'
import { runTask, type ServeTask, type TaskOutcome } from './serve/task.js'

const restorer = createCliRestorer(library, workerData as RestorerSettings)

/** Restore or detect one text. */
export default function serveTask(task: ServeTask): TaskOutcome {
  return runTask(restorer, task)
}
