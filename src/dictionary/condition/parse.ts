/**
 * Context conditions (`when` in dictionary entries): the Problematic Paper Screener's "fingerprint"
 * queries, parsed into a small AST and evaluated against a whole document.
 *
 * Syntax (a Lucene-like subset, as PPS uses it):
 * - `"surface area"`: a quoted phrase, matched as a contiguous sequence of whole words.
 * - `neural`, `optimiz*`: a bare word; a trailing `*` makes the word a prefix (`optimiz*` matches
 *   `optimize`, `optimization`, ...). A trailing `*` also works inside quotes (`"hear*"`).
 * - `"disappearing gradient problem"~5`: proximity. All the phrase's words occur, each at its own
 *   position, within a window of (number of words + 5) positions, in any order. This is looser than
 *   Lucene's slop, which also charges for reordering; `~0` is the exact phrase, as in Lucene.
 * - `A AND B`, `A OR B`, `A NOT B` (= `A AND NOT B`), `NOT A`, `( ... )`. Operators are upper case only,
 *   as in Lucene; `and`/`or`/`not` in lower case are ordinary words.
 * - Precedence: `NOT` (prefix) binds tightest, then `AND` and the binary `NOT`, then `OR`, so
 *   `A OR B AND C` is `A OR (B AND C)` and `A OR B NOT C` is `A OR (B AND NOT C)`. Terms written side
 *   by side with no operator are joined with AND (`AND business intelligence` = `AND business AND
 *   intelligence`), the default of Dimensions/Google rather than Lucene's default OR.
 * - `\"` counts as `"` (some exports escape quotes).
 *
 * Matching is case-insensitive, on whole words, after the normalization `createConditionDocument`
 * applies (NFC, lower case, curly quotes straightened). Query words go through the same tokenizer, so
 * `"MIMIC-III"` is one word and `"Dimensionality Reduction (DR)"` is the three words `dimensionality
 * reduction dr`.
 */

import { UnspinError, invalidArgument } from '../errors.js'

/** One word of a phrase: `prefix` words match any document word that starts with `text`. */
export interface ConditionTerm {
  /** Lower-case, normalized word. */
  readonly text: string
  readonly prefix: boolean
}

/** A parsed condition. Bare words are one-term phrases. */
export type Condition =
  | {
      readonly type: 'phrase'
      readonly terms: readonly ConditionTerm[]
      /** `~N` after the phrase: extra positions allowed, any order (undefined: exact phrase). */
      readonly proximity: number | undefined
    }
  | { readonly type: 'and'; readonly operands: readonly Condition[] }
  | { readonly type: 'or'; readonly operands: readonly Condition[] }
  | { readonly type: 'not'; readonly operand: Condition }

/** A condition string that does not parse; `column` is 1-based, in UTF-16 code units of `query`. */
export class ConditionSyntaxError extends UnspinError {
  readonly column: number
  readonly query: string
  constructor(message: string, query: string, column: number) {
    super('E_CONDITION_SYNTAX', `${message} (column ${column} of ${excerpt(query, column)})`)
    this.name = 'ConditionSyntaxError'
    this.column = column
    this.query = query
  }
}

/** The query, quoted; a long one only around `column`, so a hostile query does not fill the message. */
function excerpt(query: string, column: number): string {
  if (query.length <= 120) return JSON.stringify(query)
  const start = Math.max(0, column - 60)
  return `${start > 0 ? '…' : ''}${JSON.stringify(query.slice(start, start + 120))}${start + 120 < query.length ? '…' : ''}`
}

/** A document prepared for condition evaluation. */
export interface ConditionDocument {
  /** Lower-cased word tokens of the document, in order. */
  readonly words: readonly string[]
  /** Lower-cased, normalized full text. */
  readonly text: string
}

// Letters, digits and combining marks, with internal hyphens and apostrophes kept inside the word.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['-][\p{L}\p{N}\p{M}]+)*/gu

function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
}

function tokenizeWords(normalized: string): string[] {
  return normalized.match(WORD) ?? []
}

/** Normalize and tokenize `text` once, for any number of `evaluateCondition` calls. */
export function createConditionDocument(text: string): ConditionDocument {
  if (typeof text !== 'string') invalidArgument('text', 'a string', text)
  const normalized = normalizeText(text)
  return { words: tokenizeWords(normalized), text: normalized }
}

// ---------------------------------------------------------------------------------------------
// Lexer

