/**
 * One line of a spinner database: a plain synonym line `word|syn1|syn2` or a line holding spintax
 * groups `{word|syn1|{syn2|syn3} phrase}`. Scanned character by character (no regular expressions,
 * so no backtracking on hostile input); `\{`, `\}`, `\|` and `\\` are literal characters.
 */

/** Unbalanced or too deeply nested braces; `column` is 1-based. */
export class SpintaxSyntaxError extends Error {
  constructor(message: string, readonly column: number) {
    super(message)
  }
}

/** A spintax group: its alternatives, each a sequence of literal text and nested groups. */
interface Group {
  readonly alternatives: Node[][]
  readonly column: number
}
type Node = string | Group

// Deeper nesting than this is not synonym data; refusing it also bounds the recursion below.
const MAX_DEPTH = 32

/**
 * The synonym sets of one line, members unescaped but not trimmed. A plain line is one set; in a
 * spintax line every group (nested ones too) is a set, its members the group's expansions (at most
 * `maxExpansions` each), and text outside the groups is ignored.
 */
export function parseLine(line: string, maxExpansions: number): string[][] {
  // Most lines of a synonym database hold no braces or escapes: split them natively.
  if (isPlainLine(line)) return [line.split('|')]
  const root: Node[][] = [[]]
  const stack: { group: Group; parent: Node[] }[] = []
  let current = root[0]!
  let sawGroup = false
  let text = '' // literal text of the current run, built from slices of `line`
  let from = 0 // start of the part of `line` not yet added to `text`
  const flush = (to: number): void => {
    text += line.slice(from, to)
    if (text !== '') current.push(text)
    text = ''
  }
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (c === '\\' && i + 1 < line.length && '{}|\\'.includes(line[i + 1]!)) {
      text += line.slice(from, i) + line[i + 1]
      from = ++i + 1
    } else if (c === '{') {
      if (stack.length >= MAX_DEPTH) throw new SpintaxSyntaxError(`spintax nested deeper than ${MAX_DEPTH} groups`, i + 1)
      flush(i)
      const group: Group = { alternatives: [[]], column: i + 1 }
      stack.push({ group, parent: current })
      current = group.alternatives[0]!
      sawGroup = true
      from = i + 1
    } else if (c === '}') {
      const top = stack.pop()
      if (!top) throw new SpintaxSyntaxError('unbalanced "}": no "{" opens it (write \\} for a literal brace)', i + 1)
      flush(i)
      top.parent.push(top.group)
      current = top.parent
      from = i + 1
    } else if (c === '|' && (stack.length > 0 || !sawGroup)) {
      flush(i)
      const top = stack[stack.length - 1]
      current = top ? top.group.alternatives[top.group.alternatives.push([]) - 1]! : root[root.push([]) - 1]!
      from = i + 1
    }
  }
  const open = stack[0]
  if (open) throw new SpintaxSyntaxError('unbalanced "{": the group is not closed on this line (write \\{ for a literal brace)', open.group.column)
  flush(line.length)
  if (!sawGroup) return [root.map((alternative) => alternative.join(''))]
  // A line with groups: only the groups count; text around them (and any "|" there) is ignored.
  const sets: string[][] = []
  collectGroups(root.flat(), sets, maxExpansions)
  return sets
}

/** Whether `line` holds no braces or escapes: its one set is its `|`-separated parts. */
export function isPlainLine(line: string): boolean {
  return line.indexOf('{') < 0 && line.indexOf('}') < 0 && line.indexOf('\\') < 0
}

function collectGroups(nodes: readonly Node[], out: string[][], maxExpansions: number): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue
    out.push(node.alternatives.flatMap((alternative) => expand(alternative, maxExpansions)).slice(0, maxExpansions))
    for (const alternative of node.alternatives) collectGroups(alternative, out, maxExpansions)
  }
}

/** Every text an alternative can produce, at most `max` of them, in spintax order. */
function expand(nodes: readonly Node[], max: number): string[] {
  let results = ['']
  for (const node of nodes) {
    const parts = typeof node === 'string' ? [node] : node.alternatives.flatMap((a) => expand(a, max))
    const next: string[] = []
    for (let p = 0; p < results.length && next.length < max; p++) {
      for (let q = 0; q < parts.length && next.length < max; q++) next.push(results[p]! + parts[q]!)
    }
    results = next
  }
  return results
}
