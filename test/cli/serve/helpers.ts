/** Start the built `unspin serve` (or `unspin worker`) as a child process and read its JSON-lines log. */

import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { ROOT } from '../helpers.js'

/** A running child and the log lines it has written to stderr so far. */
export interface Child {
  readonly process: ChildProcess
  readonly logs: () => readonly Record<string, unknown>[]
  /** Everything on stderr, for a failing test's message. */
  readonly stderr: () => string
  /** Resolves with the first log line `test` accepts (rejects after `timeoutMs` or when the child exits). */
  waitForLog(test: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>
  /** Resolves with the exit code (or signal) once the child has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Run `node cli args...` from the project root. */
export function startChild(cli: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  const lines: Record<string, unknown>[] = []
  const waiters = new Set<() => void>()
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    lines.length = 0
    for (const line of stderr.split('\n')) {
      if (line.trim() === '') continue
      try {
        lines.push(JSON.parse(line) as Record<string, unknown>)
      } catch {
        lines.push({ unparsed: line })
      }
    }
    for (const wake of waiters) wake()
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  return {
    process: child,
    logs: () => lines,
    stderr: () => stderr,
    exited,
    waitForLog(test, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = lines.find(test)
          if (found === undefined) return
          done()
          resolve(found)
        }
        const timer = setTimeout(() => {
          done()
          reject(new Error(`no such log line within ${timeoutMs} ms; stderr:\n${stderr}`))
        }, timeoutMs)
        const done = (): void => {
          clearTimeout(timer)
          waiters.delete(check)
        }
        void exited.then(() => {
          if (!waiters.has(check)) return
          done()
          reject(new Error(`the process exited; stderr:\n${stderr}`))
        })
        waiters.add(check)
        check()
      })
    },
  }
}

/** Resident memory of process `pid` in KiB (Linux /proc), or undefined elsewhere. */
export function residentKiB(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match === null ? undefined : Number(match[1])
  } catch {
    return undefined
  }
}

/** Apply LanguageTool matches (first replacement of each) to `text`, back to front, as a client does. */
export function applyMatches(text: string, matches: readonly { offset: number; length: number; replacements: readonly { value: string }[] }[]): string {
  let out = text
  for (const match of [...matches].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, match.offset) + match.replacements[0]!.value + out.slice(match.offset + match.length)
  }
  return out
}