type Token =
  | { readonly kind: 'phrase'; readonly terms: ConditionTerm[]; readonly proximity: number | undefined; readonly column: number }
  | { readonly kind: 'AND' | 'OR' | 'NOT' | '(' | ')' | 'end'; readonly column: number }

function describeToken(token: Token): string {
  if (token.kind === 'end') return 'the end of the query'
  if (token.kind === 'phrase') return 'a term'
  return token.kind === '(' || token.kind === ')' ? `"${token.kind}"` : token.kind
}

function lex(query: string): Token[] {
  const tokens: Token[] = []
  const fail = (message: string, index: number): never => {
    throw new ConditionSyntaxError(message, query, index + 1)
  }
  const isQuoteAt = (index: number): number =>
    query[index] === '"' ? 1 : query[index] === '\\' && query[index + 1] === '"' ? 2 : 0
  let i = 0
  while (i < query.length) {
    const char = query[i] as string
    if (/\s/.test(char)) {
      i++
      continue
    }
    if (char === '(' || char === ')') {
      tokens.push({ kind: char, column: i + 1 })
      i++
      continue
    }
    const quote = isQuoteAt(i)
    if (quote > 0) {
      const start = i
      let j = i + quote
      while (j < query.length && isQuoteAt(j) === 0) j++
      if (j >= query.length) fail('expected a closing quote for the phrase that starts here', start)
      const content = query.slice(i + quote, j)
      const terms = termsOf(content, start + quote, fail, 'quoted phrase')
      i = j + isQuoteAt(j)
      let proximity: number | undefined
      if (query[i] === '~') {
        const digits = /^\d+/.exec(query.slice(i + 1))
        if (!digits) fail('expected a number of positions after "~"', i + 1)
        proximity = Number((digits as RegExpExecArray)[0])
        i += 1 + (digits as RegExpExecArray)[0].length
      }
      tokens.push({ kind: 'phrase', terms, proximity, column: start + 1 })
      continue
    }
    // A bare word: everything up to whitespace, a quote, a parenthesis or "~".
    const start = i
    while (i < query.length && !/[\s"()~]/.test(query[i] as string) && isQuoteAt(i) === 0) i++
    const raw = query.slice(start, i)
    if (raw === 'AND' || raw === 'OR' || raw === 'NOT') {
      tokens.push({ kind: raw, column: start + 1 })
      continue
    }
    if (raw === '') fail(`unexpected "${char}"; expected a quoted phrase, a word, "(" or an operator`, start)
    if (query[i] === '~') fail('fuzzy word search (word~N) is not supported; put the word in quotes for proximity', i)
    if (/^[+\-!]/.test(raw)) fail(`the "${raw[0]}" prefix is not supported; use AND or NOT`, start)
    if (raw.includes('\\')) fail('unexpected backslash; only \\" is understood', start + raw.indexOf('\\'))
    if (raw.includes(':')) fail('field searches (name:value) are not supported', start + raw.indexOf(':'))
    tokens.push({ kind: 'phrase', terms: termsOf(raw, start, fail, 'word'), proximity: undefined, column: start + 1 })
  }
  tokens.push({ kind: 'end', column: query.length + 1 })
  return tokens
}

/** Split phrase (or bare word) content into terms; `offset` is the content's index in the query. */
function termsOf(content: string, offset: number, fail: (message: string, index: number) => never, what: string): ConditionTerm[] {
  const terms: ConditionTerm[] = []
  for (const chunk of content.matchAll(/\S+/g)) {
    const text = chunk[0]
    const at = offset + (chunk.index ?? 0)
    const star = text.indexOf('*')
    const question = text.indexOf('?')
    if (what === 'word' && question >= 0) fail('the "?" wildcard is not supported; use a trailing "*"', at + question)
    if (star >= 0 && !/^[^*]*\*+$/.test(text)) fail('"*" is only allowed at the end of a word', at + star)
    const words = tokenizeWords(normalizeText(star >= 0 ? text.slice(0, star) : text))
    if (star >= 0 && words.length === 0) fail('expected letters or digits before "*"', at + star)
    words.forEach((word, index) => terms.push({ text: word, prefix: star >= 0 && index === words.length - 1 }))
  }
  if (terms.length === 0) fail(`expected letters or digits in the ${what}`, offset)
  return terms
}

// ---------------------------------------------------------------------------------------------
// Parser

// Deepest nesting of "(" and NOT a query may use; PPS fingerprints use at most 3.
const MAX_NESTING = 64

/** Parse a PPS fingerprint query. Throws `ConditionSyntaxError` saying what was expected, and where. */
export function parseCondition(query: string): Condition {
  if (typeof query !== 'string') invalidArgument('query', 'a string', query)
  const tokens = lex(query)
  let index = 0
  const peek = (): Token => tokens[index] as Token
  const next = (): Token => tokens[index++] as Token
  const fail = (message: string, token: Token): never => {
    throw new ConditionSyntaxError(message, query, token.column)
  }

  const parseOr = (): Condition => {
    const operands = [parseAnd()]
    while (peek().kind === 'OR') {
      next()
      operands.push(parseAnd('OR'))
    }
    return operands.length === 1 ? (operands[0] as Condition) : { type: 'or', operands }
  }

  const parseAnd = (after?: string): Condition => {
    const operands = [parseUnary(after)]
    for (;;) {
      const token = peek()
      if (token.kind === 'AND') {
        next()
        operands.push(parseUnary('AND'))
      } else if (token.kind === 'NOT') {
        next()
        operands.push({ type: 'not', operand: parseUnary('NOT') })
      } else if (token.kind === 'phrase' || token.kind === '(') {
        operands.push(parseUnary())
      } else {
        break
      }
    }
    return operands.length === 1 ? (operands[0] as Condition) : { type: 'and', operands }
  }

  // Parentheses and NOT nest by recursion (here and in evaluation): a hostile query of 100,000
  // "(" overflowed the stack with a RangeError instead of a syntax error naming the entry.
  let depth = 0
  const parseUnary = (after?: string): Condition => {
    const token = peek()
    if ((token.kind === 'NOT' || token.kind === '(') && depth >= MAX_NESTING) fail(`conditions may nest at most ${MAX_NESTING} levels of "(" and NOT`, token)
    if (token.kind === 'NOT') {
      next()
      depth++
      const operand = parseUnary('NOT')
      depth--
      return { type: 'not', operand }
    }
    if (token.kind === 'phrase') {
      next()
      return { type: 'phrase', terms: token.terms, proximity: token.proximity }
    }
    if (token.kind === '(') {
      next()
      if (peek().kind === ')') fail('expected a condition inside the parentheses', peek())
      depth++
      const inner = parseOr()
      depth--
      if (peek().kind !== ')') {
        fail(`expected ")" to close the "(" at column ${token.column}, found ${describeToken(peek())}`, peek())
      }
      next()
      return inner
    }
    const where = after ? ` after ${after}` : ''
    return fail(`expected a quoted phrase, a word or "("${where}, found ${describeToken(token)}`, token)
  }

  const condition = parseOr()
  const rest = peek()
  if (rest.kind !== 'end') {
    const message = rest.kind === ')' ? 'unexpected ")" with no matching "("' : `expected an operator or the end of the query, found ${describeToken(rest)}`
    fail(message, rest)
  }
  return condition
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/**
 * Where the terms of evaluated conditions occur in one document, found on demand. A document
 * usually meets few conditions (7 in a megabyte of spun Brown text), and indexing every word
 * of it cost more than scanning the words once per term; past `SCANNED_TERMS` distinct terms the
 * full index is built, so a document meeting many conditions pays no more than before.
 */
interface DocumentIndex {
  readonly words: readonly string[]
  /** Positions of each exact term and of each prefix term looked up so far. */
  readonly exactPositions: Map<string, readonly number[]>
  readonly prefixPositions: Map<string, readonly number[]>
  /** Every word's positions, once built. */
  positions: Map<string, number[]> | undefined
}

const SCANNED_TERMS = 32

// Built lazily on first evaluation and kept as long as the document object lives.
const indexes = new WeakMap<ConditionDocument, DocumentIndex>()

function indexOf(doc: ConditionDocument): DocumentIndex {
  let index = indexes.get(doc)
  if (!index) {
    index = { words: doc.words, exactPositions: new Map(), prefixPositions: new Map(), positions: undefined }
    indexes.set(doc, index)
  }
  return index
}

function allPositions(words: readonly string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>()
  words.forEach((word, position) => {
    const list = positions.get(word)
    if (list) list.push(position)
    else positions.set(word, [position])
  })
  return positions
}

const NO_POSITIONS: readonly number[] = []

/** Positions of `term` in the document, in ascending order. */
function termPositions(index: DocumentIndex, term: ConditionTerm): readonly number[] {
  const found = term.prefix ? index.prefixPositions : index.exactPositions
  let cached = found.get(term.text)
  if (cached) return cached
  if (index.positions === undefined && index.exactPositions.size + index.prefixPositions.size >= SCANNED_TERMS) index.positions = allPositions(index.words)
  if (index.positions === undefined) cached = scanPositions(index.words, term)
  else if (!term.prefix) cached = index.positions.get(term.text) ?? NO_POSITIONS
  else {
    const merged: number[] = []
    for (const [word, list] of index.positions) if (word.startsWith(term.text)) merged.push(...list)
    cached = merged.sort((a, b) => a - b)
  }
  found.set(term.text, cached)
  return cached
}

function scanPositions(words: readonly string[], term: ConditionTerm): number[] {
  const positions: number[] = []
  for (let i = 0; i < words.length; i++) if (termMatches(term, words[i])) positions.push(i)
  return positions
}

function termMatches(term: ConditionTerm, word: string | undefined): boolean {
  return word !== undefined && (term.prefix ? word.startsWith(term.text) : word === term.text)
}

function matchExact(doc: ConditionDocument, index: DocumentIndex, terms: readonly ConditionTerm[]): boolean {
  // Anchor on the term with the fewest occurrences, then check its neighbours in place.
  let anchor = 0
  let anchorPositions = termPositions(index, terms[0] as ConditionTerm)
  for (let t = 1; t < terms.length && anchorPositions.length > 0; t++) {
    const positions = termPositions(index, terms[t] as ConditionTerm)
    if (positions.length < anchorPositions.length) {
      anchor = t
      anchorPositions = positions
    }
  }
  outer: for (const position of anchorPositions) {
    const start = position - anchor
    if (start < 0 || start + terms.length > doc.words.length) continue
    for (let t = 0; t < terms.length; t++) {
      if (t !== anchor && !termMatches(terms[t] as ConditionTerm, doc.words[start + t])) continue outer
    }
    return true
  }
  return false
}

function matchNear(doc: ConditionDocument, index: DocumentIndex, terms: readonly ConditionTerm[], extra: number): boolean {
  const lists = terms.map((term) => termPositions(index, term))
  if (lists.some((list) => list.length === 0)) return false
  const candidates = [...new Set(lists.flat())].sort((a, b) => a - b)
  const span = terms.length - 1 + extra
  let hi = 0
  for (let lo = 0; lo < candidates.length; lo++) {
    const first = candidates[lo] as number
    while (hi < candidates.length && (candidates[hi] as number) - first <= span) hi++
    if (hi - lo >= terms.length && canAssign(terms, candidates.slice(lo, hi), doc.words)) return true
  }
  return false
}

/** Can every term take its own position among `positions`? (Bipartite matching; terms are few.) */
function canAssign(terms: readonly ConditionTerm[], positions: readonly number[], words: readonly string[]): boolean {
  const owner = new Map<number, number>()
  const tryTerm = (t: number, seen: Set<number>): boolean => {
    for (const position of positions) {
      if (seen.has(position) || !termMatches(terms[t] as ConditionTerm, words[position])) continue
      seen.add(position)
      const current = owner.get(position)
      if (current === undefined || tryTerm(current, seen)) {
        owner.set(position, t)
        return true
      }
    }
    return false
  }
  return terms.every((_, t) => tryTerm(t, new Set()))
}

/** Does `doc` satisfy `condition`? Whole-word, case-insensitive; see the module comment. */
export function evaluateCondition(condition: Condition, doc: ConditionDocument): boolean {
  if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.words)) {
    invalidArgument('doc', 'a ConditionDocument (from createConditionDocument)', doc)
  }
  const index = indexOf(doc)
  const evaluate = (node: Condition): boolean => {
    switch (node.type) {
      case 'and':
        return node.operands.every(evaluate)
      case 'or':
        return node.operands.some(evaluate)
      case 'not':
        return !evaluate(node.operand)
      case 'phrase':
        if (node.terms.length === 1) return termPositions(index, node.terms[0] as ConditionTerm).length > 0
        return node.proximity === undefined || node.proximity === 0
          ? matchExact(doc, index, node.terms)
          : matchNear(doc, index, node.terms, node.proximity)
    }
  }
  return evaluate(condition)
}
