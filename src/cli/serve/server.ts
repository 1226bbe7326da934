/**
 * The HTTP server of `unspin serve`, on Node's own `http` module: five routes, JSON in and out, and
 * no framework to keep up with. LanguageTool's `/v2/check` and `/v2/languages`, the library's own
 * `/restore` and `/detect`, and `/health`. Restoring runs on the thread pool, so a long text never
 * blocks the other requests; every request ends with an answer within the time limit.
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { HttpError } from './http-error.js'
import { checkResponse, LANGUAGES, parseCheckRequest } from './languagetool.js'
import type { Log } from './log.js'
import { PoolError, type TaskPool } from './pool.js'
import { jsonObject, bodyText, mediaType, readBody, requestParams } from './request-body.js'
import type { ServeTask, TaskOp, TaskOutcome } from './task.js'

/** What the server needs: the pool, the limits, where to log. */
export interface ServerOptions {
  readonly pool: TaskPool
  readonly log: Log
  readonly version: string
  /** Largest request body in bytes. */
  readonly maxBody: number
  /** Longest time a request may wait for and take on a thread, in ms. */
  readonly timeoutMs: number
  /** Origin allowed to call from a browser page (`Access-Control-Allow-Origin`); none by default. */
  readonly allowOrigin: string | undefined
}

/** A listening server. */
export interface RunningServer {
  readonly url: string
  /** Requests being answered. */
  inFlight(): number
  /** Refuse new requests (503), let those in flight finish (up to `graceMs`), then close every connection. */
  shutdown(graceMs: number): Promise<void>
}

const ROUTES: Readonly<Record<string, readonly string[]>> = {
  '/health': ['GET'],
  '/v2/languages': ['GET'],
  '/v2/check': ['GET', 'POST'],
  '/restore': ['POST'],
  '/detect': ['POST'],
}

