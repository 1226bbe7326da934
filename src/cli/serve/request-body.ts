/** Reading a request body within the size limit, and its parameters as form fields or JSON. */

import type { IncomingMessage } from 'node:http'
import { decodeUtf8 } from '../../decode-utf8.js'
import { HttpError } from './http-error.js'

/** The body's bytes; `HttpError` 413 as soon as it passes `limit` bytes (by `Content-Length` or as it arrives). */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = (): HttpError => new HttpError(413, 'E_TOO_LARGE', `the request body is over the limit of ${limit} bytes (--max-body); send less text per request`)
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw tooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** The body as UTF-8 text; `HttpError` 400 when it is not UTF-8 (decoding it anyway would change the text outside any change). */
export function bodyText(body: Buffer): string {
  try {
    return decodeUtf8(body)
  } catch {
    throw new HttpError(400, 'E_NOT_UTF8', 'the request body is not valid UTF-8; send UTF-8 text')
  }
}

/** The media type of a request, lower case, without parameters: `application/json`. */
export function mediaType(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
}

/**
 * Parameters of a LanguageTool request, as strings: the query string, then the body's form fields
 * or JSON object fields (booleans and numbers written as strings, as a form would send them).
 */
export function requestParams(query: URLSearchParams, type: string, body: Buffer): Map<string, string> {
  const params = new Map<string, string>(query)
  if (body.length === 0) return params
  if (type === 'application/x-www-form-urlencoded' || type === '') {
    // URLSearchParams decodes invalid percent escapes as U+FFFD: check the raw body is UTF-8 first.
    for (const [key, value] of new URLSearchParams(bodyText(body))) params.set(key, value)
    return params
  }
  if (type === 'application/json') {
    for (const [key, value] of Object.entries(jsonObject(body))) {
      if (typeof value === 'string') params.set(key, value)
      else if (typeof value === 'number' || typeof value === 'boolean') params.set(key, String(value))
      else if (key === 'data' && typeof value === 'object' && value !== null) params.set(key, JSON.stringify(value))
      else throw new HttpError(400, 'E_PARAMETER', `'${key}' must be a string; got ${value === null ? 'null' : typeof value}`)
    }
    return params
  }
  throw new HttpError(415, 'E_MEDIA_TYPE', `unsupported Content-Type '${type}': send application/x-www-form-urlencoded or application/json`)
}

/** The body as a JSON object; `HttpError` 400 otherwise. */
export function jsonObject(body: Buffer): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(bodyText(body))
  } catch (error) {
    if (error instanceof HttpError) throw error
    throw new HttpError(400, 'E_JSON', `the request body is not JSON (${(error as Error).message})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'E_JSON', 'the request body must be a JSON object, such as {"text": "..."}')
  return value as Record<string, unknown>
}
