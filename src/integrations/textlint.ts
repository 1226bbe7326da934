/**
 * `unspin/textlint`: a fixable textlint rule that reports synonym swaps and tortured phrases in the
 * prose of a document (its `Str` nodes: plain text, Markdown, any format a textlint plugin parses) and
 * fixes them with the original wording (`textlint --fix`).
 *
 * textlint loads a rule with `import()` of the file its resolver finds, and takes `default` (or, from
 * CommonJS, `module.exports.default` when `__esModule` is set): both builds of this file work. In a
 * `.textlintrc`, `"unspin/textlint": true` resolves through the package's `textlint/` folder.
 */

import { changeMessage, prepareProseRestore, type IntegrationOptions } from './restore-prose.js'
import type { SourceRange } from './prose-text.js'

export type { IntegrationOptions as UnspinTextlintOptions } from './restore-prose.js'

/** The part of a textlint AST node the rule reads. */
interface TxtNode {
  readonly type: string
  readonly range: readonly [number, number]
}

/** The part of textlint's rule context the rule uses (textlint 12.2 and later: `locator`). */
interface RuleContext {
  readonly Syntax: { readonly Str: string; readonly DocumentExit: string }
  getSource(node?: TxtNode): string
  report(node: TxtNode, error: unknown): void
  readonly RuleError: new (message: string, details: { padding: unknown; fix?: unknown }) => unknown
  readonly locator: { range(range: readonly [number, number]): unknown }
  readonly fixer: { replaceTextRange(range: readonly [number, number], text: string): unknown }
}

type RuleReporter = (context: RuleContext, options?: Readonly<IntegrationOptions> | boolean | null) => Record<string, (node: TxtNode) => void>

// The restore each options object prepares: textlint calls the reporter once per file, with the same
// options object for a run, and building a restorer from dictionary files per file would be slow.
const prepared = new WeakMap<object, ReturnType<typeof prepareProseRestore>>()

function restoreFor(options: Readonly<IntegrationOptions> | boolean | null | undefined): ReturnType<typeof prepareProseRestore> {
  if (typeof options !== 'object' || options === null) return prepareProseRestore(options, 'textlint-rule-unspin options')
  let restore = prepared.get(options)
  if (restore === undefined) {
    restore = prepareProseRestore(options, 'textlint-rule-unspin options')
    prepared.set(options, restore)
  }
  return restore
}

const reporter: RuleReporter = (context, options) => {
  const { Syntax, RuleError, locator, fixer, report, getSource } = context
  const restore = restoreFor(options)
  const prose: SourceRange[] = []
  return {
    [Syntax.Str](node) {
      prose.push({ start: node.range[0], end: node.range[1] })
    },
    // One restore for the whole document at its end, so document-wide evidence and the spin score see
    // all of it. Ranges are reported on the Document node, which starts at offset 0.
    [Syntax.DocumentExit](node) {
      for (const change of restore(getSource(), prose)) {
        const range = [change.start, change.end] as const
        // A phrase across markup (`big *data*`) is reported without a fix: replacing it would drop the markup.
        const fix = change.contiguous ? fixer.replaceTextRange(range, change.mark.restored) : undefined
        report(node, new RuleError(changeMessage(change.mark), { padding: locator.range(range), ...(fix === undefined ? {} : { fix }) }))
      }
    },
  }
}

/** The rule module: `linter` reports, `fixer` reports with fixes (textlint's fixable-rule shape). */
const rule = { linter: reporter, fixer: reporter }

export default rule
