/**
 * Evaluating a parsed condition (syntax.ts) against a document (document.ts): whole words,
 * case-insensitive; phrases in sequence, proximity phrases within a window, in any order.
 */
import { invalidArgument } from '../../errors.js'
import type { ConditionDocument } from './document.js'
import type { Condition, ConditionTerm } from './syntax.js'

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
