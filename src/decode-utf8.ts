/**
 * Strict UTF-8 decoding. Node's `'utf8'` decoding turns bytes that are not UTF-8 into U+FFFD, which
 * would change text outside any reported change, or load a dictionary form nobody wrote; callers
 * report the error instead.
 */

/**
 * `bytes` as text; throws a `TypeError` with code `ERR_ENCODING_INVALID_ENCODED_DATA` when they are
 * not UTF-8. A byte order mark is kept, as `readFile(path, 'utf8')` keeps it: it is input text too.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
}
