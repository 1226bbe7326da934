/** Messages between the page (app.ts) and the restorer's Web Worker (worker.ts). */
import type { InputFormat, RestoreResult } from '../../src/browser.js'

export type ToWorker = { readonly type: 'restore'; readonly id: number; readonly text: string; readonly inputFormat: InputFormat }

export type FromWorker =
  | { readonly type: 'ready'; readonly modelBytes: number }
  | { readonly type: 'result'; readonly id: number; readonly result: RestoreResult }
  | { readonly type: 'error'; readonly id: number | null; readonly message: string }
