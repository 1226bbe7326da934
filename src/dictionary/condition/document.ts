/**
 * The words a condition is matched on: a document (or a query's words) normalized and split into
 * words once. Query and document go through the same two steps, so a query word matches the same
 * word in text however either is spelt (case, curly apostrophes, typographic hyphens).
 */
import { invalidArgument } from '../../errors.js'
import { splitWords } from '../../tokenize/split-words.js'

/** A document prepared for condition evaluation. */
export interface ConditionDocument {
  /** Lower-cased word tokens of the document, in order. */
  readonly words: readonly string[]
  /** Lower-cased, normalized full text. */
  readonly text: string
}

/** NFC, lower case, curly quotes straightened, typographic hyphens (U+2010, U+2011) made ASCII. */
function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011]/g, '-')
}

/** The normalized words of a piece of a query, as a document holding it would have them. */
export function conditionWords(text: string): string[] {
  return splitWords(normalizeText(text))
}

/** Normalize and tokenize `text` once, for any number of `evaluateCondition` calls. */
export function createConditionDocument(text: string): ConditionDocument {
  if (typeof text !== 'string') invalidArgument('text', 'a string', text)
  const normalized = normalizeText(text)
  return { words: splitWords(normalized), text: normalized }
}
