/** A one-line progress bar on stderr, for terminals only. */

import type { Writable } from 'node:stream'

/** Progress reporting: `tick` per finished document, `clear` before other stderr output, `done` at the end. */
export interface Progress {
  tick(): void
  clear(): void
  done(): void
}

const NONE: Progress = { tick() {}, clear() {}, done() {} }
const WIDTH = 24

/**
 * A progress bar when `enabled` (the caller checks several documents and a TTY): `[####....] 12/40
 * documents` with a known `total`, a running count without one (JSONL). Redrawn at most every 100 ms.
 */
export function createProgress(stream: Writable, enabled: boolean, total?: number): Progress {
  if (!enabled) return NONE
  let done = 0
  let last = 0
  let shown = false
  const draw = (): void => {
    const count = total === undefined ? `${done} documents` : `${done}/${total} documents`
    const bar = total === undefined || total === 0 ? '' : `[${'#'.repeat(Math.round((done / total) * WIDTH)).padEnd(WIDTH, '.')}] `
    stream.write(`\r\u001b[Kunspin ${bar}${count}`)
    shown = true
  }
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[K')
    shown = false
  }
  return {
    tick() {
      done++
      const now = Date.now()
      if (now - last >= 100 || done === total) {
        last = now
        draw()
      }
    },
    clear,
    done: clear,
  }
}
