/**
 * Piscina worker (built to dist/cli-worker.js): builds its restorer once when the thread starts,
 * then restores and renders one document per task.
 */

import { workerData } from 'node:worker_threads'
import * as library from '../index.js'
import { processDocument, type DocumentOutput, type RenderSettings, type RenderTask } from './process-document.js'
import { createCliRestorer, type RestorerSettings } from './restorer.js'
import { modelsFromShared, type SharedModels } from './shared-models.js'

/** Restorer and render settings, the same for every thread of a run. */
export type WorkerSettings = RestorerSettings & RenderSettings

/** `workerData` of the pool: the settings and the model bytes the main thread read once. */
export interface WorkerData extends WorkerSettings {
  readonly models?: SharedModels
}

const settings = workerData as WorkerData
const restorer = createCliRestorer(library, settings, undefined, modelsFromShared(library, settings.models))

/** Restore and render one document. */
export default function restoreTask(task: RenderTask): DocumentOutput {
  return processDocument(restorer, task, settings)
}

/** Restore and render a chunk of documents, in order (the runner sends short documents in chunks). */
export function restoreTasks(tasks: readonly RenderTask[]): DocumentOutput[] {
  return tasks.map((task) => processDocument(restorer, task, settings))
}
