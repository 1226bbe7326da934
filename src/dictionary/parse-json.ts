import { DictionaryError } from '../errors.js'
import type { ValidateOptions } from './validate-dictionary.js'

/** Parse a JSON dictionary, locating the line of each entry so errors can name it. */
export function parseJsonDictionary(text: string, file?: string): { raw: unknown; options: ValidateOptions } {
  const source = text.replace(/^\uFEFF/, '')
  let raw: unknown
  try {
    raw = JSON.parse(source)
  } catch (error) {
    const message = String((error as Error).message)
    throw new DictionaryError(`invalid JSON: ${message}`, { file, line: lineAt(source, jsonErrorOffset(source)) }, { cause: error })
  }
  const { entryLines, fieldLines } = source.includes('\n') ? locateLines(source) : oneLine(raw)
  return { raw, options: { file, entryLines, headerLine: 1, fieldLines } }
}

/**
 * Offset of the first syntax error in `source`, which JSON.parse rejected. V8's messages give a
 * position only for some errors ("Unexpected token ']', ..." for a trailing comma has none), so
 * this re-reads the text with a small validator: no values are built, only the place is found.
 */
function jsonErrorOffset(source: string): number {
  type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end'
  const containers: string[] = []
  let state = 'value' as State
  let i = 0
  const afterValue = (): State => (containers.length === 0 ? 'end' : 'comma-or-close')
  for (;;) {
    while (i < source.length && (source[i] === ' ' || source[i] === '\t' || source[i] === '\n' || source[i] === '\r')) i++
    if (i >= source.length) return i
    const c = source[i]!
    if (state === 'end') return i
    if (state === 'colon') {
      if (c !== ':') return i
      state = 'value'
      i++
    } else if (state === 'comma-or-close') {
      const open = containers[containers.length - 1]
      if (c === ',') state = open === '{' ? 'key' : 'value'
      else if ((c === '}' && open === '{') || (c === ']' && open === '[')) {
        containers.pop()
        state = afterValue()
      } else return i
      i++
    } else if (state === 'key' || state === 'key-or-close') {
      if (c === '}' && state === 'key-or-close') {
        containers.pop()
        state = afterValue()
        i++
      } else if (c === '"') {
        const end = stringEnd(source, i)
        if (end < 0) return -end
        state = 'colon'
        i = end
      } else return i
    } else if (c === ']' && state === 'value-or-close') {
      containers.pop()
      state = afterValue()
      i++
    } else if (c === '{' || c === '[') {
      containers.push(c)
      state = c === '{' ? 'key-or-close' : 'value-or-close'
      i++
    } else if (c === '"') {
      const end = stringEnd(source, i)
      if (end < 0) return -end
      i = end
      state = afterValue()
    } else {
      const literal = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null/y
      literal.lastIndex = i
      if (!literal.test(source)) return i
      i = literal.lastIndex
      state = afterValue()
    }
  }
}

/** Offset after the string starting at `source[start] === '"'`, or minus the offset of its error. */
function stringEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (code === 0x22) return i + 1
    if (code < 0x20) return -i
    if (code === 0x5c) {
      const escape = source[i + 1]
      if (escape === 'u' ? !/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(escape ?? 'x')) return -i
      i += escape === 'u' ? 5 : 1
    }
  }
  return -source.length
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/**
 * Lines where the elements of the top-level `"entries"` array start, and where each top-level key is
 * (the last one of a repeated key, whose value JSON.parse keeps). A small scanner over valid JSON:
 * it tracks nesting depth and skips strings, so it never needs a position-aware parser.
 */
/**
 * `locateLines` for a document on one line (the built-in dictionaries' canonical JSON): every entry
 * and field is on line 1. Scanning the text character by character for that cost more than parsing
 * and validating it, on every cold start.
 */
function oneLine(raw: unknown): { entryLines: number[]; fieldLines: Map<string, number> } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { entryLines: [], fieldLines: new Map() }
  const entries = (raw as { entries?: unknown }).entries
  return { entryLines: Array.isArray(entries) ? entries.map(() => 1) : [], fieldLines: new Map(Object.keys(raw).map((key) => [key, 1])) }
}

function locateLines(text: string): { entryLines: number[]; fieldLines: Map<string, number> } {
  const lines: number[] = []
  const fieldLines = new Map<string, number>()
  let depth = 0
  let line = 1
  let inEntries = false
  let expectValue = false
  let lastKey = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') line++
    else if (c === '"') {
      const end = skipString(text, i)
      if (depth === 1 && isKeyAt(text, end + 1)) {
        lastKey = text.slice(i + 1, end)
        fieldLines.set(lastKey, line)
      }
      if (inEntries && depth === 2 && expectValue) (lines.push(line), (expectValue = false))
      i = end
    } else if (c === '{' || c === '[') {
      if (inEntries && depth === 2 && expectValue) (lines.push(line), (expectValue = false))
      depth++
      if (depth === 2 && c === '[' && lastKey === 'entries') (inEntries = true), (expectValue = true)
    } else if (c === '}' || c === ']') {
      depth--
      if (depth === 1) inEntries = false
    } else if (c === ',' && inEntries && depth === 2) expectValue = true
    else if (inEntries && depth === 2 && expectValue && !/\s/.test(c)) (lines.push(line), (expectValue = false))
  }
  return { entryLines: lines, fieldLines }
}

/** Whether the string that ended just before `offset` is an object key: a `:` follows it. */
function isKeyAt(text: string, offset: number): boolean {
  let i = offset
  while (i < text.length && /\s/.test(text[i]!)) i++
  return text[i] === ':'
}

function skipString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i
  }
  return text.length
}
