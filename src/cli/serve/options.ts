/** Options shared by `unspin serve` and `unspin worker`: the restorer's layers, threads and limits. */

import { fraction, nonEmpty } from '../args.js'
import { coreCount } from '../cores.js'
import { CliError } from '../errors.js'
import { loadSpinnerDbs, loadUserDictionaries } from '../load-layers.js'
import type { RestorerSettings } from '../restorer.js'

/** The options both commands take for their pool of restorers, in `parseArgs` form: spread into each command's own. */
export const POOL_OPTIONS = {
  threads: { type: 'string' },
  threshold: { type: 'string', short: 't' },
  dict: { type: 'string', short: 'd', multiple: true },
  'spinner-db': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const

/** The checked `POOL_OPTIONS`: what each thread's restorer is built from, and how many threads. */
export interface PoolOptions extends RestorerSettings {
  readonly threads: number
  readonly help: boolean
}

/** Check the `POOL_OPTIONS` values of a parsed command line. Throws `CliError` naming the flag. */
export function poolOptions(values: { threads?: string; threshold?: string; dict?: string[]; 'spinner-db'?: string[]; help?: boolean }): PoolOptions {
  return {
    threads: threads(values.threads),
    threshold: fraction('--threshold', values.threshold),
    dicts: (values.dict ?? []).map((d) => nonEmpty('--dict', d)!),
    spinnerDbs: (values['spinner-db'] ?? []).map((d) => nonEmpty('--spinner-db', d)!),
    help: values.help ?? false,
  }
}

/** Load the layers once in the main thread, so a bad file stops the command with file:line before any thread starts. */
export async function checkLayers(options: RestorerSettings, warn: (message: string) => void): Promise<void> {
  await loadSpinnerDbs(options.spinnerDbs, warn)
  await loadUserDictionaries(options.dicts)
}

/** A whole number from `min` to `max`, or a `CliError` naming the flag. `auto` gives `auto` when allowed. */
export function wholeNumber(flag: string, value: string | undefined, fallback: number, min: number, max: number, auto?: number): number {
  if (value === undefined) return fallback
  if (value === 'auto' && auto !== undefined) return auto
  const number = Number(value)
  if (value.trim() === '' || !Number.isInteger(number) || number < min || number > max) {
    throw new CliError(`${flag} must be a whole number from ${min} to ${max}${auto !== undefined ? ', or "auto"' : ''}; got "${value}".`)
  }
  return number
}

/** `--threads`: "auto" (the default) is one per core. */
export function threads(value: string | undefined): number {
  return wholeNumber('--threads', value, coreCount(), 1, 256, coreCount())
}

/** A size in bytes: `1048576`, `512k` or `1m` (KiB and MiB). */
export function byteSize(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const match = /^(\d+)\s*([km]?)i?b?$/i.exec(value.trim())
  const bytes = match === null ? NaN : Number(match[1]) * (match[2]!.toLowerCase() === 'm' ? 2 ** 20 : match[2]!.toLowerCase() === 'k' ? 2 ** 10 : 1)
  if (!(bytes >= 1 && bytes <= 2 ** 30)) throw new CliError(`${flag} must be a size from 1 byte to 1024m, such as 1048576, 512k or 4m; got "${value}".`)
  return bytes
}
