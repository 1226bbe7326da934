/** Progress lines on stderr, for terminals only: documents of a batch, or the bytes of one large file. */

import type { Writable } from 'node:stream'

/** Progress reporting: `tick` per finished document, `clear` before other stderr output, `done` at the end. */
export interface Progress {
  tick(): void
  clear(): void
  done(): void
}

/** Progress through one large document: `update` with the fraction done (0..1). */
export interface ByteProgress {
  update(fraction: number): void
  clear(): void
  done(): void
}

const NONE: Progress = { tick() {}, clear() {}, done() {} }
const NO_BYTES: ByteProgress = { update() {}, clear() {}, done() {} }
const WIDTH = 24
// Redrawn at most this often: a terminal line rewritten for every document slows a batch of small ones.
const REDRAW_MS = 100

/** A milliseconds clock; tests pass their own. */
export type Clock = () => number

/**
 * A progress line when `enabled` (the caller checks several documents and a TTY): `[####....] 12/40
 * documents, 3.1/s, 4.0 s` with a known `total`, a running count without one (JSONL: `1 document,
 * 0.9/s, 1.1 s`). `done` clears it and, after at least one document, writes a summary line
 * (`unspin: 40 documents in 12.9 s (3.1/s)`).
 */
export function createProgress(stream: Writable, enabled: boolean, total?: number, clock: Clock = Date.now): Progress {
  if (!enabled) return NONE
  const started = clock()
  let done = 0
  let last = -Infinity
  let shown = false
  const draw = (now: number): void => {
    const count = total === undefined ? documents(done) : `${done}/${total} ${total === 1 ? 'document' : 'documents'}`
    const bar = total === undefined || total === 0 ? '' : `[${'#'.repeat(Math.round((done / total) * WIDTH)).padEnd(WIDTH, '.')}] `
    stream.write(`\r\u001b[Kunspin ${bar}${count}, ${rate(done, now - started)}/s, ${seconds(now - started)}`)
    shown = true
  }
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[K')
    shown = false
  }
  return {
    tick() {
      done++
      const now = clock()
      if (now - last >= REDRAW_MS || done === total) {
        last = now
        draw(now)
      }
    },
    clear,
    done() {
      clear()
      const elapsed = clock() - started
      if (done > 0) stream.write(`unspin: ${documents(done)} in ${seconds(elapsed)} (${rate(done, elapsed)}/s)\n`)
    },
  }
}

/**
 * A progress line for one large document of `bytes` bytes when `enabled` (a TTY): `unspin 45% of
 * 10.0 MB, 1.2 MB/s, 8.1 s`. `done` clears it and writes `unspin: 10.0 MB in 8.3 s (1.2 MB/s)`.
 */
export function createByteProgress(stream: Writable, enabled: boolean, bytes: number, clock: Clock = Date.now): ByteProgress {
  if (!enabled) return NO_BYTES
  const started = clock()
  let last = -Infinity
  let shown = false
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[K')
    shown = false
  }
  return {
    update(fraction) {
      const now = clock()
      if (now - last < REDRAW_MS && fraction < 1) return
      last = now
      const f = Math.min(1, Math.max(0, fraction))
      stream.write(`\r\u001b[Kunspin ${Math.floor(f * 100)}% of ${megabytes(bytes)}, ${megabytes(rateOf(f * bytes, now - started))}/s, ${seconds(now - started)}`)
      shown = true
    },
    clear,
    done() {
      clear()
      const elapsed = clock() - started
      stream.write(`unspin: ${megabytes(bytes)} in ${seconds(elapsed)} (${megabytes(rateOf(bytes, elapsed))}/s)\n`)
    },
  }
}

function documents(n: number): string {
  return `${n} ${n === 1 ? 'document' : 'documents'}`
}

function rateOf(amount: number, ms: number): number {
  return ms > 0 ? (amount * 1000) / ms : 0
}

function rate(count: number, ms: number): string {
  return rateOf(count, ms).toFixed(1)
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
