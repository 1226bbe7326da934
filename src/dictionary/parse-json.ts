import { DictionaryError } from '../errors.js'
import type { ValidateOptions } from './validate-dictionary.js'

/** Parse a JSON dictionary, locating the line of each entry so errors can name it. */
export function parseJsonDictionary(text: string, file?: string): { raw: unknown; options: ValidateOptions } {
  const source = text.replace(/^\uFEFF/, '')
  let raw: unknown
  try {
    raw = JSON.parse(source)
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message))
    const line = position ? lineAt(source, Number(position[1])) : undefined
    throw new DictionaryError(`invalid JSON: ${(error as Error).message}`, { file, line }, { cause: error })
  }
  return { raw, options: { file, entryLines: locateEntryLines(source), headerLine: 1 } }
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/**
 * Lines where the elements of the top-level `"entries"` array start. A small scanner over valid JSON:
 * it tracks nesting depth and skips strings, so it never needs a position-aware parser.
 */
function locateEntryLines(text: string): number[] {
  const lines: number[] = []
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
      if (depth === 1) lastKey = text.slice(i + 1, end)
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
  return lines
}

function skipString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i
  }
  return text.length
}
