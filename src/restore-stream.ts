/**
 * `restorer.restoreStream`: text in as an (async) iterable of strings or UTF-8 bytes, restored pieces
 * out, each with offsets into the whole input and output. No Node API is used: a Node `Readable` is
 * an async iterable of `Buffer`s (`Uint8Array`s), and so is a web `ReadableStream` in current runtimes.
 *
 * A document's evidence (its spin verdict, swap rate, vocabulary, gates) is read from the whole
 * document before any of it is decided, so a document is buffered as text before its first piece is
 * given out; its working data is then held one window at a time (`restore-windows.ts`). By default
 * the whole stream is one document, and the result is the one `restore` gives for the whole text.
 * With `documentChars`, the stream is cut into documents of at least that many characters at line
 * breaks and each is judged on its own evidence: memory is then bounded whatever the stream's length,
 * but a verdict only reads its own document.
 */
import { applyMarks } from './apply/apply-marks.js'
import { argumentError, invalidArgument } from './errors.js'
import { checkRestoreOptions, type RestoreOptions } from './options.js'
import { decideInWindows, DEFAULT_WINDOW_CHARS, planWindows, type WindowPipeline, type WindowProgress } from './restore-windows.js'
import type { Candidate, Mark, RestoreWarning, SkippedCandidate, SpinAssessment } from './types.js'

/** Options of `restoreStream`: the per-call options of `restore`, and how the stream is read. */
export interface RestoreStreamOptions extends RestoreOptions {
  /** Characters decided at once (whole tokenizer chunks of 64 K are added up to at least this many). Default 131,072. */
  readonly windowChars?: number
  /**
   * Cut the stream into documents of at least this many characters, at line breaks, each judged on its
   * own evidence; default: the whole stream is one document (buffered as text before it is decided).
   */
  readonly documentChars?: number
  /** Called as the text is read: the pass (`pass` of `passes`) and the characters of the document it has read. */
  readonly onProgress?: (progress: StreamProgress) => void
}

/** Progress of `restoreStream` within one document. */
export interface StreamProgress extends WindowProgress {
  /** The document (0-based; always 0 without `documentChars`). */
  readonly document: number
  /** Where the document starts in the whole input. */
  readonly documentStart: number
}

/** A piece of `restoreStream`'s output: the restored text of input `[inputStart, inputEnd)`. */
export interface RestoredPiece {
  /** The restored text of this piece; the pieces joined are the whole output. */
  readonly text: string
  readonly inputStart: number
  readonly inputEnd: number
  /** Where `text` starts in the whole output. */
  readonly outputStart: number
  /** Changes applied in this piece (offsets into the whole input and output). */
  readonly marks: readonly Mark[]
  /** Candidates found in this piece and not applied. */
  readonly skipped: readonly SkippedCandidate[]
  /** The spin assessment of the document this piece belongs to. */
  readonly spin: SpinAssessment
  /** The document this piece belongs to (0-based). */
  readonly document: number
  /** The restorer's warnings, on the first piece only. */
  readonly warnings: readonly RestoreWarning[]
}

/** What the restorer provides: its pipeline, its warnings, and the whole-text decision for short documents. */
export interface StreamRestorer {
  readonly pipeline: WindowPipeline
  readonly warnings: readonly RestoreWarning[]
  readonly threshold: number
  decideWhole(text: string, options: RestoreOptions): { applied: Candidate[]; skipped: SkippedCandidate[]; spin: SpinAssessment }
}

type StreamSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>

