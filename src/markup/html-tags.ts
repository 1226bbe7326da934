/**
 * A scanner for the markup pieces of HTML: tags, comments, doctypes, processing instructions and
 * CDATA sections. It follows the WHATWG tokenizer closely enough to find where each one ends
 * (quoted attribute values may hold ">", "<!-->" is a whole comment, an unclosed tag runs to the
 * end of the input, which browsers drop). It builds no tree, so it takes time linear in the input
 * however deeply elements nest.
 */

/** One piece of markup starting at a `<`. `end` is exclusive. */
export type Markup =
  | { readonly kind: 'start-tag'; readonly end: number; readonly name: string; readonly selfClosing: boolean; readonly attributes: ReadonlyMap<string, string> }
  | { readonly kind: 'end-tag'; readonly end: number; readonly name: string }
  | {
      readonly kind: 'other'
      readonly end: number
      /**
       * Where another reading ends the same construct later: a CDATA section read as XML ends at
       * "]]>", `<?...?>` at "?>", where browsers end both at the first ">". The text up to
       * `shadowEnd` is protected too, but still read for tags, so both readings are covered.
       */
      readonly shadowEnd?: number
    }

/** Reads markup from a text, start positions ascending. */
export type MarkupReader = (at: number) => Markup | undefined

/**
 * A reader for the markup starting at `text[at] === '<'`: it returns `undefined` when that `<` is
 * literal text (`a < b`, `<3`). Calls must come with ascending `at`: searches for "-->", "]]>" and
 * the like remember where they found (or did not find) their terminator, so a document of many
 * comments and no "--!>" is not searched to its end once per comment.
 */
export function createMarkupReader(text: string): MarkupReader {
  const found = new Map<string, number>()
  const after = (terminator: string, from: number): number => {
    let at = found.get(terminator)
    if (at === undefined || (at >= 0 && at < from)) found.set(terminator, (at = text.indexOf(terminator, from)))
    return at < 0 ? text.length : at + terminator.length
  }
  return (at) => {
    const next = text.charCodeAt(at + 1)
    if (text.startsWith('<!--', at)) {
      // "<!-->" and "<!--->" are whole (empty) comments, so search from the second "-"; "--!>" also ends one.
      return { kind: 'other', end: Math.min(after('-->', at + 2), after('--!>', at + 2)) }
    }
    // Browsers end a CDATA section outside SVG/MathML, and "<?", at the first ">"; XML readers
    // (and htmlparser2) at "]]>" and "?>", or the end of the input.
    if (text.startsWith('<![CDATA[', at)) return { kind: 'other', end: after('>', at + 9), shadowEnd: after(']]>', at + 9) }
    if (next === 0x3f /* ? */) return { kind: 'other', end: after('>', at + 2), shadowEnd: after('?>', at + 2) }
    if (next === 0x21 /* ! */) return { kind: 'other', end: after('>', at + 2) }
    if (next === 0x2f /* / */) {
      if (text.charCodeAt(at + 2) === 0x3e) return { kind: 'other', end: at + 3 } // "</>" is dropped
      if (!isAsciiLetter(text.charCodeAt(at + 2))) return { kind: 'other', end: after('>', at + 2) }
      const { end, name } = readTag(text, at + 2)
      return { kind: 'end-tag', end, name }
    }
    if (!isAsciiLetter(next)) return undefined
    return { kind: 'start-tag', ...readTag(text, at + 1) }
  }
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f'
}

/** Read a tag name and its attributes from `from` (just after `<` or `</`) to the closing `>`. */
function readTag(text: string, from: number): { end: number; name: string; selfClosing: boolean; attributes: Map<string, string> } {
  let i = from
  while (i < text.length && !isSpace(text[i]) && text[i] !== '/' && text[i] !== '>') i++
  const name = text.slice(from, i).toLowerCase()
  const attributes = new Map<string, string>()
  let selfClosing = false
  while (i < text.length) {
    const c = text[i]!
    if (c === '>') return { end: i + 1, name, selfClosing, attributes }
    if (isSpace(c) || c === '/') {
      selfClosing = c === '/' && text[i + 1] === '>'
      i++
      continue
    }
    // An attribute name may start with "=" and hold quotes; only an "=" after a name starts a value.
    const nameStart = i++
    while (i < text.length && !isSpace(text[i]) && text[i] !== '/' && text[i] !== '>' && text[i] !== '=') i++
    const attributeName = text.slice(nameStart, i).toLowerCase()
    let j = i
    while (isSpace(text[j])) j++
    let value = ''
    if (text[j] === '=') {
      j++
      while (isSpace(text[j])) j++
      const quote = text[j]
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, j + 1)
        if (close < 0) break // an unclosed value swallows the rest of the input
        value = text.slice(j + 1, close)
        i = close + 1
      } else {
        i = j
        while (i < text.length && !isSpace(text[i]) && text[i] !== '>') i++
        value = text.slice(j, i)
      }
    }
    if (!attributes.has(attributeName)) attributes.set(attributeName, value)
  }
  return { end: text.length, name, selfClosing: false, attributes }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}
