/**
 * Tokenize training text the way the runtime sees it: wink-nlp tokens (the same tokenizer as
 * src/tokenize, sentence detection only, no tagging), normalized with `normalizeToken`, one array per
 * sentence. URLs, e-mail addresses, handles and hashtags become `<unk>`: they are never rewritten and
 * their spelling says nothing about the words around them. Line-break and tab tokens (wink type
 * `tabCRLF`, e.g. `\n\n`) are dropped: the runtime must skip them too when it feeds the model.
 */
import winkNLP, { type ItemSentence } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { normalizeToken } from '../../src/tokenize/tokenize.js'

const nlp = winkNLP(model, ['sbd'])
const its = nlp.its
const OPAQUE = new Set(['url', 'email', 'mention', 'hashtag'])
// Same guards as src/tokenize: bounded chunks, and very long runs without spaces blanked out.
const CHUNK = 64 * 1024
const LONG_RUN = /\S{200,}/g

/** Sentences of normalized tokens in `text`. */
export function* sentencesOf(text: string): Generator<string[]> {
  for (const chunk of chunks(text.replace(LONG_RUN, ' '))) {
    const out: string[][] = []
    nlp.readDoc(chunk).sentences().each((s: ItemSentence) => {
      const values = s.tokens().out() as string[]
      const types = s.tokens().out(its.type) as string[]
      const tokens: string[] = []
      values.forEach((v, i) => {
        if (types[i] !== 'tabCRLF') tokens.push(OPAQUE.has(types[i]!) ? '<unk>' : normalizeToken(v))
      })
      if (tokens.length > 0) out.push(tokens)
    })
    yield* out
  }
}

function* chunks(text: string): Generator<string> {
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK)
    if (end < text.length) {
      const cut = text.lastIndexOf('\n\n', end)
      end = cut > start ? cut + 2 : Math.max(text.lastIndexOf(' ', end), start + 1)
    }
    yield text.slice(start, end)
    start = end
  }
}
