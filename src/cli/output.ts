/** Where rendered documents go: a stream (stdout or one file) or one file per input under `--out`. */

import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, extname, join, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { formatHtmlReport, type HtmlReportDocument } from '../format/format-html.js'
import { escapeMarkdown } from '../format/format-markdown.js'
import type { CliFormat } from './args.js'
import type { FailedTask } from './documents.js'
import { CliError, describeFsError } from './errors.js'
import type { Source } from './inputs.js'
import type { DocumentOutput } from './process-document.js'
import { SCORE_LABEL } from './score.js'

/** Receives documents in order; `finish` writes whatever closes the output (`]`, the report page). */
export interface Sink {
  write(output: DocumentOutput): Promise<void>
  /** A document that could not be read: most formats skip it, the HTML report shows the error in section `sectionId`. */
  fail(failed: FailedTask, sectionId: string): Promise<void>
  finish(): Promise<void>
}

/** File extension of each output format under `--out`. */
export const EXTENSIONS: Readonly<Record<CliFormat, string>> = { inline: '.txt', ansi: '.txt', text: '.txt', markdown: '.md', html: '.html', json: '.json', jsonl: '.jsonl' }

/** Write `chunk`, waiting for `drain` when the stream's buffer is full (constant memory). */
export async function writeChunk(stream: Writable, chunk: string): Promise<void> {
  if (chunk !== '' && !stream.write(chunk)) await once(stream, 'drain')
}

/**
 * A sink over one stream. With `batch` false it writes the one document as rendered. With
 * `batch` true: text formats get a `==> name <==` header per document (`## name` for markdown;
 * none for `--detect` listings, which name their document), json becomes an array, jsonl one line
 * each, and html one report page written at the end (opening on the spun text for `--detect`).
 */
export function createStreamSink(stream: Writable, format: CliFormat, batch: boolean, detect = false): Sink {
  const headers = !detect
  let count = 0
  const report: HtmlReportDocument[] = []
  const reportRow = (id: string, name: string, rest: Partial<HtmlReportDocument>): HtmlReportDocument => ({
    id,
    name,
    counts: { high: 0, medium: 0, low: 0, skipped: 0 },
    ...rest,
  })
  return {
    async write(output) {
      const first = count++ === 0
      if (format === 'html' && batch) {
        report.push(reportRow(output.sectionId ?? '', output.name, { spinScore: output.summary.score, counts: output.summary.counts, section: output.rendered }))
      } else if (format === 'jsonl') {
        await writeChunk(stream, `${output.rendered}\n`)
      } else if (format === 'json') {
        await writeChunk(stream, batch ? `${first ? '[\n' : ',\n'}${output.rendered}` : `${output.rendered}\n`)
      } else if (!batch || format === 'html') {
        await writeChunk(stream, output.rendered)
      } else {
        const header = !headers && format !== 'markdown' ? '' : format === 'markdown' ? `## ${escapeMarkdown(output.name, true)}\n\n` : `==> ${output.name} <==\n`
        const body = output.rendered.endsWith('\n') || output.rendered === '' ? output.rendered : `${output.rendered}\n`
        await writeChunk(stream, `${first ? '' : '\n'}${header}${body}`)
      }
    },
    async fail(failed, sectionId) {
      if (format === 'html' && batch) report.push(reportRow(sectionId, failed.name, { error: failed.error }))
    },
    async finish() {
      if (format === 'html' && batch) await writeChunk(stream, formatHtmlReport(report, { scoreLabel: SCORE_LABEL, showSpun: detect }))
      else if (format === 'json' && batch) await writeChunk(stream, count === 0 ? '[]\n' : '\n]\n')
    },
  }
}

/** Output path under `outDir` for every source: its relative path with the format's extension. */
export function planOutputPaths(sources: readonly Source[], outDir: string, format: CliFormat): string[] {
  const inputs = new Set(sources.flatMap((s) => (s.path === null ? [] : [resolve(s.path)])))
  const seen = new Map<string, string>()
  return sources.map((source) => {
    const base = source.outPath.slice(0, source.outPath.length - extname(source.outPath).length) || source.outPath
    const path = join(outDir, base + EXTENSIONS[format])
    const absolute = resolve(path)
    if (inputs.has(absolute)) throw new CliError(`writing "${path}" would overwrite the input "${source.name}". Choose another --out folder or --format.`)
    const other = seen.get(absolute)
    if (other !== undefined) throw new CliError(`"${other}" and "${source.name}" would both be written to "${path}". Run them separately or rename one.`)
    seen.set(absolute, source.name)
    return path
  })
}

/**
 * A sink that writes each source to its own file under `--out` (paths from `planOutputPaths`):
 * a text source gives one document, a JSONL source a batch in one file. Files are opened when
 * their first document arrives, so a source that could not be read leaves no file behind.
 */
export function createOutDirSink(sources: readonly Source[], paths: readonly string[], format: CliFormat, detect = false): Sink {
  let current: { index: number; stream: Writable; sink: Sink; path: string } | undefined
  const close = async (): Promise<void> => {
    if (current === undefined) return
    const { stream, sink, path } = current
    current = undefined
    await guard(path, async () => {
      await sink.finish()
      stream.end()
      await once(stream, 'finish')
    })
  }
  const open = async (index: number): Promise<Sink> => {
    if (current?.index === index) return current.sink
    await close()
    const path = paths[index]!
    const stream = await guard(path, async () => {
      await makeFolders(dirname(path))
      const file = createWriteStream(path)
      await once(file, 'open')
      return file
    })
    current = { index, stream, path, sink: createStreamSink(stream, format, sources[index]!.kind === 'jsonl', detect) }
    return current.sink
  }
  return {
    async write(output) {
      const sink = await open(output.sourceIndex)
      await guard(current!.path, () => sink.write(output))
    },
    async fail(failed, sectionId) {
      if (sources[failed.sourceIndex]!.kind === 'jsonl') await (await open(failed.sourceIndex)).fail(failed, sectionId)
    },
    finish: close,
  }
}

/**
 * `mkdir -p`: `dir` and its missing parents. Not `mkdir(dir, { recursive: true })`, which retries
 * forever where mkdir fails with ENOENT though the parent exists (under /proc): here each folder is
 * created once, from the top, and the first failure is thrown.
 */
async function makeFolders(dir: string): Promise<void> {
  try {
    await makeFolder(dir)
  } catch (error) {
    const parent = dirname(dir)
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === dir) throw error
    await makeFolders(parent)
    await makeFolder(dir)
  }
}

/** `mkdir dir`, done when it exists already. */
async function makeFolder(dir: string): Promise<void> {
  await mkdir(dir).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  })
}

async function guard<T>(path: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(describeFsError('write', path, error))
  }
}

/** Write what a command made (a dictionary) to `out`, or to `stdout` without one; a failed write is a `CliError` naming the file. */
export async function writeTextOutput(stdout: Writable, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) return writeChunk(stdout, text)
  await writeFile(out, text).catch((error: unknown) => {
    throw new CliError(describeFsError('write', out, error))
  })
}

/** `n` and the noun, singular for 1: "1 entry", "3 entries". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
