/**
 * `unspin serve`: a LanguageTool-compatible HTTP server (see docs/server.md). Logs JSON lines to
 * stderr; SIGTERM or SIGINT stops it after the requests in flight are answered.
 */

import { nonEmpty, parseStrict } from '../args.js'
import { CliError, EXIT } from '../errors.js'
import type { CliIO } from '../io.js'
import { writeChunk } from '../output.js'
import { readVersion } from '../version.js'
import { createJsonLog, type Log } from './log.js'
import { byteSize, checkLayers, POOL_OPTIONS, poolOptions, wholeNumber, type PoolOptions } from './options.js'
import { createTaskPool } from './pool.js'
import { startServer } from './server.js'

/** Default port: LanguageTool's own, so a client's "local server" setting finds it. */
export const DEFAULT_PORT = 8081
export const DEFAULT_MAX_BODY = 2 ** 20
export const DEFAULT_TIMEOUT_MS = 20_000

/** Help text for `unspin serve --help`, ending with a newline. */
export const SERVE_HELP = `Usage: unspin serve [options]

Serve unspin over HTTP, compatible with LanguageTool's API: point an editor plugin,
browser add-on or LanguageTool client at http://HOST:PORT (its "server URL").

Routes
  POST /v2/check        LanguageTool's check: text or data (annotations), language
                        (en, en-US, en-GB, ... or auto); one rule per dictionary
                        (UNSPIN_TORTURED_PHRASES, ...) for disabledRules
  GET  /v2/languages    the language codes accepted
  POST /restore         {"text": "...", "threshold"?: 0.5, "inputFormat"?: "html"}
                        -> the library's RestoreResult as JSON
  POST /detect          the same body -> the library's SpinDetection
  GET  /health          {"status": "ok", ...}

Options
      --host HOST       address to listen on (default 127.0.0.1; 0.0.0.0 for all)
  -p, --port N          port (default ${DEFAULT_PORT}; 0 picks a free one, logged)
      --threads N       worker threads restoring (default "auto": one per core)
      --max-body SIZE   largest request body: bytes, or 512k, 4m (default 1m)
      --timeout MS      longest a request may wait and run, in ms (default ${DEFAULT_TIMEOUT_MS});
                        a request over it gets 503 and its thread is restarted
      --max-queue N     requests waiting for a thread before new ones get 503
                        (default 256)
      --allow-origin O  let web pages from origin O call the server (CORS), or *
  -t, --threshold N     minimum confidence for a change, 0 to 1
  -d, --dict FILE       add a dictionary; repeatable (as for unspin)
      --spinner-db FILE add a spinner's synonym database; repeatable
  -h, --help            show this help

Logs are JSON lines on stderr. SIGTERM or SIGINT: new requests get 503, those in
flight are answered, then the server exits 0. Exit 2: bad option or port in use.

Example
  unspin serve --port 8081 &
  curl -d language=en-US -d "text=Peskov instructed TASS information company." \\
    http://127.0.0.1:8081/v2/check
`

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string', short: 'p' },
  'max-body': { type: 'string' },
  timeout: { type: 'string' },
  'max-queue': { type: 'string' },
  'allow-origin': { type: 'string' },
  ...POOL_OPTIONS,
} as const

const HINT = 'Run "unspin serve --help" for the options.'

/** Checked options of `unspin serve`. */
export interface ServeOptions extends PoolOptions {
  readonly host: string
  readonly port: number
  readonly maxBody: number
  readonly timeoutMs: number
  readonly maxQueue: number
  readonly allowOrigin: string | undefined
}

/** Parse the arguments after `serve`. Throws `CliError` (exit code 2) for usage errors. */
export function parseServeArgs(argv: readonly string[]): ServeOptions {
  const { values, positionals } = parseStrict(argv, OPTIONS, HINT)
  if (positionals.length > 0) throw new CliError(`serve takes no files (got "${positionals[0]}"): send text to it over HTTP. ${HINT}`)
  return {
    host: nonEmpty('--host', values.host) ?? '127.0.0.1',
    port: wholeNumber('--port', values.port, DEFAULT_PORT, 0, 65535),
    maxBody: byteSize('--max-body', values['max-body'], DEFAULT_MAX_BODY),
    timeoutMs: wholeNumber('--timeout', values.timeout, DEFAULT_TIMEOUT_MS, 100, 3_600_000),
    maxQueue: wholeNumber('--max-queue', values['max-queue'], 256, 1, 1_000_000),
    allowOrigin: nonEmpty('--allow-origin', values['allow-origin']),
    ...poolOptions(values),
  }
}

/** A promise for the first SIGTERM or SIGINT, naming it. */
export function nextStopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.off('SIGTERM', stop)
      process.off('SIGINT', stop)
      resolve(signal)
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
  })
}

/**
 * Run `unspin serve` with the arguments after `serve` until `stop` resolves (by default, a SIGTERM
 * or SIGINT). Resolves to the exit code; usage errors throw `CliError`.
 */
export async function runServe(argv: readonly string[], io: CliIO, stop: Promise<string> = nextStopSignal()): Promise<number> {
  const options = parseServeArgs(argv)
  if (options.help) {
    await writeChunk(io.stdout, SERVE_HELP)
    return EXIT.ok
  }
  const log = createJsonLog(io.stderr)
  await checkLayers(options, (message) => log({ level: 'warn', msg: message }))
  const version = readVersion()
  const pool = createTaskPool({ threads: options.threads, maxQueue: options.maxQueue, settings: options })
  try {
    await pool.ready()
    const server = await listen(options, pool, log, version)
    log({ msg: 'listening', url: server.url, version, threads: pool.threads, maxBody: options.maxBody, timeoutMs: options.timeoutMs })
    const signal = await stop
    log({ msg: 'shutting down', signal, inFlight: server.inFlight() })
    // Requests in flight end within the time limit; a little more for their answers to be written.
    await server.shutdown(options.timeoutMs + 1_000)
  } finally {
    await pool.close()
  }
  log({ msg: 'stopped' })
  return EXIT.ok
}

async function listen(options: ServeOptions, pool: ReturnType<typeof createTaskPool>, log: Log, version: string) {
  try {
    return await startServer({ pool, log, version, maxBody: options.maxBody, timeoutMs: options.timeoutMs, allowOrigin: options.allowOrigin }, options.host, options.port)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new CliError(`port ${options.port} on ${options.host} is in use: stop what uses it, or pick another with --port (0 picks a free one).`)
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`cannot listen on --host ${options.host}: not an address of this machine.`)
    if (code === 'EACCES') throw new CliError(`not allowed to listen on port ${options.port}: pick one from 1024, or 0 for a free one.`)
    throw error
  }
}
