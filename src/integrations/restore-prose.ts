/** What the retext plugin and the textlint rule share: their options, and one restore per document. */

import { argumentError, describe, invalidArgument } from '../errors.js'
// The library comes in through its entry point: the build loads it from dist/index at run time instead of
// bundling a second copy of it (and its dictionaries) into each plugin file (tsup.config.ts).
import { createRestorer, restoreText, type Mark, type Restorer, type RestorerOptions } from '../index.js'
import { proseText, type SourceRange } from './prose-text.js'

/**
 * Options of `unspin/retext` and `unspin/textlint`: those of `createRestorer` (threshold, dictionaries,
 * disable, stages, ...), or a `restorer` built once by the caller (then only `threshold` may be added).
 */
export interface IntegrationOptions extends RestorerOptions {
  /** A restorer to use, e.g. one shared with other code, instead of building one from these options. */
  readonly restorer?: Restorer
}

/** A change the plugin reports: the mark, and where it lies in the linted file. */
export interface ProseChange {
  readonly mark: Mark
  /** `[start, end)` of the spun text in the file, UTF-16 code units. */
  readonly start: number
  readonly end: number
  /** Whether `[start, end)` of the file is exactly `mark.found`, so replacing it keeps all markup. */
  readonly contiguous: boolean
}

export type ProseRestore = (source: string, prose: Iterable<SourceRange>) => ProseChange[]

/**
 * Check `options` once, when the plugin is attached, and return the restore to run per document.
 * Dictionaries and models given in the options are read here, once, and not per file.
 */
export function prepareProseRestore(options: unknown, name: string): ProseRestore {
  const restore = restoreFunction(options, name)
  return (source, prose) => {
    const text = proseText(source, prose)
    return restore(text.text).marks.map((mark) => ({ mark, ...text.toSource(mark.start, mark.end) }))
  }
}

function restoreFunction(options: unknown, name: string): (text: string) => { marks: readonly Mark[] } {
  if (options === undefined || options === null || options === true) return (text) => restoreText(text)
  if (typeof options !== 'object' || Array.isArray(options)) invalidArgument(name, 'an options object (createRestorer options, or `restorer`)', options)
  const { restorer, ...rest } = options as IntegrationOptions
  if (restorer !== undefined) {
    if (typeof restorer !== 'object' || restorer === null || typeof restorer.restore !== 'function') invalidArgument(`${name}.restorer`, 'a restorer from `createRestorer`', restorer)
    const extra = Object.keys(rest).find((key) => key !== 'threshold')
    if (extra !== undefined) throw argumentError(`expected \`${name}\` to hold only \`threshold\` beside \`restorer\` (the restorer's own options are fixed when it is built), got ${describe(extra)}`)
    return (text) => restorer.restore(text, { threshold: rest.threshold })
  }
  // Without dictionaries or model objects, `restoreText` keeps one restorer per distinct options (the
  // threshold aside), shared with every other caller; restoring '' now checks the options at attach time.
  if (rest.dictionaries === undefined && rest.languageModel === undefined && rest.posModel === undefined) {
    restoreText('', rest)
    return (text) => restoreText(text, rest)
  }
  const built = createRestorer(rest)
  return (text) => built.restore(text)
}

/** The message both plugins give for a change. */
export function changeMessage(mark: Mark): string {
  return `\`${mark.found}\` looks like a synonym swap, expected \`${mark.restored}\` (confidence ${mark.confidence.toFixed(2)}, ${mark.source})`
}
