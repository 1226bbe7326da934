import type { ItsFunction } from 'wink-nlp'
import { forgetWordsRead, getNlp } from './nlp.js'
import { blankRanges, findProtectedRanges, mergeRanges } from './protected-ranges.js'

/** A token of the input with offsets rebuilt from the input string. */
export interface Token {
  /** Start offset in the input (UTF-16, inclusive). */
  readonly start: number
  /** End offset in the input (exclusive). `input.slice(start, end) === text` always holds. */
  readonly end: number
  readonly text: string
  /** Matching key: NFC, lowercase, curly apostrophes straightened. */
  readonly norm: string
  /** wink-nlp lemma, normalized like `norm`. */
  readonly lemma: string
  /** Universal POS tag from wink-nlp (`NOUN`, `VERB`, ...). */
  readonly pos: string
  /** Sentence number, counted over the whole input. */
  readonly sentence: number
  /** True for tokens a swap may rewrite: words, numbers and compound joiners outside URLs, e-mails and handles. */
  readonly editable: boolean
}

// Documents are split at line breaks into chunks of about this many code units, so memory for
// wink-nlp's document model stays bounded on multi-megabyte input.
const CHUNK_SIZE = 64 * 1024
const EDITABLE_TYPES = new Set(['word', 'number'])
// Joiners inside compounds ("man-made", "and/or", "snake_case", "__proto__") are separate tokens;
// they may sit inside a phrase. Runs of "_" are one token and count as joiners too, or an entry
// holding one could never match.
const JOINERS = new Set(['-', '\u2010', '\u2011', '\u2013', '/', '&'])

/** Normalize a token for matching: NFC, lowercase, typographic apostrophes and hyphens (U+2010, U+2011) made ASCII. */
export function normalizeToken(value: string): string {
  // Most tokens are ASCII, which NFC and the replacements leave alone: skip them on the hot path.
  if (!NON_ASCII.test(value)) return value.toLowerCase()
  return value.normalize('NFC').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-')
}

const NON_ASCII = /[^\x00-\x7f]/

/** Half-open `[start, end)` ranges of the input, in UTF-16 code units. */
type TextRanges = ReadonlyArray<readonly [number, number]>

/**
 * Tokenize `text` with wink-nlp, rebuilding each token's offsets from the input string.
 *
 * `extraProtected` (optional) are ranges that must never be rewritten, besides the URLs and
 * e-mail addresses found here: the markup around prose (`findNonProseRanges`). Their characters
 * are hidden from wink-nlp (turned into spaces of the same length, so offsets stay valid and a
 * tag never glues itself to a word: `<b>out</b>` still yields the token "out"), and any token
 * overlapping them is not editable. Phrases still cannot span them, because the gap between two
 * words of a phrase is checked on the real text. The ranges may be unsorted or overlap.
 */
export function tokenize(text: string, extraProtected?: TextRanges): Token[] {
  const protection = findProtection(text, extraProtected)
  return readDocument(text, protection)([...chunkRanges(text)], 0).tokens
}

/** Where `text` is protected: the extra ranges hidden from wink-nlp, and every range no token may rewrite. */
export interface Protection {
  readonly hidden: TextRanges
  readonly all: TextRanges
}

/** The protection of `text` (URLs, e-mails, handles, and `extraProtected`), found once for the whole input. */
export function findProtection(text: string, extraProtected?: TextRanges): Protection {
  const hidden = extraProtected === undefined ? [] : mergeRanges(extraProtected.map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const))
  return { hidden, all: hidden.length === 0 ? findProtectedRanges(text) : mergeRanges([...findProtectedRanges(text), ...hidden]) }
}

/**
 * The chunks `tokenize` reads `text` in, each on its own. A chunk ends at a line break (or whitespace)
 * and starts a new sentence, so no token, sentence or phrase crosses from one chunk into the next:
 * windows made of whole chunks tokenize exactly as the whole text does (`tokenizeChunks`).
 */
export function tokenizerChunks(text: string): Array<readonly [number, number]> {
  return [...chunkRanges(text)]
}

/** Tokenize the next `chunks` of a document (see `readDocument`). */
export type ReadChunks = (chunks: ReadonlyArray<readonly [number, number]>, sentenceBase: number) => { tokens: Token[]; nextSentence: number }

// The document whose words wink-nlp's lexicon holds now (`readDocument`).
let reading: object | undefined

/**
 * Start reading `text` as one document: returns a function giving the tokens `tokenize(text)` gives
 * inside `chunks` (consecutive `tokenizerChunks(text)`, passed in order), the first sentence numbered
 * `sentenceBase`; `nextSentence` is the number after the last. `protection` is the whole text's
 * (`findProtection`).
 *
 * wink-nlp's tokenizer consults a lexicon that grows with every word it reads (`loaded-lexicon.ts`).
 * A document is read from the lexicon as the model loaded it, its chunks in order, so its tokens are
 * those a fresh process gives it, whatever was read before. If another document was read between two
 * calls (a restore run from a progress callback), this one's earlier chunks are read again first.
 */
