/**
 * Tokens kept compactly between the passes of a windowed restore (`restore-windows.ts`): offsets,
 * sentence and part of speech in typed arrays, strings rebuilt from the input. Tokenizing once also
 * saves the time: a window read again would have to be read as part of its whole document, from the
 * first chunk on, to split its words as the whole-text call does (`readDocument` in tokenize.ts).
 */
import { normalizeToken, type Token } from './tokenize.js'

interface StoredWindow {
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly sentences: Int32Array
  /** Index into the string table, or -1: `norm` is the text normalized, `lemma` is `norm`. */
  readonly norms: Int32Array
  readonly lemmas: Int32Array
  readonly pos: Int32Array
  readonly editable: Uint8Array
}

/** Tokens of a text's windows, stored in window order and rebuilt on demand. */
export class TokenStore {
  private readonly windows: StoredWindow[] = []
  private readonly strings: string[] = []
  private readonly ids = new Map<string, number>()

  constructor(private readonly text: string) {}

  /** Windows stored. */
  get size(): number {
    return this.windows.length
  }

  /** Store the tokens of the next window. */
  add(tokens: readonly Token[]): void {
    const n = tokens.length
    const window: StoredWindow = {
      starts: new Int32Array(n),
      ends: new Int32Array(n),
      sentences: new Int32Array(n),
      norms: new Int32Array(n),
      lemmas: new Int32Array(n),
      pos: new Int32Array(n),
      editable: new Uint8Array(n),
    }
    tokens.forEach((token, i) => {
      window.starts[i] = token.start
      window.ends[i] = token.end
      window.sentences[i] = token.sentence
      window.norms[i] = token.norm === normalizeToken(token.text) ? -1 : this.id(token.norm)
      window.lemmas[i] = token.lemma === token.norm ? -1 : this.id(token.lemma)
      window.pos[i] = this.id(token.pos)
      window.editable[i] = token.editable ? 1 : 0
    })
    this.windows.push(window)
  }

  /** The tokens of window `k`, equal to those stored. */
  get(k: number): Token[] {
    const window = this.windows[k]!
    const tokens: Token[] = new Array(window.starts.length)
    for (let i = 0; i < tokens.length; i++) {
      const start = window.starts[i]!
      const end = window.ends[i]!
      const text = this.text.slice(start, end)
      const norm = window.norms[i]! < 0 ? normalizeToken(text) : this.strings[window.norms[i]!]!
      const lemma = window.lemmas[i]! < 0 ? norm : this.strings[window.lemmas[i]!]!
      tokens[i] = { start, end, text, norm, lemma, pos: this.strings[window.pos[i]!]!, sentence: window.sentences[i]!, editable: window.editable[i] === 1 }
    }
    return tokens
  }

  private id(value: string): number {
    let id = this.ids.get(value)
    if (id === undefined) {
      id = this.strings.push(value) - 1
      this.ids.set(value, id)
    }
    return id
  }
}
