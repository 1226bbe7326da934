/**
 * Brown corpus tokens (`word/tag`, e.g. `Atlanta's/np$`, `can't/md*`, `it's/pps+bez`) turned into
 * the pieces the runtime sees, each with a coarse tag from src/pos/tags.ts. wink-nlp (and so the
 * restorer) splits clitics ("it" + "'s", "ca" + "n't"), possessives ("atlanta" + "'s") and hyphenated
 * compounds ("hard" + "-" + "fought"); Brown writes each as one token with a compound tag, so the
 * tag sequence learned here must be split the same way or the runtime windows would never match it.
 */
import { splitClitic, splitHyphens } from '../../src/tokenize/split-words.js'
import { tagIndex, type TagName } from '../../src/pos/tags.js'
import { normalizeToken } from '../../src/tokenize/tokenize.js'

/** One runtime-shaped word with its coarse tag index. */
export interface TaggedPiece {
  readonly word: string
  readonly tag: number
}

// Brown's base tags (after dropping -tl, -hl, -nc and splitting at "+") to the coarse set.
const BROWN_TO_COARSE: Readonly<Record<string, TagName>> = {
  nn: 'NOUN', nns: 'NOUN', np: 'NOUN', nps: 'NOUN', nr: 'NOUN', nrs: 'NOUN',
  vb: 'VB', do: 'VB', hv: 'VB', be: 'VB', bem: 'VB', ber: 'VB',
  vbz: 'VBZ', doz: 'VBZ', hvz: 'VBZ', bez: 'VBZ',
  vbd: 'VBD', dod: 'VBD', hvd: 'VBD', bed: 'VBD', bedz: 'VBD',
  vbg: 'VBG', hvg: 'VBG', beg: 'VBG',
  vbn: 'VBN', hvn: 'VBN', ben: 'VBN',
  jj: 'ADJ', jjr: 'ADJ', jjs: 'ADJ', jjt: 'ADJ', od: 'ADJ',
  rb: 'ADV', rbr: 'ADV', rbt: 'ADV', rn: 'ADV', rp: 'ADV', ql: 'ADV', qlp: 'ADV', wrb: 'ADV', wql: 'ADV', '*': 'ADV',
  in: 'ADP',
  at: 'DET', dt: 'DET', dti: 'DET', dts: 'DET', dtx: 'DET', abn: 'DET', abx: 'DET', abl: 'DET', ap: 'DET', 'pp$': 'DET', 'wp$': 'DET', wdt: 'DET',
  pps: 'PRON', ppss: 'PRON', ppo: 'PRON', ppl: 'PRON', ppls: 'PRON', 'pp$$': 'PRON', pn: 'PRON', wps: 'PRON', wpo: 'PRON', ex: 'PRON',
  cc: 'CONJ', cs: 'CONJ',
  cd: 'NUM',
  '.': 'PUNCT', ',': 'PUNCT', ':': 'PUNCT', '(': 'PUNCT', ')': 'PUNCT', '--': 'PUNCT', '``': 'PUNCT', "''": 'PUNCT', "'": 'PUNCT',
  to: 'TO',
  md: 'MD',
}

const ADV = tagIndex('ADV')
const PUNCT = tagIndex('PUNCT')
const OTHER = tagIndex('OTHER')

/** Coarse tag of one Brown base tag (no "+"); a trailing "$" (possessive) is dropped. Unknown tags are OTHER. */
export function coarseTag(brownTag: string): number {
  const base = brownTag.length > 1 && brownTag.endsWith('$') && brownTag !== 'pp$' && brownTag !== 'wp$' && brownTag !== 'pp$$' ? brownTag.slice(0, -1) : brownTag
  const name = BROWN_TO_COARSE[base]
  return name === undefined ? OTHER : tagIndex(name)
}

/**
 * The runtime pieces of one Brown token with their tags. Quotes become `"` as wink writes them;
 * words are lowercased with `normalizeToken` like the runtime's `norm`.
 */
export function brownPieces(token: string): TaggedPiece[] {
  const slash = token.lastIndexOf('/')
  if (slash <= 0) return []
  const raw = token.slice(0, slash)
  const word = raw === '``' || raw === "''" ? '"' : normalizeToken(raw)
  let tag = token.slice(slash + 1).toLowerCase()
  while (/-(tl|hl|nc)$/.test(tag)) tag = tag.slice(0, -3)
  // Foreign words ("fw-nn") keep no English syntax worth learning.
  if (tag.startsWith('fw-')) return hyphenPieces(word, OTHER)
  // A trailing "*" is a negation written into the word: "can't/md*" is "ca"/md + "n't"/*.
  const parts = tag.split('+').flatMap((p) => (p.length > 1 && p.endsWith('*') ? [p.slice(0, -1), '*'] : [p]))
  const tags = parts.map(coarseTag)
  if (tags.length > 1) {
    const pieces = splitClitic(word)
    if (pieces.length === tags.length) return pieces.map((w, i) => ({ word: w, tag: tags[i]! }))
    // "cannot/md*", "gonna/vbg+to": one runtime token, tagged by its first part.
    return [{ word, tag: tags[0]! }]
  }
  const possessive = /\$$/.test(parts[0]!) && !['pp$', 'wp$', 'pp$$'].includes(parts[0]!)
  if (possessive) {
    const cut = word.endsWith("'s") ? word.length - 2 : word.endsWith("'") ? word.length - 1 : -1
    if (cut > 0) return [...hyphenPieces(word.slice(0, cut), tags[0]!), { word: word.slice(cut), tag: OTHER }]
  }
  return hyphenPieces(word, tags[0]!)
}

/**
 * A word's pieces as the tokenizer splits compounds (`splitHyphens`): each word piece keeps the
 * compound's tag (its head is usually the last piece, but the pieces rarely stand alone elsewhere),
 * the hyphen is punctuation, and so is a dash ("--") standing alone.
 */
function hyphenPieces(word: string, tag: number): TaggedPiece[] {
  const pieces = splitHyphens(word)
  return pieces.map((p) => ({ word: p, tag: (pieces.length === 1 ? p === '--' : p === '-') ? PUNCT : tag }))
}

/** Every sentence of a Brown file (one per line in this layout) as tagged pieces. */
export function* brownSentences(tagged: string): Generator<TaggedPiece[]> {
  for (const line of tagged.split('\n')) {
    const pieces = line.split(/\s+/).filter((t) => t.length > 0).flatMap(brownPieces)
    if (pieces.length > 0) yield pieces
  }
}
