/** Turn the command's file and folder arguments into an ordered list of sources to read. */

import { readdir, stat } from 'node:fs/promises'
import { basename, join, relative, sep } from 'node:path'
import type { InputFormat, Markup, MarkupKind } from './args.js'
import { CliError, describeFsError } from './errors.js'
import { createGlobFilter } from './glob.js'

/** Files taken from folders when no `--glob` is given. */
export const DEFAULT_GLOBS: readonly string[] = ['*.txt', '*.text', '*.md', '*.markdown', '*.jsonl', '*.ndjson']

/** One input: a text document or a JSONL batch, from a file or stdin. */
export interface Source {
  /** `text`: the whole input is one document; `jsonl`: one `{id, text}` document per line. */
  readonly kind: 'text' | 'jsonl'
  /** File path to read, or `null` for stdin. */
  readonly path: string | null
  /** Name shown in messages, headers and reports. */
  readonly name: string
  /** Path for `--out`: relative to the folder argument, the file name for file arguments, `stdin` for stdin. */
  readonly outPath: string
  /** Which parts of its documents are prose: the restorer's `inputFormat` (`--markup`). */
  readonly markup: MarkupKind
}

/** The sources, and whether the output is a batch (several documents, headers, one report page). */
export interface SourcePlan {
  readonly sources: readonly Source[]
  readonly batch: boolean
}

/** Options `resolveSources` reads. */
export interface ResolveOptions {
  readonly inputs: readonly string[]
  readonly globs: readonly string[]
  readonly inputFormat: InputFormat
  /** `--markup` (default `auto`: by file extension). */
  readonly markup: Markup
  /** Whether stdin is a terminal: then reading it needs an explicit `-`. */
  readonly stdinIsTTY: boolean
}

/**
 * Check every argument exists and list folders (recursively, sorted, skipping dot-files and
 * symlinked folders) before anything is processed, so a typo fails fast with exit code 2.
 */
export async function resolveSources(options: ResolveOptions): Promise<SourcePlan> {
  const filter = createGlobFilter(options.globs.length > 0 ? options.globs : DEFAULT_GLOBS)
  const inputs = options.inputs.length > 0 ? options.inputs : ['-']
  if (options.inputs.length === 0 && options.stdinIsTTY) {
    throw new CliError('no input. Pass files or folders, or pipe text in: echo "some text" | unspin. Run "unspin --help" for the options.')
  }
  const sources: Source[] = []
  let batch = inputs.length > 1
  for (const input of inputs) {
    if (input === '-') {
      if (sources.some((s) => s.path === null)) throw new CliError('stdin ("-") is given twice. Pass it once.')
      const kind = options.inputFormat === 'jsonl' ? 'jsonl' : 'text'
      sources.push({ kind, path: null, name: '<stdin>', outPath: 'stdin', markup: markupOf(null, kind, options.markup) })
      continue
    }
    const info = await stat(input).catch((error: unknown) => {
      throw new CliError(describeFsError('read', input, error))
    })
    if (info.isDirectory()) {
      batch = true
      const files = (await listFiles(input)).filter((file) => filter(file))
      if (files.length === 0) {
        const globs = (options.globs.length > 0 ? options.globs : DEFAULT_GLOBS).join(' ')
        throw new CliError(`no files matching ${globs} in "${input}". Check the folder, or choose files with --glob.`)
      }
      for (const file of files) sources.push(source(join(input, file), file, options))
    } else {
      sources.push(source(input, basename(input), options))
    }
  }
  if (sources.some((s) => s.kind === 'jsonl')) batch = true
  return { sources, batch }
}

function source(path: string, outPath: string, options: ResolveOptions): Source {
  const { inputFormat } = options
  const kind = inputFormat === 'jsonl' || (inputFormat === 'auto' && /\.(jsonl|ndjson)$/i.test(path)) ? 'jsonl' : 'text'
  return { kind, path, name: path, outPath, markup: markupOf(path, kind, options.markup) }
}

/**
 * The markup of a source's documents: `--markup` when given, else (`auto`) by the file's extension:
 * `.html`, `.htm`, `.xhtml` are HTML, `.md`, `.markdown` Markdown, anything else plain text, and so
 * are stdin and JSONL records (a record has no extension to go by).
 */
export function markupOf(path: string | null, kind: Source['kind'], markup: Markup): MarkupKind {
  if (markup !== 'auto') return markup
  if (path === null || kind === 'jsonl') return 'text'
  if (/\.(html?|xhtml)$/i.test(path)) return 'html'
  if (/\.(md|markdown)$/i.test(path)) return 'markdown'
  return 'text'
}

/** Relative paths (with `/`) of the regular files under `root`, sorted by code point. */
async function listFiles(root: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      throw new CliError(describeFsError('read', dir, error))
    })
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).then((s) => s.isFile(), () => false)))) {
        found.push(relative(root, path).split(sep).join('/'))
      }
    }
  }
  await walk(root)
  return found
}
