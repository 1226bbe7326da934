/** An answer other than 200 the client can act on: a status, a stable code and a message saying what was expected. */
export class HttpError extends Error {
  readonly status: number
  readonly code: string
  /** Extra headers, such as `Allow` for 405 or `Retry-After` for 503. */
  readonly headers: Readonly<Record<string, string>>
  constructor(status: number, code: string, message: string, headers: Readonly<Record<string, string>> = {}) {
    super(message)
    this.name = 'HttpError'
    this.status = status
    this.code = code
    this.headers = headers
  }
}
