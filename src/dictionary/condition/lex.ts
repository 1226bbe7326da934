/** The lexer of the condition language (syntax.ts): a query string to tokens, each phrase already split into terms. */
import { conditionWords } from './document.js'
import { ConditionSyntaxError, type ConditionTerm, type Token } from './syntax.js'

/** The tokens of `query`, ending with an `end` token. Throws `ConditionSyntaxError` at the first character that cannot start one. */
export function lex(query: string): Token[] {
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
    const words = conditionWords(star >= 0 ? text.slice(0, star) : text)
    if (star >= 0 && words.length === 0) fail('expected letters or digits before "*"', at + star)
    words.forEach((word, index) => terms.push({ text: word, prefix: star >= 0 && index === words.length - 1 }))
  }
  if (terms.length === 0) fail(`expected letters or digits in the ${what}`, offset)
  return terms
}

