/**
 * `unspin/retext`: a unified plugin for retext (and remark-retext) that reports synonym swaps and
 * tortured phrases as vfile messages, each with the original as its `expected` fix.
 *
 *   import { retext } from 'retext'
 *   import unspin from 'unspin/retext'
 *   const file = await retext().use(unspin).process('Peskov instructed TASS information company ...')
 *
 * The plugin needs nothing from unified at run time (an attacher is a function returning a transformer),
 * so unified, retext and vfile stay the caller's: they are optional peer dependencies.
 */

import { changeMessage, prepareProseRestore, type IntegrationOptions } from './restore-prose.js'
import { lineLocator, type SourceRange } from './prose-text.js'
import type { Level } from '../index.js'

export type { IntegrationOptions as UnspinRetextOptions } from './restore-prose.js'

/** The part of an nlcst (or any unist) node the plugin reads. */
interface UnistNode {
  readonly type: string
  readonly value?: unknown
  readonly children?: readonly UnistNode[]
  readonly position?: { readonly start: { readonly offset?: number }; readonly end: { readonly offset?: number } }
}

interface Point {
  line: number
  column: number
  offset: number
}

/** A vfile message as unspin fills it in: vfile's fields, plus unspin's (vfile invites custom fields). */
export interface UnspinMessage {
  /** The spun text. */
  actual?: string | null
  /** The restored original first, then the other candidates, best first. */
  expected?: string[] | null
  /** Name of the dictionary that proposed the fix: one rule per dictionary, so each can be switched off. */
  ruleId?: string | null
  /** Always `'unspin'`. */
  source?: string | null
  /** Set when the phrase runs across markup (remark-retext), where replacing it would drop the markup. */
  note?: string | null
  /** Confidence in `[0, 1]` that `expected[0]` is what the text said before spinning. */
  confidence?: number
  /** `confidence` as a coarse band. */
  level?: Level
  /** Stable id of the dictionary entry. */
  entryId?: string
}

/** The part of a vfile the plugin uses (vfile 6, as unified 11 passes it). */
interface VFileLike {
  toString(): string
  message(reason: string, options: { place: { start: Point; end: Point }; ruleId: string; source: string }): UnspinMessage
}

/** The unified attacher: `retext().use(unspin, options)`. */
export default function retextUnspin(options?: Readonly<IntegrationOptions> | null): (tree: UnistNode, file: VFileLike) => void {
  const restore = prepareProseRestore(options, 'retext-unspin options')
  return (tree, file) => {
    const source = String(file)
    const locate = lineLocator(source)
    for (const change of restore(source, leafRanges(tree))) {
      const { mark } = change
      const message = file.message(changeMessage(mark), {
        place: { start: locate(change.start), end: locate(change.end) },
        ruleId: mark.source,
        source: 'unspin',
      })
      message.actual = source.slice(change.start, change.end)
      message.expected = [mark.restored, ...mark.alternatives.map((alternative) => alternative.restored)]
      message.confidence = mark.confidence
      message.level = mark.level
      message.entryId = mark.entryId
      if (!change.contiguous) message.note = 'The phrase runs across markup: fix it by hand.'
    }
  }
}

/**
 * Source ranges of the tree's text leaves (nodes with a string `value` and offsets). retext over plain
 * text covers the whole file; remark-retext leaves out markup, which then never reaches the restorer.
 */
function leafRanges(tree: UnistNode): SourceRange[] {
  const ranges: SourceRange[] = []
  const stack: UnistNode[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as UnistNode
    if (node.children !== undefined) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as UnistNode)
      continue
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (typeof node.value === 'string' && typeof start === 'number' && typeof end === 'number') ranges.push({ start, end })
  }
  return ranges
}
