/**
 * Context conditions (`when` in dictionary entries): the Problematic Paper Screener's "fingerprint"
 * queries. This file is the language: its syntax tree, its tokens and its error; `lex.ts` and
 * `parse.ts` read a query into the tree, `document.ts` prepares a document, `evaluate.ts` answers.
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

import { UnspinError } from '../../errors.js'

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

/** A token of a query, as the lexer reads it; `column` is 1-based. */
export type Token =
  | { readonly kind: 'phrase'; readonly terms: ConditionTerm[]; readonly proximity: number | undefined; readonly column: number }
  | { readonly kind: 'AND' | 'OR' | 'NOT' | '(' | ')' | 'end'; readonly column: number }

/** A token as an error message names it. */
export function describeToken(token: Token): string {
  if (token.kind === 'end') return 'the end of the query'
  if (token.kind === 'phrase') return 'a term'
  return token.kind === '(' || token.kind === ')' ? `"${token.kind}"` : token.kind
}

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