/** Start listening on `host:port` (port 0 picks a free one). */
export async function startServer(options: ServerOptions, host: string, port: number): Promise<RunningServer> {
  let inFlight = 0
  let closing = false
  let sequence = 0
  let idle: (() => void) | undefined
  const server: Server = createServer((request, response) => {
    inFlight++
    const id = ++sequence
    handle(request, response, options, { closing: () => closing, inFlight: () => inFlight })
      .catch((error: unknown) => {
        // handle answers every error itself; this is the last guard so a bug never takes the server down.
        options.log({ level: 'error', msg: 'unhandled', id, error: describeError(error) })
        if (!response.headersSent) send(response, 500, 'application/json', JSON.stringify({ error: { code: 'E_INTERNAL', message: 'internal error' } }))
        else response.destroy()
      })
      .finally(() => {
        inFlight--
        if (inFlight === 0) idle?.()
      })
  })
  // The whole request (headers and body) must arrive within the time limit, or at least 30 s.
  server.requestTimeout = Math.max(options.timeoutMs, 30_000)
  server.headersTimeout = Math.min(server.requestTimeout, 20_000)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Malformed HTTP: answer 400 when the socket can still take it, as Node would, and log it.
    options.log({ level: 'warn', msg: 'client error', code: error.code, error: error.message })
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })
  const address = server.address() as AddressInfo
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shown}:${address.port}`,
    inFlight: () => inFlight,
    async shutdown(graceMs) {
      closing = true
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // Keep-alive connections with no request in flight are closed now; the others after their answer (Connection: close).
      server.closeIdleConnections()
      const drained = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (idle = resolve))
      await Promise.race([drained, delay(graceMs)])
      server.closeAllConnections()
      await closed
    },
  }
}

/** What a request can see of the server: whether it is shutting down, and how many requests it is answering. */
interface ServerState {
  closing(): boolean
  inFlight(): number
}

async function handle(request: IncomingMessage, response: ServerResponse, options: ServerOptions, state: ServerState): Promise<void> {
  const closing = state.closing
  const started = performance.now()
  const url = new URL(request.url ?? '/', 'http://localhost')
  const path = url.pathname
  const nativeErrors = !path.startsWith('/v2/')
  let status = 200
  let code: string | undefined
  let bytesIn = 0
  let bytesOut = 0
  if (options.allowOrigin !== undefined) response.setHeader('Access-Control-Allow-Origin', options.allowOrigin)
  try {
    if (closing()) {
      response.setHeader('Connection', 'close')
      throw new HttpError(503, 'E_SHUTTING_DOWN', 'the server is shutting down; retry on another instance', { 'Retry-After': '5' })
    }
    const methods = ROUTES[path]
    if (methods === undefined) throw new HttpError(404, 'E_NOT_FOUND', `no route ${path}: use POST /v2/check, GET /v2/languages, POST /restore, POST /detect or GET /health`)
    if (request.method === 'OPTIONS' && options.allowOrigin !== undefined) {
      status = 204
      response.setHeader('Access-Control-Allow-Methods', methods.join(', '))
      response.setHeader('Access-Control-Allow-Headers', 'Content-Type')
      bytesOut = send(response, 204, 'text/plain', '')
      return
    }
    if (!methods.includes(request.method ?? '')) throw new HttpError(405, 'E_METHOD', `${path} takes ${methods.join(' or ')}, not ${request.method}`, { Allow: methods.join(', ') })
    const body = request.method === 'POST' ? await readBody(request, options.maxBody) : Buffer.alloc(0)
    bytesIn = body.length
    const answer = await route(path, request, url, body, options, state)
    if (closing()) response.setHeader('Connection', 'close')
    bytesOut = send(response, 200, 'application/json', JSON.stringify(answer))
  } catch (error) {
    const problem = error instanceof HttpError ? error : internalError(error, options.log, path)
    status = problem.status
    code = problem.code
    for (const [name, value] of Object.entries(problem.headers)) response.setHeader(name, value)
    // A 413 leaves the rest of the body unread: close the connection rather than read it all.
    if (status === 413 || closing()) response.setHeader('Connection', 'close')
    bytesOut = nativeErrors
      ? send(response, status, 'application/json', JSON.stringify({ error: { code: problem.code, message: problem.message } }))
      : send(response, status, 'text/plain; charset=utf-8', `Error: ${problem.message}`)
  } finally {
    const ms = Math.round((performance.now() - started) * 10) / 10
    options.log({ level: status >= 500 ? 'error' : 'info', msg: 'request', method: request.method, path, status, ...(code === undefined ? {} : { code }), ms, bytesIn, bytesOut })
  }
}

async function route(path: string, request: IncomingMessage, url: URL, body: Buffer, options: ServerOptions, state: ServerState): Promise<unknown> {
  switch (path) {
    case '/health':
      // inFlight counts this request too.
      return { status: 'ok', version: options.version, threads: options.pool.threads, inFlight: state.inFlight(), queued: options.pool.queued() }
    case '/v2/languages':
      return LANGUAGES
    case '/v2/check': {
      const check = parseCheckRequest(requestParams(url.searchParams, mediaType(request), body))
      const outcome = await runOnPool(options, { op: 'restore', text: check.plain })
      return checkResponse(check, outcome.op === 'restore' ? outcome.value : unreachable(), options.version)
    }
    default:
      return (await runOnPool(options, nativeTask(path === '/detect' ? 'detect' : 'restore', request, url, body))).value
  }
}

/**
 * The task of `/restore` or `/detect`: a JSON body `{"text": "...", "threshold"?: n, "inputFormat"?: "html"}`,
 * or a text/plain body with `threshold` and `inputFormat` in the query string. The library checks the values.
 */
function nativeTask(op: TaskOp, request: IncomingMessage, url: URL, body: Buffer): ServeTask {
  const type = mediaType(request)
  if (type === 'text/plain') {
    const threshold = url.searchParams.get('threshold')
    const inputFormat = url.searchParams.get('inputFormat')
    return {
      op,
      text: bodyText(body),
      ...(threshold === null ? {} : { threshold: threshold.trim() === '' ? NaN : Number(threshold) }),
      ...(inputFormat === null ? {} : { inputFormat: inputFormat as ServeTask['inputFormat'] & string }),
    }
  }
  if (type !== 'application/json' && type !== '') throw new HttpError(415, 'E_MEDIA_TYPE', `unsupported Content-Type '${type}': send application/json ({"text": "..."}) or text/plain`)
  const { text, threshold, inputFormat, ...rest } = jsonObject(body)
  const unknown = Object.keys(rest)
  if (unknown.length > 0) throw new HttpError(400, 'E_PARAMETER', `unknown field '${unknown[0]}': the body takes text, threshold and inputFormat`)
  if (typeof text !== 'string') throw new HttpError(400, 'E_TEXT', `'text' must be a string; got ${text === undefined ? 'nothing' : text === null ? 'null' : typeof text}`)
  return {
    op,
    text,
    ...(threshold === undefined ? {} : { threshold: threshold as number }),
    ...(inputFormat === undefined ? {} : { inputFormat: inputFormat as ServeTask['inputFormat'] & string }),
  }
}

async function runOnPool(options: ServerOptions, task: ServeTask): Promise<Extract<TaskOutcome, { ok: true }>> {
  let outcome: TaskOutcome
  try {
    outcome = await options.pool.run(task, options.timeoutMs)
  } catch (error) {
    if (!(error instanceof PoolError)) throw error
    if (error.reason === 'timeout') throw new HttpError(503, 'E_TIMEOUT', `the request ${error.message} (--timeout); send shorter text per request`)
    if (error.reason === 'busy') throw new HttpError(503, 'E_BUSY', `the server is busy: ${error.message}; retry shortly`, { 'Retry-After': '1' })
    throw new HttpError(503, 'E_SHUTTING_DOWN', 'the server is shutting down; retry on another instance', { 'Retry-After': '5' })
  }
  if (!outcome.ok) throw new HttpError(400, 'E_ARGUMENT', outcome.message)
  return outcome
}

function send(response: ServerResponse, status: number, type: string, body: string): number {
  const bytes = Buffer.byteLength(body)
  response.writeHead(status, { 'Content-Type': type.includes('charset') || type === 'text/plain' ? type : `${type}; charset=utf-8`, 'Content-Length': bytes })
  response.end(body)
  return bytes
}

function internalError(error: unknown, log: Log, path: string): HttpError {
  log({ level: 'error', msg: 'internal error', path, error: describeError(error) })
  return new HttpError(500, 'E_INTERNAL', 'internal error (logged by the server); this is a bug in unspin: please report it')
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}

function unreachable(): never {
  throw new Error('the pool answered a restore task with another kind of outcome')
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}
