import type { Readable, Writable } from 'node:stream'

/** The streams the command uses; `stdin` is a function so it is only opened when read. */
export interface CliIO {
  readonly stdin: () => Readable
  readonly stdinIsTTY: boolean
  readonly stdout: Writable
  readonly stderr: Writable
  readonly stderrIsTTY: boolean
}
