/** The parser of the condition language (syntax.ts): tokens from `lex` to a `Condition` tree. */
import { invalidArgument } from '../../errors.js'
import { lex } from './lex.js'
import { ConditionSyntaxError, describeToken, type Condition, type Token } from './syntax.js'

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

