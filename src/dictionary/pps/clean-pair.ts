/**
 * Cleaning one row of a Problematic Paper Screener export: a tortured phrase and the text PPS gives as
 * its original, into a spun form and the originals to restore (`cleanPair`).
 *
 * How the PPS `expected` text is read (it is a curator's note as much as a replacement):
 * - `???`, `??`, an empty cell, or a `?` standing in for a word -> the row is skipped (unknown original).
 *   A trailing `?` / `(?)` keeps the row but notes that PPS marks the original as uncertain.
 * - Descriptions rather than replacements ("The word 'are' as in ...", "meaning unclear, see URL") are
 *   skipped; a trailing ", see <URL>" is dropped.
 * - Brackets `( )` and `[ ]`: acronyms (`(BI)`, `(IoT)`) and notes (`(in a neural network)`,
 *   `(e.g. CAD)`, `(?)`, anything but one or two lower-case words) are dropped. One or two lower-case
 *   words (`supervised (machine) learning`, `enveloped [virus]`) are optional words, kept only when the
 *   tortured phrase has them too at the same place ("encompassed virus" -> `enveloped virus`) or, for a
 *   bracket that is not at the end, when keeping them makes the word count equal the tortured phrase's
 *   ("into the combination" -> `into reaction mixture`, but "directed learning" -> `supervised learning`).
 *   A bracket at the end is context (what follows the phrase, or its field): "fake neural" ->
 *   `artificial neural (network)` gives `artificial neural`, and "man in the center" -> `man-in-the middle
 *   (attack)` gives `man-in-the middle`, since restoring the bracket would double the word that follows
 *   in the text ("... attack attack"). Brackets glued to a word (`function(s)`, `autist(ic)`) are spelling
 *   variants: the glued letters are kept, except `(s)`, which follows the tortured phrase's number.
 *   `(or "X")` adds an alternative with X in place of the last words before it.
 * - A lone acronym followed by its expansion (`NGS (Next-Generation Sequencing)`, initials matching)
 *   becomes the expansion when the tortured phrase has several words.
 * - When the tortured phrase itself has brackets: an acronym in both (`synthetic intelligence (AI)` ->
 *   `artificial intelligence (AI)`) is removed from both; an acronym only in the tortured phrase is removed
 *   when the expected text has none; otherwise (`net of factors (Iota)`, `IoT (Web of Things)`) both are
 *   kept as written, since the bracket is part of what was spun. A tortured phrase shortened this way
 *   gets the listed form as its `when` condition (`"synthetic intelligence (AI)"`), unless the fingerprint
 *   says more.
 * - `a/b` inside a word group gives alternatives (`fault analysis/diagnosis` -> `fault analysis|fault
 *   diagnosis`); phrase/phrase when both sides have the same number (two or more) of words (`economic
 *   development/profit growth`), and around a spaced ` / `. Acronyms (`TCP/IP`, `processor/CPU`) and
 *   slashes that the tortured phrase also has (`grasp/slave` -> `master/slave`) stay as written.
 */

import { createConditionDocument } from '../condition/index.js'

export type SkipReason = 'unknown-expected' | 'description' | 'same-as-spun' | 'forbidden-character' | 'malformed-row'

export const SKIP_REASONS: Readonly<Record<SkipReason, string>> = {
  'unknown-expected': 'original unknown (???, empty, or ? in place of words)',
  description: 'a description instead of an original',
  'same-as-spun': 'original equal to the tortured phrase',
  'forbidden-character': 'TAB, | or line break in a field',
  'malformed-row': 'malformed row',
}

export type CleanedPair =
  | { readonly kind: 'entry'; readonly spun: string; readonly originals: readonly string[]; readonly uncertain: boolean }
  | { readonly kind: 'skip'; readonly reason: SkipReason }

// ---------------------------------------------------------------------------------------------
// Text helpers

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Words as the tortured/expected forms are compared: whitespace, hyphens and slashes separate. */
function wordCount(text: string): number {
  return text.split(/[\s\-\u2010\u2011\u2013/]+/).filter((word) => word !== '').length
}

export function sameText(a: string, b: string): boolean {
  const key = (text: string) => collapseWhitespace(text.toLowerCase().replace(/[\u2010\u2011\u2013]/g, '-'))
  return key(a) === key(b)
}

/** A bracket's content that is an acronym or a list of acronyms: `BI`, `IoT`, `SARS-CoV-2`, `ROC AUC`, `R`. */
export function isAcronym(content: string): boolean {
  const tokens = content.trim().split(/\s+/)
  return tokens.every((token) => {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}&'+./\-\u2010-\u2013]*$/u.test(token)) return false
    const upper = (token.match(/\p{Lu}/gu) ?? []).length
    return upper >= 2 || (upper >= 1 && /\d/.test(token)) || /^\p{Lu}$/u.test(token)
  })
}

