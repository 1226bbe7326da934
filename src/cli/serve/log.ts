/** Structured logs: one JSON object per line (time, level, msg, then the event's fields). */

import type { Writable } from 'node:stream'

/** Fields of one log line; `msg` names the event. */
export interface LogFields {
  readonly level?: 'info' | 'warn' | 'error'
  readonly msg: string
  readonly [field: string]: unknown
}

/** Write one log line. */
export type Log = (fields: LogFields) => void

/** A `Log` writing JSON lines to `stream`. */
export function createJsonLog(stream: Writable, now: () => Date = () => new Date()): Log {
  return ({ level = 'info', msg, ...fields }) => {
    stream.write(`${JSON.stringify({ time: now().toISOString(), level, msg, ...fields })}\n`)
  }
}
