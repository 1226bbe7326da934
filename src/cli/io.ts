import type { Readable, Writable } from 'node:stream'

/** The streams the command uses; `stdin` is a function so it is only opened when read. */
export interface CliIO {
  readonly stdin: () => Readable
  readonly stdinIsTTY: boolean
  readonly stdout: Writable
  readonly stderr: Writable
  readonly stderrIsTTY: boolean
  /** Whether stdout is a terminal (`--format ansi` colours only there by default); absent: not. */
  readonly stdoutIsTTY?: boolean
  /** Environment variables read by the command (NO_COLOR, FORCE_COLOR); absent: none. */
  readonly env?: Readonly<Record<string, string | undefined>>
}
