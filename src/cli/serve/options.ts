/** Options shared by `unspin serve` and `unspin worker`: the restorer's layers, threads and limits. */

import { coreCount } from '../cores.js'
import { CliError } from '../errors.js'

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
