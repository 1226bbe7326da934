/**
 * The job format of `unspin worker`: a BullMQ job named `restore` or `detect` whose data is
 * `{"text": "...", "threshold"?: 0.5, "inputFormat"?: "html"}`. Checked here so a bad job fails at
 * once with a reason the producer can read in `job.failedReason`.
 */

import { TASK_OPS, type ServeTask, type TaskOp } from '../serve/task.js'

/** A job's task, or why the job is not one. */
export type JobCheck = { readonly task: ServeTask } | { readonly problem: string }

/** Check a job's name and data. */
export function taskOfJob(name: string, data: unknown): JobCheck {
  if (!(TASK_OPS as readonly string[]).includes(name)) return { problem: `unknown job name "${name}": name jobs "restore" or "detect"` }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { problem: `job data must be an object such as {"text": "..."}; got ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}` }
  const { text, threshold, inputFormat, ...rest } = data as Record<string, unknown>
  const unknown = Object.keys(rest)
  if (unknown.length > 0) return { problem: `unknown field "${unknown[0]}" in job data: it takes text, threshold and inputFormat` }
  if (typeof text !== 'string') return { problem: `job data "text" must be a string; got ${text === undefined ? 'nothing' : text === null ? 'null' : typeof text}` }
  // threshold and inputFormat are checked by the library, which names what it expects.
  return {
    task: {
      op: name as TaskOp,
      text,
      ...(threshold === undefined ? {} : { threshold: threshold as number }),
      ...(inputFormat === undefined ? {} : { inputFormat: inputFormat as ServeTask['inputFormat'] & string }),
    },
  }
}

/** ioredis connection options from a `redis://[user:password@]host[:port][/db]` (or `rediss://`) URL. */
export function redisConnection(url: string): { host: string; port: number; username?: string; password?: string; db?: number; tls?: object } {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return invalid(url)
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') return invalid(url)
  const db = parsed.pathname.replace(/^\//, '')
  if (db !== '' && !/^\d+$/.test(db)) return invalid(url)
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    ...(parsed.username === '' ? {} : { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password === '' ? {} : { password: decodeURIComponent(parsed.password) }),
    ...(db === '' ? {} : { db: Number(db) }),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  }
}

/** Thrown for a `--redis` value that is not a Redis URL. */
export class RedisUrlError extends Error {}

function invalid(url: string): never {
  throw new RedisUrlError(`--redis must be a URL such as redis://127.0.0.1:6379 (or rediss://user:password@host:6380/0); got "${url}".`)
}
