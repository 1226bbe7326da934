/**
 * Strict UTF-8 reading of the CLI's inputs (see `decodeUtf8`): bytes that are not UTF-8 are an error
 * the user can act on (`describeFsError` explains it), and the input is not processed.
 */

import { readFile } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { decodeUtf8 } from '../decode-utf8.js'
import { CliError, describeFsError } from './errors.js'

/** The text of the file at `path` (see `decodeUtf8`). */
export async function readUtf8File(path: string): Promise<string> {
  return decodeUtf8(await readFile(path))
}

/** The whole of a byte stream (stdin) as text (see `decodeUtf8`). */
export async function readUtf8Stream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return decodeUtf8(Buffer.concat(chunks))
}

/**
 * A line read as Latin-1 (one character per byte), decoded as UTF-8. Streams split into lines this
 * way keep every byte, so a line that is not UTF-8 can be reported alone; and no UTF-8 sequence
 * contains the bytes of "\n" or "\r", so the lines are the same as in the decoded text.
 */
export function decodeUtf8Line(latin1: string): string {
  return decodeUtf8(Buffer.from(latin1, 'latin1'))
}

/** `text` without a leading byte order mark: it is not part of the first JSONL record (editors on Windows write one). */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text
}

/** A command's input file, or stdin for `-`, as text; a failed read is a `CliError` naming the file. */
export async function readUtf8Input(path: string, stdin: () => Readable): Promise<string> {
  const read = path === '-' ? readUtf8Stream(stdin()) : readUtf8File(path)
  return read.catch((error: unknown) => {
    throw new CliError(describeFsError('read', path === '-' ? '<stdin>' : path, error))
  })
}
