/** Shared helpers for the CLI tests: build the real bin once, run it, capture in-process runs. */

import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import type { CliIO } from '../../src/cli/io.js'

export const ROOT = resolve(import.meta.dirname, '../..')
export const ARTIFACTS = join(ROOT, 'test/artifacts')

/**
 * Build the package with the real tsup config into a fresh folder under test/artifacts (inside the
 * project, so dist's bare imports resolve from its node_modules), without types to save time.
 * A private folder keeps other test files that rebuild dist/ from pulling files from under us.
 */
export function buildCli(): { cli: string; dir: string; cleanup: () => void } {
  mkdirSync(ARTIFACTS, { recursive: true })
  const dir = mkdtempSync(join(ARTIFACTS, 'cli-dist-'))
  execFileSync('npx', ['tsup', '--out-dir', dir, '--no-dts', '--silent'], { cwd: ROOT, stdio: 'pipe' })
  return { cli: join(dir, 'cli.js'), dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The result of one run of the built command. */
export interface RunResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Run the built command with `args`, `input` on stdin, in `cwd`. */
export function runBuilt(cli: string, args: readonly string[], options: { input?: string; cwd?: string } = {}): RunResult {
  const out = spawnSync(process.execPath, [cli, ...args], { input: options.input ?? '', cwd: options.cwd ?? ROOT, encoding: 'utf8', timeout: 120_000 })
  if (out.error) throw out.error
  return { code: out.status, stdout: out.stdout, stderr: out.stderr }
}

/** In-process streams for `runCli`: stdin from `input`, stdout and stderr collected. */
export function captureIO(input: string | Buffer = ''): { io: CliIO; stdout: () => string; stderr: () => string } {
  let stdout = ''
  let stderr = ''
  const sink = (append: (text: string) => void): Writable =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        append(String(chunk))
        done()
      },
    })
  const stdin = new PassThrough()
  stdin.end(input)
  return {
    io: {
      stdin: () => stdin,
      stdinIsTTY: false,
      stdout: sink((t) => (stdout += t)),
      stderr: sink((t) => (stderr += t)),
      stderrIsTTY: false,
    },
    stdout: () => stdout,
    stderr: () => stderr,
  }
}
