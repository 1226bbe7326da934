/**
 * bench/results/latest.json: the figures of the last `npm run bench`. Each benchmark merges its own
 * section (`quality`, `speed`) into the file, stamped with the machine, Node version, date and commit.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, platform, release, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { repoRoot } from './data/paths.js'

export const RESULTS_FILE = join(repoRoot, 'bench/results/latest.json')

/** Where and when a section was measured. */
export interface RunInfo {
  readonly date: string
  readonly commit: string | null
  /** True when the working tree had uncommitted changes (the figures are then not exactly `commit`'s). */
  readonly dirty: boolean | null
  readonly node: string
  readonly machine: { readonly cpu: string; readonly cores: number; readonly os: string; readonly memoryGB: number }
}

/** The results file: one entry per benchmark section, each with its own `run`. */
export interface Results {
  readonly [section: string]: ({ readonly run: RunInfo } & Record<string, unknown>) | undefined
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return null
  }
}

/** Describe this run. */
export function runInfo(): RunInfo {
  const status = git(['status', '--porcelain'])
  return {
    date: new Date().toISOString(),
    commit: git(['rev-parse', 'HEAD']),
    dirty: status === null ? null : status.length > 0,
    node: process.version,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      os: `${platform()} ${release()}`,
      memoryGB: Math.round(totalmem() / 2 ** 30),
    },
  }
}

/** Read the results file; an absent or unreadable file reads as empty. */
export function readResults(file: string = RESULTS_FILE): Results {
  if (!existsSync(file)) return {}
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Results) : {}
  } catch {
    return {}
  }
}

/** Merge one section (stamped with `run`) into the results file, keeping the other sections. */
export function writeSection(section: string, figures: Record<string, unknown>, file: string = RESULTS_FILE, run: RunInfo = runInfo()): void {
  const merged = { ...readResults(file), [section]: { run, ...figures } }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`)
}