export function readDocument(text: string, protection: Protection): ReadChunks {
  const self = {}
  const done: Array<ReadonlyArray<readonly [number, number]>> = []
  forgetWordsRead()
  reading = self
  return (chunks, sentenceBase) => {
    if (reading !== self) {
      forgetWordsRead()
      reading = self
      for (const earlier of done) tokenizeChunks(text, earlier, protection, 0)
    }
    done.push(chunks)
    return tokenizeChunks(text, chunks, protection, sentenceBase)
  }
}

function tokenizeChunks(text: string, chunks: ReadonlyArray<readonly [number, number]>, protection: Protection, sentenceBase: number): { tokens: Token[]; nextSentence: number } {
  const tokens: Token[] = []
  let sentence = sentenceBase
  for (const [chunkStart, chunkEnd] of chunks) sentence = tokenizeChunk(text, chunkStart, chunkEnd, sentence, tokens, protection.hidden)
  markProtected(tokens, protection.all)
  return { tokens, nextSentence: sentence }
}

function tokenizeChunk(text: string, chunkStart: number, chunkEnd: number, sentenceBase: number, out: Token[], hidden: TextRanges): number {
  const nlp = getNlp()
  const its = nlp.its
  // wink splits words at the modifier-letter apostrophe (U+02BC, "weʼve") but not at the curly
  // one, which normalizeToken already treats as "'": show it the curly one, same length.
  const chunk = blankLongRuns(blankRanges(text, hidden, chunkStart, chunkEnd)).replace(/\u02bc/g, '\u2019')
  const doc = nlp.readDoc(chunk)
  // Read each property for the whole chunk at once: wink builds an item object for every token
  // visited one by one, which cost more than the tokenizing itself.
  const all = doc.tokens()
  const values = all.out(its.value) as string[]
  const types = all.out(its.type) as string[]
  const lemmas = all.out(its.lemma as ItsFunction<string | undefined>) as Array<string | undefined>
  const tags = all.out(its.pos) as Array<string | undefined>
  const sentenceSpans = doc.sentences().out(its.span) as unknown as Array<readonly [number, number]>
  let cursor = 0
  let sentence = sentenceBase
  for (const [first, last] of sentenceSpans) {
    for (let i = first; i <= last; i++) {
      const value = values[i]!
      // wink keeps spacing as counts, not offsets: find the token in the input from the cursor.
      // A token wink altered cannot be located and is dropped, so it is never rewritten.
      const at = chunk.indexOf(value, cursor)
      if (value.length === 0 || at < 0 || !isSkippable(chunk, cursor, at)) continue
      cursor = at + value.length
      const norm = normalizeToken(value)
      const lemma = lemmas[i]
      out.push({
        start: chunkStart + at,
        end: chunkStart + cursor,
        // wink's value is one shared string per word type; reuse it unless the chunk was altered here.
        text: text.startsWith(value, chunkStart + at) ? value : text.slice(chunkStart + at, chunkStart + cursor),
        norm,
        // wink gives no lemma for some tokens ("cannot" before punctuation): fall back to the word.
        lemma: lemma === undefined || lemma === value ? norm : normalizeToken(lemma),
        pos: tags[i] ?? 'X',
        sentence,
        editable: EDITABLE_TYPES.has(types[i]!) || JOINERS.has(value) || /^_+$/.test(value),
      })
    }
    sentence++
  }
  return sentence
}

// wink-nlp's tokenizer takes quadratic time on very long runs without spaces (a 30,000-character
// run takes seconds). No word a swap could touch is that long, so such runs are replaced by spaces
// of the same length before tokenizing: offsets stay valid and the run yields no tokens.
const LONG_RUN = /\S{200,}/g

function blankLongRuns(chunk: string): string {
  return chunk.replace(LONG_RUN, (run) => ' '.repeat(run.length))
}

// Between two tokens only whitespace (or characters wink silently skips) may lie; anything longer
// than a short run of non-space characters means the search jumped ahead to a later occurrence.
function isSkippable(text: string, from: number, to: number): boolean {
  // Fewer than 8 characters cannot hold a run of 8: the usual case (one space) needs no slice.
  if (to - from < 8) return true
  return to - from < 64 ? !/\S{8,}/.test(text.slice(from, to)) : /^\s*$/.test(text.slice(from, to))
}

function markProtected(tokens: Token[], ranges: ReadonlyArray<readonly [number, number]>): void {
  // Ranges ending before the first token are passed over at once: a window of a long text starts late.
  let r = firstRangeEndingAfter(ranges, tokens[0]?.start ?? 0)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    while (r < ranges.length && ranges[r]![1] <= token.start) r++
    const range = ranges[r]
    if (token.editable && range && range[0] < token.end) tokens[i] = { ...token, editable: false }
  }
}

function firstRangeEndingAfter(ranges: ReadonlyArray<readonly [number, number]>, offset: number): number {
  let lo = 0
  let hi = ranges.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ranges[mid]![1] <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function* chunkRanges(text: string): Generator<readonly [number, number]> {
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK_SIZE)
    if (end < text.length) {
      const lineBreak = text.lastIndexOf('\n', end)
      if (lineBreak > start) end = lineBreak + 1
      else {
        // No line break in the window: cut at whitespace so a word is never split.
        const space = text.slice(start, end).search(/\s\S*$/)
        if (space > 0) end = start + space + 1
      }
    }
    yield [start, end]
    start = end
  }
}
