/**
 * Inline Markdown (CommonMark) inside one paragraph or heading: which characters are syntax or
 * code rather than prose. Two passes, as in CommonMark's own precedence: first the constructs that
 * bind tightest (backslash escapes, code spans, autolinks, raw HTML, character references), then
 * brackets (link destinations, reference labels, images) and emphasis delimiters on what is left.
 * Where this reader and CommonMark could disagree it protects more, never less: a destination
 * with unbalanced parentheses is protected to the end of the paragraph, every `*`, `_` and `~`
 * is protected, and images and shortcut or collapsed references (`[text]`, `[text][]`, whose
 * text is their label) are protected whole.
 */

import { mergeRanges } from '../tokenize/protected-ranges.js'

type Ranges = Array<[number, number]>

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y
const EMAIL_AUTOLINK = /<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y
const ATTRIBUTE = String.raw`(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?)`
/** A CommonMark open tag or closing tag (spec 6.6), anchored. Exported for HTML block condition 7. */
export const OPEN_TAG = new RegExp(String.raw`<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*\s*\/?>`, 'y')
export const CLOSING_TAG = /<\/[A-Za-z][A-Za-z0-9-]*\s*>/y
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y

/**
 * Non-prose ranges of `text`, the paragraph's lines joined with "\n" (container markers and
 * indentation already taken out by the block reader). Sorted, may touch; half-open.
 */
export function findInlineNonProse(text: string): Ranges {
  const atoms = findAtoms(text)
  return mergeRanges([...atoms, ...findBracketsAndDelimiters(text, atoms)])
}

/** Pass 1: escapes, code spans, autolinks, raw HTML and character references, left to right. */
function findAtoms(text: string): Ranges {
  const ranges: Ranges = []
  const closers = createBacktickCloser(text)
  const after = createTerminatorSearch(text)
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '\\') {
      if (text[i + 1] === '\n') ranges.push([i, i + 1]) // a hard line break
      else if (ASCII_PUNCTUATION.test(text[i + 1] ?? '')) ranges.push([i, i + 2])
      i += 2
    } else if (c === '`') {
      let length = 1
      while (text[i + length] === '`') length++
      const close = closers(i, length)
      const end = close < 0 ? i + length : close + length
      ranges.push([i, end])
      i = end
    } else if (c === '<') {
      const end = readAngle(text, i, after)
      if (end > i) ranges.push([i, end])
      i = Math.max(end, i + 1)
    } else if (c === '&') {
      CHARACTER_REFERENCE.lastIndex = i
      if (CHARACTER_REFERENCE.test(text)) ranges.push([i, CHARACTER_REFERENCE.lastIndex])
      i++
    } else i++
  }
  return ranges
}

/** End of the autolink or raw HTML starting at `text[i] === '<'`, or `i` when it is a literal "<". */
function readAngle(text: string, i: number, after: (terminator: string, from: number) => number): number {
  for (const pattern of [AUTOLINK, EMAIL_AUTOLINK, OPEN_TAG, CLOSING_TAG]) {
    pattern.lastIndex = i
    if (pattern.test(text)) return pattern.lastIndex
  }
  if (text.startsWith('<!--', i)) return after('-->', i + 2) // "<!-->" and "<!--->" are comments too
  if (text.startsWith('<?', i)) return after('?>', i + 2)
  if (text.startsWith('<![CDATA[', i)) return after(']]>', i + 9)
  if (text[i + 1] === '!' && /[A-Za-z]/.test(text[i + 2] ?? '')) return after('>', i + 2)
  return i
}

/**
 * `after(terminator, from)`: the offset just past the first `terminator` at or after `from`, or
 * `-1` when there is none. Each terminator's last hit is remembered, so ascending searches for a
 * terminator that is missing (an unclosed "<!--" repeated) cost one scan in all.
 */
function createTerminatorSearch(text: string): (terminator: string, from: number) => number {
  const found = new Map<string, number>()
  return (terminator, from) => {
    let at = found.get(terminator)
    if (at === undefined || (at >= 0 && at < from)) found.set(terminator, (at = text.indexOf(terminator, from)))
    return at < 0 ? -1 : at + terminator.length
  }
}

