/**
 * `POST /v2/check` and `GET /v2/languages` as LanguageTool's HTTP API answers them, for the clients
 * that speak it (editor plugins, browser add-ons, Python and Java clients with a server URL setting).
 * Each applied change becomes a match whose `offset`, `length` (UTF-16 code units, as LanguageTool)
 * and first replacement rebuild the restored text.
 */

import type { Mark } from '../../index.js'
import { originalRange, parseAnnotatedText, type AnnotatedText } from './annotated-text.js'
import { HttpError } from './http-error.js'
import type { RestoreJson } from './task.js'

/** The category of every unspin rule, so `disabledCategories=SPUN_TEXT` switches unspin off. */
export const CATEGORY = { id: 'SPUN_TEXT', name: 'Spun text (unspin)' } as const

/** Language variants accepted (unspin restores English); LanguageTool codes, as `/v2/languages` lists them. */
export const LANGUAGES = [
  { name: 'English', code: 'en', longCode: 'en' },
  { name: 'English (US)', code: 'en', longCode: 'en-US' },
  { name: 'English (GB)', code: 'en', longCode: 'en-GB' },
  { name: 'English (Australian)', code: 'en', longCode: 'en-AU' },
  { name: 'English (Canadian)', code: 'en', longCode: 'en-CA' },
  { name: 'English (New Zealand)', code: 'en', longCode: 'en-NZ' },
  { name: 'English (South African)', code: 'en', longCode: 'en-ZA' },
] as const

/** Characters of context each side of a match, as LanguageTool's default. */
const CONTEXT_CHARS = 40

/** A checked `/v2/check` request. */
export interface CheckRequest {
  /** What is restored: the `text`, or the text parts of `data`. */
  readonly plain: string
  /** The document the offsets refer to (with `data`, its markup included). */
  readonly annotated: AnnotatedText | undefined
  readonly language: (typeof LANGUAGES)[number]
  /** `language=auto`: unspin does not detect languages; the text is read as English. */
  readonly auto: boolean
  readonly disabledRules: ReadonlySet<string>
  readonly enabledRules: ReadonlySet<string>
  readonly disabledCategories: ReadonlySet<string>
  readonly enabledCategories: ReadonlySet<string>
  readonly enabledOnly: boolean
}

/**
 * Check the parameters of `/v2/check` (form fields, JSON fields or the query string, as strings).
 * Throws `HttpError` 400 with LanguageTool's wording where it has one.
 */
export function parseCheckRequest(params: ReadonlyMap<string, string>): CheckRequest {
  const text = params.get('text')
  const data = params.get('data')
  if (text === undefined && data === undefined) throw new HttpError(400, 'E_MISSING_TEXT', "Missing 'text' or 'data' parameter")
  if (text !== undefined && data !== undefined) throw new HttpError(400, 'E_TEXT_AND_DATA', "Set only 'text' or 'data' parameter, not both")
  const annotated = data === undefined ? undefined : parseAnnotatedText(data)
  const code = params.get('language')
  if (code === undefined || code === '') throw new HttpError(400, 'E_MISSING_LANGUAGE', "Missing 'language' parameter, e.g. language=en-US (or language=auto)")
  const auto = code === 'auto'
  const language = auto ? LANGUAGES[0] : LANGUAGES.find((l) => l.longCode.toLowerCase() === code.toLowerCase())
  if (language === undefined) {
    throw new HttpError(400, 'E_LANGUAGE', `'${code}' is not a language unspin checks: it restores English only (${LANGUAGES.map((l) => l.longCode).join(', ')}, or auto)`)
  }
  const enabledOnly = params.get('enabledOnly') ?? 'false'
  if (enabledOnly !== 'true' && enabledOnly !== 'false') throw new HttpError(400, 'E_ENABLED_ONLY', `'enabledOnly' must be true or false; got '${enabledOnly}'`)
  const request = {
    plain: annotated?.plain ?? text!,
    annotated,
    language,
    auto,
    disabledRules: list(params.get('disabledRules')),
    enabledRules: list(params.get('enabledRules')),
    disabledCategories: list(params.get('disabledCategories')),
    enabledCategories: list(params.get('enabledCategories')),
    enabledOnly: enabledOnly === 'true',
  }
  if (request.enabledOnly && request.enabledRules.size === 0 && request.enabledCategories.size === 0) {
    throw new HttpError(400, 'E_ENABLED_ONLY', "'enabledOnly=true' needs 'enabledRules' or 'enabledCategories'")
  }
  return request
}

function list(value: string | undefined): ReadonlySet<string> {
  return new Set((value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''))
}

