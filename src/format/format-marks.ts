/** `formatMarks`: render a `RestoreResult` with its changes shown, in one of several formats. */

import { invalidArgument, rejectUnknownKeys } from '../errors.js'
import { INPUT_FORMATS, type InputFormat } from '../markup/find-non-prose-ranges.js'
import type { RestoreResult } from '../types.js'
import { formatAnsi } from './format-ansi.js'
import { formatHtml } from './format-html.js'
import { formatInline } from './format-inline.js'
import { formatJson } from './format-json.js'
import { formatMarkdown } from './format-markdown.js'

/** Output formats `formatMarks` understands. */
export type MarkFormat = 'inline' | 'markdown' | 'html' | 'ansi' | 'json'

/** Every `MarkFormat`, in documentation order. */
export const MARK_FORMATS: readonly MarkFormat[] = ['inline', 'markdown', 'html', 'ansi', 'json']

/** Options for `formatMarks`; each applies only to the formats named. */
export interface FormatOptions {
  /** Include skipped candidates in json/html (default false). */
  readonly includeSkipped?: boolean
  /** html: a full standalone page (default) or a fragment. */
  readonly htmlDocument?: boolean
  /** html: page title and heading (default "unspin: restored text"; fragments get no heading). */
  readonly title?: string
  /**
   * markdown: how the restored text is written. `'markdown'` when it is Markdown already (restored
   * with `inputFormat: 'markdown'`): only the changes are added, the rest is kept as written. Otherwise
   * (default `'text'`) the text is escaped so it shows as written.
   */
  readonly inputFormat?: InputFormat
}

/**
 * Render `result.text` with every applied change shown:
 * - `inline`: plain text, changes as `[told <- instructed, 62%]`;
 * - `markdown`: `**told** (~~instructed~~, 62%)`, the rest of the text escaped;
 * - `html`: a self-contained page (or fragment) with a `<mark>` and tooltip per change;
 * - `ansi`: terminal colours by confidence level, the spun form dim in brackets;
 * - `json`: `{ text, marks, skipped?, warnings }`, 2-space indented.
 *
 * Marks are located by `outputStart`/`outputEnd`. Throws a `TypeError` for an unknown format, a
 * result that is not a `RestoreResult`, bad options, or marks outside `result.text`.
 */
export function formatMarks(result: RestoreResult, format: MarkFormat, options?: Readonly<FormatOptions> | null): string {
  if (!(MARK_FORMATS as readonly unknown[]).includes(format)) {
    invalidArgument('format', `one of ${MARK_FORMATS.map((f) => `"${f}"`).join(', ')}`, format)
  }
  checkResult(result)
  const opts = checkOptions(options)
  switch (format) {
    case 'inline':
      return formatInline(result)
    case 'markdown':
      return formatMarkdown(result, opts.inputFormat === 'markdown')
    case 'ansi':
      return formatAnsi(result)
    case 'html':
      return formatHtml(result, opts)
    case 'json':
      return formatJson(result, opts.includeSkipped === true)
  }
}

function checkResult(result: unknown): asserts result is RestoreResult {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    invalidArgument('result', 'a RestoreResult object', result)
  }
  const { text, marks } = result as { text?: unknown; marks?: unknown }
  if (typeof text !== 'string') invalidArgument('result.text', 'a string', text)
  if (!Array.isArray(marks)) invalidArgument('result.marks', 'an array', marks)
}

const FORMAT_OPTION_KEYS: ReadonlySet<string> = new Set(['includeSkipped', 'htmlDocument', 'title', 'inputFormat'])

function checkOptions(options: unknown): FormatOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) invalidArgument('options', 'an object', options)
  rejectUnknownKeys(options, FORMAT_OPTION_KEYS, 'options')
  const { title, includeSkipped, htmlDocument } = options as FormatOptions
  if (title !== undefined && typeof title !== 'string') invalidArgument('options.title', 'a string', title)
  if (includeSkipped !== undefined && typeof includeSkipped !== 'boolean') invalidArgument('options.includeSkipped', 'a boolean', includeSkipped)
  if (htmlDocument !== undefined && typeof htmlDocument !== 'boolean') invalidArgument('options.htmlDocument', 'a boolean', htmlDocument)
  const { inputFormat } = options as FormatOptions
  if (inputFormat !== undefined && !(INPUT_FORMATS as readonly unknown[]).includes(inputFormat)) {
    invalidArgument('options.inputFormat', `one of ${INPUT_FORMATS.map((f) => `"${f}"`).join(', ')}`, inputFormat)
  }
  return options as FormatOptions
}