/** See the file comment. Throws `UnspinError` (`invalid-argument`) for a bad source, chunk or option. */
export async function* restoreStream(restorer: StreamRestorer, source: StreamSource, options?: Readonly<RestoreStreamOptions> | null): AsyncGenerator<RestoredPiece> {
  if (source === null || typeof source !== 'object' || (!(Symbol.asyncIterator in source) && !(Symbol.iterator in source)) || typeof source === 'string') {
    invalidArgument('source', 'an iterable or async iterable of strings or Uint8Arrays (a Node Readable, a generator)', source)
  }
  const { windowChars, documentChars, onProgress, call } = checkStreamOptions(options)
  // Strict, as files are read: bytes that are not UTF-8 would change text outside any change.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let buffer = ''
  let document = 0
  let inputBase = 0
  let outputBase = 0
  const pieces = function* (text: string): Generator<RestoredPiece> {
    let outputLength = 0
    for (const piece of restoreDocument(restorer, text, call, windowChars, (progress) => onProgress?.({ ...progress, document, documentStart: inputBase }))) {
      yield shift(piece, inputBase, outputBase, document, document === 0 && piece.inputStart === 0 ? [...restorer.warnings] : [])
      outputLength += piece.text.length
    }
    inputBase += text.length
    outputBase += outputLength
    document++
  }
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode()
    } catch (error) {
      throw argumentError(`expected the bytes of \`source\` to be UTF-8 text: ${(error as Error).message}`)
    }
  }
  for await (const chunk of source as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') buffer += decode() + chunk
    else if (chunk instanceof Uint8Array) buffer += decode(chunk)
    else invalidArgument('a chunk of source', 'a string or a Uint8Array', chunk)
    if (documentChars !== undefined && buffer.length >= documentChars) {
      const cut = buffer.lastIndexOf('\n', buffer.length - 1) + 1
      if (cut >= documentChars) {
        const text = buffer.slice(0, cut)
        buffer = buffer.slice(cut)
        yield* pieces(text)
      }
    }
  }
  buffer += decode()
  if (buffer.length > 0 || document === 0) yield* pieces(buffer)
}

/** One document's pieces, offsets into the document: whole-text when it fits in one window, else windowed. */
export function* restoreDocument(restorer: StreamRestorer, text: string, call: RestoreOptions, windowChars: number, onProgress?: (progress: WindowProgress) => void): Generator<Omit<RestoredPiece, 'document' | 'warnings'>> {
  const windows = planWindows(text, windowChars)
  if (windows.length <= 1) {
    const { applied, skipped, spin } = restorer.decideWhole(text, call)
    const { text: output, marks } = applyMarks(text, applied)
    onProgress?.({ pass: 1, passes: 1, done: text.length, total: text.length })
    yield { text: output, inputStart: 0, inputEnd: text.length, outputStart: 0, marks, skipped, spin }
    return
  }
  const decided = decideInWindows(text, restorer.pipeline, { threshold: call.threshold ?? restorer.threshold, inputFormat: call.inputFormat ?? 'text' }, windows, onProgress)
  let outputStart = 0
  for (const window of decided.windows) {
    const { text: output, marks } = applyMarks(text, window.applied, window.start, window.end, outputStart)
    yield { text: output, inputStart: window.start, inputEnd: window.end, outputStart, marks, skipped: window.skipped, spin: decided.spin }
    outputStart += output.length
  }
}

function shift(piece: Omit<RestoredPiece, 'document' | 'warnings'>, input: number, output: number, document: number, warnings: RestoreWarning[]): RestoredPiece {
  if (input === 0 && output === 0) return { ...piece, document, warnings }
  return {
    ...piece,
    inputStart: piece.inputStart + input,
    inputEnd: piece.inputEnd + input,
    outputStart: piece.outputStart + output,
    marks: piece.marks.map((m) => ({ ...m, start: m.start + input, end: m.end + input, outputStart: m.outputStart + output, outputEnd: m.outputEnd + output })),
    skipped: piece.skipped.map((c) => ({ ...c, start: c.start + input, end: c.end + input })),
    document,
    warnings,
  }
}

function checkStreamOptions(options: unknown): { windowChars: number; documentChars: number | undefined; onProgress: RestoreStreamOptions['onProgress']; call: RestoreOptions } {
  if (options === undefined || options === null) return { windowChars: DEFAULT_WINDOW_CHARS, documentChars: undefined, onProgress: undefined, call: {} }
  if (typeof options !== 'object' || Array.isArray(options)) invalidArgument('options', 'an object, null or undefined', options)
  const { windowChars, documentChars, onProgress, ...rest } = options as RestoreStreamOptions
  const positive = (value: unknown, name: string) => {
    if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) > 0)) invalidArgument(`options.${name}`, 'a positive integer', value)
  }
  positive(windowChars, 'windowChars')
  positive(documentChars, 'documentChars')
  if (onProgress !== undefined && typeof onProgress !== 'function') invalidArgument('options.onProgress', 'a function', onProgress)
  return { windowChars: windowChars ?? DEFAULT_WINDOW_CHARS, documentChars, onProgress, call: checkRestoreOptions(rest) }
}
