/** `runCli`: the whole `unspin` command, given its arguments and streams; returns the exit code. */

import type { Writable } from 'node:stream'
import { parseCliArgs, type CliOptions } from './args.js'
import { readDocuments, type Task } from './documents.js'
import { CliError, EXIT } from './errors.js'
import { HELP } from './help.js'
import { resolveSources, type SourcePlan } from './inputs.js'
import type { CliIO } from './io.js'
import { mapOrdered } from './ordered.js'
import { createOutDirSink, createStreamSink, planOutputPaths, writeChunk } from './output.js'
import { createByteProgress, createProgress } from './progress.js'
import type { DocumentSummary, RenderTask } from './process-document.js'
import { runLearn } from './learn.js'
import { runUpdatePps } from './update-pps.js'
import { useColor } from './color.js'
import { stdinMarkupWarning } from './sniff-markup.js'
import type { LoadedLayers } from './restorer.js'
import { loadSpinnerDbs, loadUserDictionaries } from './load-layers.js'
import { runServe } from './serve/command.js'
import { runWorker } from './queue/command.js'
import { batchSize, createRunner, planThreads } from './runner.js'
import { readVersion } from './version.js'

/**
 * Run `unspin` with `argv` (arguments only). Resolves to the exit code: 0 done, 1 a document
 * scored above `--fail-on-spin`, 2 usage or input error, 3 internal error. Never rejects.
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const say = (message: string): void => {
    io.stderr.write(`unspin: ${message}\n`)
  }
  try {
    if (argv[0] === 'learn') return await runLearn(argv.slice(1), io)
    if (argv[0] === 'update-pps') return await runUpdatePps(argv.slice(1), io)
    if (argv[0] === 'serve') return await runServe(argv.slice(1), io)
    if (argv[0] === 'worker') return await runWorker(argv.slice(1), io)
    const options = withColorDecided(parseCliArgs(argv), io)
    if (options.help) return await printed(io.stdout, HELP)
    if (options.version) return await printed(io.stdout, `${readVersion()}\n`)
    // Spinner databases before --dict files: the layer order, so errors come in the order of the layers.
    const loaded: LoadedLayers = { spinnerDbs: await loadSpinnerDbs(options.spinnerDbs, say), dicts: await loadUserDictionaries(options.dicts) }
    const plan = await resolveSources({ ...options, stdinIsTTY: io.stdinIsTTY })
    return await processAll(options, plan, loaded, io, say)
  } catch (error) {
    if (error instanceof CliError) {
      say(error.message)
      return error.exitCode
    }
    say(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nThis is a bug in unspin: please report it with the command you ran.`)
    return EXIT.internal
  }
}

/** `--format ansi` without colour (not a terminal, NO_COLOR, --color never) is the inline format: the same marks, no escape codes. */
function withColorDecided(options: CliOptions, io: CliIO): CliOptions {
  if (options.format !== 'ansi' || useColor(options.color, options.out === undefined && io.stdoutIsTTY === true, io.env ?? {})) return options
  return { ...options, format: 'inline' }
}

async function printed(stream: Writable, text: string): Promise<number> {
  await writeChunk(stream, text)
  return EXIT.ok
}

// Characters from which a single document shows a progress line (about a second of work).
const LARGE_DOCUMENT = 256 * 1024

