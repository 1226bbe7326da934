/**
 * Piscina worker (built to dist/cli-worker.js): builds its restorer once when the thread starts,
 * then restores and renders one document per task.
 */

import { workerData } from 'node:worker_threads'
import * as library from '../index.js'
import { processDocument, type DocumentOutput, type RenderSettings, type RenderTask } from './process-document.js'
import { createCliRestorer, type RestorerSettings } from './restorer.js'

/** `workerData` of the pool: restorer and render settings. */
export type WorkerSettings = RestorerSettings & RenderSettings

const settings = workerData as WorkerSettings
const restorer = createCliRestorer(library, settings)

/** Restore and render one document. */
export default function restoreTask(task: RenderTask): DocumentOutput {
  return processDocument(restorer, task, settings)
}

/** Restore and render a chunk of documents, in order (the runner sends short documents in chunks). */
export function restoreTasks(tasks: readonly RenderTask[]): DocumentOutput[] {
  return tasks.map((task) => processDocument(restorer, task, settings))
}
