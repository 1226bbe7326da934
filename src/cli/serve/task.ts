/**
 * The work `unspin serve` and `unspin worker` hand to their thread pool: restore or detect one text.
 * Plain data in and out, so tasks and outcomes cross between threads unchanged.
 */

import { resultJson } from '../../format/format-json.js'
import type { InputFormat, Mark, Restorer, RestoreWarning, SkippedCandidate, SpinAssessment, SpinDetection } from '../../index.js'

/** What a task asks for: `restore` rewrites the text, `detect` only scores it and lists its suspects. */
export const TASK_OPS = ['restore', 'detect'] as const

/** One of `TASK_OPS`. */
export type TaskOp = (typeof TASK_OPS)[number]

/** One text to restore or detect, with the per-call options the library takes. */
export interface ServeTask {
  readonly op: TaskOp
  readonly text: string
  readonly threshold?: number
  readonly inputFormat?: InputFormat
}

/** `restore`'s answer: the library's `RestoreResult`, keys in a fixed order, skipped candidates included. */
export interface RestoreJson {
  readonly text: string
  readonly marks: readonly Mark[]
  readonly skipped: readonly SkippedCandidate[]
  readonly warnings: readonly RestoreWarning[]
  readonly spin: SpinAssessment | undefined
}

/**
 * A task's outcome. Misuse the caller can fix (a threshold out of range, an unknown input format) is
 * an outcome, not a thrown error: errors lose their `code` on their way out of a worker thread.
 */
export type TaskOutcome =
  | { readonly ok: true; readonly op: 'restore'; readonly value: RestoreJson }
  | { readonly ok: true; readonly op: 'detect'; readonly value: SpinDetection }
  | { readonly ok: false; readonly code: string; readonly message: string }

/** Run `task` with `restorer`. Throws only for a bug (anything but the library's argument errors). */
export function runTask(restorer: Restorer, task: ServeTask): TaskOutcome {
  const options = {
    ...(task.threshold === undefined ? {} : { threshold: task.threshold }),
    ...(task.inputFormat === undefined ? {} : { inputFormat: task.inputFormat }),
  }
  try {
    if (task.op === 'detect') return { ok: true, op: 'detect', value: restorer.detect(task.text, options) }
    const result = restorer.restore(task.text, options)
    const { text, marks, skipped = [], warnings } = resultJson(result, true)
    return { ok: true, op: 'restore', value: { text, marks, skipped, warnings, spin: result.spin } }
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (error instanceof Error && code === 'E_ARGUMENT') return { ok: false, code, message: error.message }
    throw error
  }
}