/** Rule id of a dictionary: `tortured-phrases` -> `UNSPIN_TORTURED_PHRASES`. One per dictionary, so a client can switch a source off. */
export function ruleIdOf(source: string): string {
  return `UNSPIN_${source.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '')}`
}

/** LanguageTool's answer to `/v2/check` for a restore result of `request.plain`. */
export function checkResponse(request: CheckRequest, result: RestoreJson, version: string): object {
  const document = request.annotated?.original ?? request.plain
  const sentences = findSentences(request.plain)
  const matches = []
  for (const mark of result.marks) {
    const ruleId = ruleIdOf(mark.source)
    if (!ruleWanted(request, ruleId)) continue
    const range = request.annotated === undefined ? { start: mark.start, end: mark.end } : originalRange(request.annotated, mark.start, mark.end)
    if (range === undefined) continue
    matches.push(matchOf(mark, ruleId, range, document, sentences.around(mark.start, mark.end)))
  }
  const detected = { name: request.language.name, code: request.language.longCode, confidence: request.auto ? 0 : 1 }
  return {
    software: { name: 'unspin', version, buildDate: '', apiVersion: 1, premium: false, status: '' },
    warnings: { incompleteResults: false },
    language: { name: request.language.name, code: request.language.longCode, detectedLanguage: detected },
    matches,
  }
}

function ruleWanted(request: CheckRequest, ruleId: string): boolean {
  if (request.disabledRules.has(ruleId) || request.disabledCategories.has(CATEGORY.id)) return false
  if (request.enabledOnly) return request.enabledRules.has(ruleId) || request.enabledCategories.has(CATEGORY.id)
  return true
}

function matchOf(mark: Mark, ruleId: string, range: { start: number; end: number }, document: string, sentence: string): object {
  const percent = (confidence: number): string => `${Math.round(confidence * 100)}%`
  // The restored form first (what applying the first replacement of every match gives), then the others.
  const replacements = [{ value: mark.restored, shortDescription: `confidence ${percent(mark.confidence)}` }]
  for (const alternative of mark.alternatives) {
    if (replacements.some((r) => r.value === alternative.restored)) continue
    replacements.push({ value: alternative.restored, shortDescription: `confidence ${percent(alternative.confidence)}` })
  }
  return {
    message: `"${mark.found}" looks like a synonym swap for "${mark.restored}" (${mark.source}, confidence ${percent(mark.confidence)}).`,
    shortMessage: 'Spun wording',
    replacements,
    offset: range.start,
    length: range.end - range.start,
    context: contextOf(document, range.start, range.end),
    sentence,
    type: { typeName: 'Other' },
    rule: {
      id: ruleId,
      description: `Words swapped by an article spinner, from unspin's ${mark.source} dictionary`,
      issueType: 'terminology',
      category: CATEGORY,
    },
    ignoreForIncompleteSentence: false,
    contextForSureMatch: 0,
    // Not in LanguageTool's format (clients ignore unknown fields): the library's figures for this change.
    unspin: { confidence: mark.confidence, level: mark.level, source: mark.source, entryId: mark.entryId, alternatives: mark.alternatives },
  }
}

/** LanguageTool's context: up to 40 characters each side, "..." where cut, line breaks shown as spaces. */
function contextOf(document: string, start: number, end: number): { text: string; offset: number; length: number } {
  const from = Math.max(0, start - CONTEXT_CHARS)
  const to = Math.min(document.length, end + CONTEXT_CHARS)
  const before = from > 0 ? '...' : ''
  const text = `${before}${document.slice(from, to)}${to < document.length ? '...' : ''}`.replace(/[\r\n\t]/g, ' ')
  return { text, offset: before.length + start - from, length: end - start }
}

/** Sentences of `text` found once per request, so each match finds its own by binary search. */
export interface Sentences {
  /** The sentence holding `[start, end)`, trimmed. */
  around(start: number, end: number): string
}

/** Split `text` at sentence ends (". ", "! ", "? ", closing quotes or brackets allowed between) and blank lines. */
export function findSentences(text: string): Sentences {
  const starts = [0]
  const ends: number[] = []
  for (const match of text.matchAll(/[.!?]["'\u2019\u201d)\]]*\s+|\n\s*\n/g)) {
    ends.push(match.index + match[0].trimEnd().length)
    starts.push(match.index + match[0].length)
  }
  ends.push(text.length)
  return {
    around(start, end) {
      // The last sentence starting at or before `start`; a change across a sentence end takes the next one's end too.
      const i = lastAtOrBefore(starts, start)
      let j = i
      while (j < ends.length - 1 && ends[j]! < end) j++
      return text.slice(starts[i]!, ends[j]).trim()
    },
  }
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (sorted[mid]! <= value) low = mid
    else high = mid - 1
  }
  return low
}