// First words that mark a bracket as a remark about the phrase rather than words of it.
const NOTE_STARTERS = new Set(['of', 'in', 'for', 'as', 'see', 'via', 'e', 'i', 'eg', 'ie', 'called', 'found', 'referring', 'please', 'note', 'caveat', 'sometimes', 'could', 'or', 'a', 'an', 'the'])

function isOptionalWords(content: string): boolean {
  const words = content.trim().split(/\s+/)
  if (words.length > 2 || !words.every((word) => /^[a-z][a-z-]*$/.test(word))) return false
  if (words.some((word) => word === 'context' || word === 'note')) return false
  return !(words.length === 2 && NOTE_STARTERS.has(words[0] as string))
}

// ---------------------------------------------------------------------------------------------
// Brackets

interface TextSegment {
  readonly type: 'text'
  readonly value: string
}
interface GroupSegment {
  readonly type: 'group'
  readonly open: string
  readonly close: string
  readonly content: string
  /** Glued to a letter or digit on the left or right (`function(s)`, `(web)sites`). */
  readonly attached: boolean
}
type Segment = TextSegment | GroupSegment

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']' }

/** Split text into plain runs and top-level `( )` / `[ ]` groups (nesting allowed; unbalanced = text). */
export function segmentBrackets(text: string): Segment[] {
  const segments: Segment[] = []
  let plainStart = 0
  let i = 0
  while (i < text.length) {
    const open = text[i] as string
    if (!(open in CLOSING)) {
      i++
      continue
    }
    let depth = 0
    let j = i
    for (; j < text.length; j++) {
      const char = text[j] as string
      if (char === '(' || char === '[') depth++
      else if (char === ')' || char === ']') depth--
      if (depth === 0) break
    }
    if (j >= text.length || text[j] !== CLOSING[open]) {
      i++
      continue
    }
    if (i > plainStart) segments.push({ type: 'text', value: text.slice(plainStart, i) })
    const before = text[i - 1] ?? ' '
    const after = text[j + 1] ?? ' '
    segments.push({
      type: 'group',
      open,
      close: CLOSING[open] as string,
      content: text.slice(i + 1, j),
      attached: /[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after),
    })
    i = j + 1
    plainStart = i
  }
  if (plainStart < text.length) segments.push({ type: 'text', value: text.slice(plainStart) })
  return segments
}

function render(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.type === 'text' ? segment.value : `${segment.open}${segment.content}${segment.close}`)).join('')
}

function isSpacedAcronymGroup(segment: Segment): segment is GroupSegment {
  return segment.type === 'group' && !segment.attached && isAcronym(segment.content)
}

/**
 * Remove acronym brackets the tortured phrase shares with the expected text, and the tortured phrase's
 * own acronyms when the expected text has none. Returns whether brackets remain in the tortured phrase.
 */
function reconcileBrackets(tortured: string, expected: string): { tortured: string; expected: string; verbatim: boolean } {
  let spun = segmentBrackets(tortured)
  let original = segmentBrackets(expected)
  for (const group of spun.filter(isSpacedAcronymGroup)) {
    const match = original.find((segment) => isSpacedAcronymGroup(segment) && sameText(segment.content, group.content))
    if (match) {
      spun = spun.filter((segment) => segment !== group)
      original = original.filter((segment) => segment !== match)
    }
  }
  if (!original.some(isSpacedAcronymGroup)) spun = spun.filter((segment) => !isSpacedAcronymGroup(segment))
  return {
    tortured: collapseWhitespace(render(spun)),
    expected: collapseWhitespace(render(original)),
    verbatim: spun.some((segment) => segment.type === 'group'),
  }
}

// ---------------------------------------------------------------------------------------------
// Expected text

type GroupRole =
  | { readonly role: 'drop' }
  | { readonly role: 'keep' }
  | { readonly role: 'uncertain' }
  | { readonly role: 'affix' }
  | { readonly role: 'optional' }
  | { readonly role: 'or'; readonly alternative: string }