/**
 * `close(at, length)`: where the code span opened by `length` backticks at `at` closes, i.e. the
 * next run of exactly `length` backticks, or -1. Runs are listed once by length, and a pointer per
 * length only moves forward, so a paragraph of many unmatched runs stays linear.
 */
function createBacktickCloser(text: string): (at: number, length: number) => number {
  const runs = new Map<number, number[]>()
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i)) {
    let length = 1
    while (text[i + length] === '`') length++
    const list = runs.get(length)
    if (list) list.push(i)
    else runs.set(length, [i])
    i += length
  }
  const next = new Map<number, number>()
  return (at, length) => {
    const list = runs.get(length)
    if (!list) return -1
    let k = next.get(length) ?? 0
    while (k < list.length && list[k]! <= at) k++
    next.set(length, k)
    return k < list.length ? list[k]! : -1
  }
}

/** Pass 2: link destinations, reference labels, images, footnote labels and emphasis delimiters. */
function findBracketsAndDelimiters(text: string, atoms: Ranges): Ranges {
  const ranges: Ranges = []
  const openers: Array<{ at: number; image: boolean }> = []
  // Offsets of the "!" of image openers still on the stack: a destination found while one is open
  // may be the image's in CommonMark's bracket matching, so it is protected from there.
  const images: number[] = []
  let atom = 0
  let i = 0
  while (i < text.length) {
    while (atom < atoms.length && atoms[atom]![1] <= i) atom++
    if (atom < atoms.length && atoms[atom]![0] <= i) {
      i = atoms[atom]![1]
      continue
    }
    const c = text[i]
    if (c === '[') {
      const image = i > 0 && text[i - 1] === '!' && !isInside(atoms, atom, i - 1)
      openers.push({ at: i, image })
      if (image) images.push(i - 1)
      i++
    } else if (c === ']' && openers.length > 0) {
      const opener = openers.pop()!
      if (opener.image) images.pop()
      let start = opener.image || text[opener.at + 1] === '^' ? opener.at - (opener.image ? 1 : 0) : i
      let end = i + 1
      let next = i + 1
      if (text[i + 1] === '(' || text[i + 1] === '[') start = Math.min(start, images[0] ?? start)
      if (text[i + 1] === '(') next = end = destinationEnd(text, i + 2)
      else if (text[i + 1] === '[' && text[i + 2] !== ']') {
        // A reference label; it may also be the text of a link of its own ("[^1][ref](/url)"),
        // so reading goes on inside it.
        const close = text.indexOf(']', i + 2)
        if (close >= 0) end = close + 1
      } else {
        // "[text][]" and "[text]": the text is also the label that finds the definition, so
        // changing it would break the link. Protected whole, like any bracketed text.
        start = opener.at
        if (text[i + 1] === '[') end = next = i + 3
      }
      if (end > i + 1 || start < i) ranges.push([start, end])
      i = next
    } else if (c === '*' || c === '_' || c === '~') {
      const start = i
      while (text[i] === c) i++
      ranges.push([start, i])
    } else i++
  }
  return ranges.sort((a, b) => a[0] - b[0])
}

function isInside(atoms: Ranges, from: number, at: number): boolean {
  for (let k = Math.max(0, from - 1); k < atoms.length && atoms[k]![0] <= at; k++) if (atoms[k]![1] > at) return true
  return false
}

/**
 * End (after its ")") of an inline link's destination and title, which start at `from` (just
 * after "("). Parentheses nest, `<...>` and quoted titles may hold ")"; without a closing ")" the
 * rest of the paragraph is taken, which protects more than CommonMark would, never less.
 */
function destinationEnd(text: string, from: number): number {
  let i = from
  while (i < text.length && /\s/.test(text[i]!)) i++
  if (text[i] === '<') {
    const close = text.indexOf('>', i + 1)
    if (close >= 0) i = close + 1
  }
  let depth = 1
  for (; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i + 1
    else if ((c === '"' || c === "'") && /\s/.test(text[i - 1] ?? '')) {
      const close = text.indexOf(c, i + 1)
      if (close < 0) return text.length
      i = close
    }
  }
  return text.length
}