async function processAll(options: CliOptions, plan: SourcePlan, loaded: LoadedLayers, io: CliIO, say: (message: string) => void): Promise<number> {
  const outPaths = options.out === undefined ? undefined : planOutputPaths(plan.sources, options.out, options.format)
  const sink = outPaths === undefined ? createStreamSink(io.stdout, options.format, plan.batch, options.detect) : createOutDirSink(plan.sources, outPaths, options.format, options.detect)
  const settings = { format: options.format, detect: options.detect, dicts: options.dicts, spinnerDbs: options.spinnerDbs, threshold: options.threshold }
  const knownTotal = plan.sources.every((s) => s.kind === 'text') ? plan.sources.length : undefined
  // Every thread loads the dictionaries: --jobs is an upper bound (cores, documents, text size).
  const threads = options.jobs > 1 ? planThreads(options.jobs, await batchSize(plan.sources)) : 1
  // A large document is read window by window within a heap budget; alone (not in a batch) on a
  // terminal it shows how far it is, byte by byte.
  const progressFor = (task: RenderTask) => (task.text.length >= LARGE_DOCUMENT ? createByteProgress(io.stderr, !plan.batch && io.stderrIsTTY, Buffer.byteLength(task.text)) : undefined)
  const runner = await createRunner(threads, settings, loaded, progressFor)
  const progress = createProgress(io.stderr, io.stderrIsTTY && plan.batch, knownTotal)
  const report = (message: string): void => {
    progress.clear()
    say(message)
  }
  const warned = new Set<string>()
  // Only a count and the highest: a long batch must not keep its outputs in memory.
  let above = 0
  let top: { name: string; score: number } | undefined
  let documents = 0
  let inputErrors = 0
  try {
    const tasks = readDocuments(plan.sources, io.stdin)
    // HTML: a report section (ids numbered per output file) in a batch, else a page of its own.
    const sectionId = (task: Task): string | undefined => {
      if (outPaths !== undefined) return plan.sources[task.sourceIndex]!.kind === 'jsonl' ? `doc-${task.indexInSource + 1}` : undefined
      return plan.batch ? `doc-${task.seq + 1}` : undefined
    }
    const results = mapOrdered(
      tasks,
      async (task) => {
        if ('error' in task) return task
        const source = plan.sources[task.sourceIndex]!
        if (source.path === null && source.kind === 'text' && options.markup === 'auto') {
          const warning = stdinMarkupWarning(task.text)
          if (warning !== undefined) report(warning)
        }
        return runner.run({ ...task, sectionId: sectionId(task), markup: source.markup })
      },
      runner.window,
    )
    for await (const output of results) {
      progress.tick()
      if ('error' in output) {
        inputErrors++
        report(output.error)
        await sink.fail(output, sectionId(output) ?? '')
        continue
      }
      documents++
      for (const message of output.warnings) {
        if (!warned.has(message)) report(`warning: ${message}`)
        warned.add(message)
      }
      if (options.failOnSpin !== undefined && failsSpinLimit(output.summary, options.failOnSpin)) {
        above++
        if (top === undefined || output.summary.score > top.score) top = { name: output.name, score: output.summary.score }
      }
      await sink.write(output)
    }
    await sink.finish()
  } finally {
    progress.done()
    await runner.close()
  }
  if (top !== undefined) say(spinLimitMessage(above, documents, options.failOnSpin!, top))
  if (inputErrors > 0) {
    const total = documents + inputErrors
    say(`${inputErrors} of ${total} ${total === 1 ? 'document' : 'documents'} could not be read (see above)${documents > 0 ? '; the others were processed' : ''}.`)
    return EXIT.usage
  }
  if (top !== undefined) return EXIT.spinFound
  return EXIT.ok
}

/**
 * Whether a document fails `--fail-on-spin limit`: its spin score is above the limit, or, with 0,
 * it has any suspect. The score counts confident swaps only, so a document whose suspects are all
 * below 0.9 scores 0 and would never be above 0, though 0 is documented to fail on any suspect.
 */
export function failsSpinLimit(summary: DocumentSummary, limit: number): boolean {
  if (limit > 0) return summary.score > limit
  const { high, medium, low, skipped } = summary.counts
  return high + medium + low + skipped > 0
}

function spinLimitMessage(above: number, documents: number, limit: number, top: { name: string; score: number }): string {
  const which = `${above} of ${documents} ${documents === 1 ? 'document' : 'documents'}`
  if (limit > 0) return `${which} scored above --fail-on-spin ${limit} (highest ${top.score.toFixed(3)}: ${top.name}).`
  return `${which} ${above === 1 ? 'has' : 'have'} suspects, and --fail-on-spin 0 fails on any (highest score ${top.score.toFixed(3)}: ${top.name}).`
}