function classifyGroup(group: GroupSegment): GroupRole {
  const content = collapseWhitespace(group.content)
  if (/^\?+$/.test(content)) return { role: 'uncertain' }
  const quoted = /^or\s+(?:possibly\s+|simply\s+)?(["'])(.+)\1$/.exec(content)
  if (quoted) return { role: 'or', alternative: quoted[2] as string }
  const bare = /^or\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})$/.exec(content)
  if (bare) return { role: 'or', alternative: bare[1] as string }
  if (group.attached) return /^[a-z]+$/.test(content) ? { role: 'affix' } : { role: 'drop' }
  if (isOptionalWords(content)) return { role: 'optional' }
  return { role: 'drop' }
}

/** Replace the last words of `text` with `alternative` (as many words as the alternative has). */
function replaceLastWords(text: string, alternative: string): string {
  const words = collapseWhitespace(text).split(' ')
  const replacement = collapseWhitespace(alternative).split(' ')
  const keep = Math.max(0, words.length - replacement.length)
  return [...words.slice(0, keep), ...replacement].join(' ')
}

/** Expand `a/b` alternatives; see the module comment. */
export function splitSlashes(text: string): string[] {
  if (!text.includes('/')) return [text]
  if (/\s\/|\/\s/.test(text)) return text.split(/\s*\/\s*/).map(collapseWhitespace).filter((part) => part !== '')
  const tokens = text.split(' ')
  const slashed = tokens.filter((token) => token.includes('/'))
  const isWord = (part: string) => /^\p{L}[\p{L}\p{M}'-]*\p{L}$/u.test(part) && /\p{Ll}/u.test(part)
  if (slashed.length === 1 && (slashed[0] as string).split('/').length === 2) {
    const [left, right] = text.split('/') as [string, string]
    const leftWords = left.trim().split(' ').length
    if (leftWords >= 2 && leftWords === right.trim().split(' ').length) {
      return [collapseWhitespace(left), collapseWhitespace(right)]
    }
  }
  let results = ['']
  for (const token of tokens) {
    const parts = token.split('/')
    const options = parts.length > 1 && parts.every(isWord) ? parts : [token]
    results = results.flatMap((prefix) => options.map((option) => (prefix ? `${prefix} ${option}` : option)))
    if (results.length > 8) return [text]
  }
  return results
}

function tidy(text: string): string {
  return collapseWhitespace(text.replace(/["*]/g, ''))
    .replace(/\s*(?:\.\.\.|…)$/, '')
    .replace(/[\s,;:]+$/, '')
    .replace(/^[\s,;:]+/, '')
}

/**
 * Which optional bracketed words belong to the original. Words the tortured phrase itself has at the
 * same edge are kept ("encompassed virus" -> "enveloped [virus]"). Otherwise a bracket at the end is
 * context (what follows the phrase, or its field), never kept; leading and inner brackets are kept only
 * when that makes the word count equal the tortured phrase's ("into the combination" -> "into (reaction)
 * mixture"), choosing the fewest brackets.
 */
function chooseOptionalWords(
  segments: readonly Segment[],
  roles: ReadonlyMap<GroupSegment, GroupRole>,
  tortured: string,
  countMatches: (included: ReadonlySet<GroupSegment>) => boolean,
): Set<GroupSegment> {
  const spun = ` ${createConditionDocument(tortured).words.join(' ')} `
  const isText = (segment: Segment) => segment.type === 'text' && segment.value.trim() !== ''
  const included = new Set<GroupSegment>()
  const byCount: GroupSegment[] = []
  segments.forEach((segment, index) => {
    if (segment.type !== 'group' || roles.get(segment)?.role !== 'optional') return
    const words = ` ${createConditionDocument(segment.content).words.join(' ')} `
    const leading = !segments.slice(0, index).some(isText)
    const trailing = !segments.slice(index + 1).some(isText)
    const literal = leading ? spun.startsWith(words) : trailing ? spun.endsWith(words) : spun.includes(words)
    if (literal) included.add(segment)
    else if (!trailing) byCount.push(segment)
  })
  if (countMatches(included) || byCount.length > 4) return included
  let best: Set<GroupSegment> | undefined
  for (let mask = 1; mask < 1 << byCount.length; mask++) {
    const candidate = new Set([...included, ...byCount.filter((_, bit) => (mask >> bit) & 1)])
    if (countMatches(candidate) && (best === undefined || candidate.size < best.size)) best = candidate
  }
  return best ?? included
}

/**
 * Clean one PPS pair into a dictionary entry (spun form + originals, most likely first), or say why the
 * row is skipped.
 */
export function cleanPair(rawTortured: string, rawExpected: string): CleanedPair {
  if (/[\t\n\r|]/.test(rawTortured) || /[\t\n\r|]/.test(rawExpected)) return { kind: 'skip', reason: 'forbidden-character' }
  let tortured = collapseWhitespace(rawTortured.normalize('NFC'))
  let expected = collapseWhitespace(rawExpected.normalize('NFC').replace(/\\"/g, '"'))
  if (!/[\p{L}\p{N}]/u.test(tortured)) return { kind: 'skip', reason: 'malformed-row' }
  if (expected === '' || expected.includes('??')) return { kind: 'skip', reason: 'unknown-expected' }
  expected = expected.replace(/,?\s*see\s+https?:\/\/\S+$/i, '')
  if (/^(["'])(.*)\1$/.test(expected)) expected = expected.slice(1, -1).trim()

  const reconciled = reconcileBrackets(tortured, expected)
  tortured = reconciled.tortured
  expected = reconciled.expected
  const spunWords = wordCount(tortured)

  const segments = segmentBrackets(expected)
  const roles = new Map<GroupSegment, GroupRole>()
  for (const segment of segments) {
    if (segment.type !== 'group') continue
    // With brackets in the tortured phrase, keep the expected text's brackets as written.
    roles.set(segment, reconciled.verbatim && !/^\?+$/.test(segment.content.trim()) ? { role: 'keep' } : classifyGroup(segment))
  }
  let uncertain = false
  for (const [index, segment] of segments.entries()) {
    const role = segment.type === 'group' ? roles.get(segment) : undefined
    if (role?.role !== 'uncertain' && !(segment.type === 'group' && segment.content.includes('?'))) continue
    const rest = segments.slice(index + 1)
    const trailing = rest.every((next) => next.type === 'group' || /^[\s?.,;:]*$/.test(next.value))
    if (!trailing) return { kind: 'skip', reason: 'unknown-expected' }
    uncertain = true
  }

  const plural = /s$/i.test(tortured)
  const renderWith = (included: ReadonlySet<GroupSegment>, orOverride?: GroupSegment): string => {
    let out = ''
    for (const segment of segments) {
      if (segment.type === 'text') {
        out += segment.value
        continue
      }
      const role = roles.get(segment) as GroupRole
      if (role.role === 'keep') out += render([segment])
      else if (role.role === 'affix') out += segment.content !== 's' || plural ? segment.content : ''
      else if (role.role === 'optional' && included.has(segment)) out += segment.content
      else if (role.role === 'or' && segment === orOverride) out = `${replaceLastWords(out, role.alternative)} `
    }
    return tidy(out)
  }
  const included = chooseOptionalWords(segments, roles, tortured, (set) => wordCount(renderWith(set)) === spunWords)
  const chosen = [renderWith(included)]
  for (const segment of segments) {
    if (segment.type === 'group' && roles.get(segment)?.role === 'or') chosen.push(renderWith(included, segment))
  }

  // A lone acronym with its expansion in brackets ("NGS (Next-Generation Sequencing)"): the expansion
  // is what a multi-word tortured phrase stands for.
  const acronym = chosen[0] as string
  if (/^[\p{Lu}\p{N}][\p{L}\p{N}-]*$/u.test(acronym) && isAcronym(acronym) && spunWords >= 2) {
    const letters = (acronym.match(/\p{Lu}/gu) ?? []).join('').toLowerCase()
    for (const segment of segments) {
      const expansion = segment.type === 'group' ? (segment.content.split(',')[0] as string).trim() : ''
      const initials = expansion.split(/[\s-]+/).map((word) => word.charAt(0).toLowerCase()).join('')
      if (initials.length >= 2 && initials === letters) chosen.splice(0, 1, tidy(expansion))
    }
  }

  let originals = chosen.map((text) => {
    const unmarked = text.replace(/\s*\?+$/, '')
    if (unmarked !== text) uncertain = true
    return unmarked
  })
  if (originals.some((text) => text.includes('?'))) return { kind: 'skip', reason: 'unknown-expected' }
  if (!/\//.test(tortured)) originals = originals.flatMap(splitSlashes)
  originals = originals.map(tidy).filter((text) => /[\p{L}\p{N}]/u.test(text))
  if (originals.length === 0) return { kind: 'skip', reason: 'unknown-expected' }
  if (originals.some((text) => /https?:|\bmeaning unclear\b|\bparaphrased versions\b|^the words?\b/i.test(text))) {
    return { kind: 'skip', reason: 'description' }
  }
  const unique: string[] = []
  for (const text of originals) {
    if (!unique.some((seen) => sameText(seen, text)) && !sameText(text, tortured)) unique.push(text)
  }
  if (unique.length === 0) return { kind: 'skip', reason: 'same-as-spun' }
  return { kind: 'entry', spun: tortured, originals: unique, uncertain }
}
