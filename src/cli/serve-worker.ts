/**
 * Piscina worker of `unspin serve` and `unspin worker` (built to dist/serve-worker.js): builds its
 * restorer once when the thread starts, then runs one `ServeTask` per call.
 */

import { workerData } from 'node:worker_threads'
import * as library from '../index.js'
import { createCliRestorer, type RestorerSettings } from './restorer.js'
import { modelsFromShared, type SharedModels } from './shared-models.js'
import { runTask, type ServeTask, type TaskOutcome } from './serve/task.js'

const data = workerData as RestorerSettings & { readonly models?: SharedModels }
const restorer = createCliRestorer(library, data, undefined, modelsFromShared(library, data.models))
// The first restore in a thread is slow (models read on first use, code not yet compiled): do it now,
// while the thread starts, so it does not count against the first request's time limit. A thread that
// replaces one stopped at the time limit would otherwise time out on its first request too.
restorer.restore('Peskov instructed TASS information company on Monday, with out providing details.')

/** Restore or detect one text. */
export default function serveTask(task: ServeTask): TaskOutcome {
  return runTask(restorer, task)
}
