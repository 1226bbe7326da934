/** Read sources lazily into documents, in order: one per text source, one per JSONL line. */

import { open } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { describeFsError, NOT_UTF8 } from './errors.js'
import type { Source } from './inputs.js'
import { decodeUtf8Line, readUtf8File, readUtf8Stream, withoutByteOrderMark } from './utf8.js'

/** One document to restore. `seq` is its position in the whole run. */
export interface DocumentTask {
  readonly seq: number
  readonly sourceIndex: number
  /** Position among the documents of its source. */
  readonly indexInSource: number
  /** Name shown in headers and reports: the file, or the JSONL id. */
  readonly name: string
  /** The JSONL `id`, or the file name for text sources. */
  readonly id: string | number
  readonly text: string
}

/** A document that could not be read: `error` is the message for the user. */
export interface FailedTask {
  readonly seq: number
  readonly sourceIndex: number
  readonly indexInSource: number
  readonly name: string
  readonly error: string
}

/** Either a document to restore or a read failure to report in its place. */
export type Task = DocumentTask | FailedTask

/**
 * Yield every document of `sources` in order. Text files are read whole when their turn comes;
 * JSONL is streamed line by line (readline), so memory stays flat however long the file is.
 */
export async function* readDocuments(sources: readonly Source[], stdin: () => Readable): AsyncGenerator<Task> {
  let seq = 0
  for (const [sourceIndex, source] of sources.entries()) {
    if (source.kind === 'text') {
      try {
        const text = source.path === null ? await readUtf8Stream(stdin()) : await readUtf8File(source.path)
        yield { seq: seq++, sourceIndex, indexInSource: 0, name: source.name, id: source.name, text }
      } catch (error) {
        yield { seq: seq++, sourceIndex, indexInSource: 0, name: source.name, error: describeFsError('read', source.name, error) }
      }
      continue
    }
    // Lines are read as Latin-1 and decoded one by one, so a line that is not UTF-8 is reported alone.
    let input: Readable
    let close = async (): Promise<void> => {}
    if (source.path === null) {
      input = stdin().setEncoding('latin1')
    } else {
      try {
        const handle = await open(source.path, 'r')
        input = handle.createReadStream({ encoding: 'latin1' })
        close = () => handle.close().catch(() => undefined)
      } catch (error) {
        yield { seq: seq++, sourceIndex, indexInSource: 0, name: source.name, error: describeFsError('read', source.name, error) }
        continue
      }
    }
    let indexInSource = 0
    try {
      let line = 0
      for await (const latin1 of createInterface({ input, crlfDelay: Infinity })) {
        line++
        const document = readJsonlLine(latin1, `${source.name}:${line}`, line)
        if (document !== undefined) yield { seq: seq++, sourceIndex, indexInSource: indexInSource++, ...document }
      }
    } catch (error) {
      yield { seq: seq++, sourceIndex, indexInSource, name: source.name, error: describeFsError('read', source.name, error) }
    } finally {
      await close()
    }
  }
}

const LINE_SHAPE = 'Each line must be one JSON object like {"id": "a1", "text": "..."}.'

/**
 * A line of a JSONL source read as Latin-1 (`decodeUtf8Line`) as a document, or the reason it is
 * not one; `undefined` for a blank line, which is skipped.
 */
function readJsonlLine(latin1: string, where: string, lineNumber: number): ReturnType<typeof parseJsonlLine> | undefined {
  let line: string
  try {
    line = decodeUtf8Line(latin1)
  } catch {
    return { name: where, error: `${where}: ${NOT_UTF8}` }
  }
  if (lineNumber === 1) line = withoutByteOrderMark(line)
  return line.trim() === '' ? undefined : parseJsonlLine(line, where, lineNumber)
}

/** One JSONL line as a document, or the reason it is not one (`where` is `file:line`). */
export function parseJsonlLine(line: string, where: string, lineNumber: number): { name: string; id: string | number; text: string } | { name: string; error: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return { name: where, error: `${where}: not valid JSON (${(error as Error).message}). ${LINE_SHAPE}` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { name: where, error: `${where}: not a JSON object. ${LINE_SHAPE}` }
  const { id = lineNumber, text } = value as { id?: unknown; text?: unknown }
  if (typeof text !== 'string') return { name: where, error: `${where}: "text" must be a string. ${LINE_SHAPE}` }
  if (typeof id !== 'string' && typeof id !== 'number') return { name: where, error: `${where}: "id" must be a string or a number. ${LINE_SHAPE}` }
  return { name: String(id), id, text }
}
