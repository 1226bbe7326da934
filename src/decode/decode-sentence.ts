/**
 * Noisy-channel decoding of one sentence: choose, for every candidate span, one of its options or
 * the spun text itself, so that language-model score plus channel score is highest over the whole
 * sentence (a Viterbi search over the lattice of spans). Neighbouring spans are decided together:
 * "prime of their recreation" -> "top of their game" needs both words judged in each other's light.
 */

/** The context model the decoder needs: natural-log probability of `word` after two words. */
export interface TrigramScorer {
  logProb(previous2: string, previous1: string, word: string): number
}

/** One way to rewrite a span: the words it writes and its channel log-odds against keeping the span. */
export interface LatticeOption {
  readonly words: readonly string[]
  /** log(P(this original | spun) / P(spun is genuine)): positive favours the change. */
  readonly channel: number
  /**
   * Set for an option read forward from a spinner database: `channel` is then ln P(spun | original)
   * alone, and the document's swap rate r adds ln r, less ln(1 - r) where the spun form is a headword
   * the spinner would have swapped too (`ChannelBonus`).
   */
  readonly forward?: {
    readonly spunIsHeadword: boolean
    /** For a verdict-only channel: ln P(spun | original), used to estimate the swap rate only (`channel` decodes). */
    readonly verdictChannel?: number
    /** From a fallback thesaurus (`SpinnerChannel.fallback`): it has a swap rate of its own. */
    readonly fallback?: boolean
  }
}

/** Log-odds added to options' channels at decoding time: one number for every option, or one per option. */
export type ChannelBonus = number | ((option: LatticeOption) => number)

/** Words `[first, last]` of the sentence that may be rewritten by one of `options`. */
export interface LatticeSpan {
  readonly first: number
  readonly last: number
  readonly options: readonly LatticeOption[]
}

export interface DecodeWeights {
  /** Weight of the channel score against the language model. */
  readonly channel: number
}

/** Whether `words` starts and ends its sentence (else it is a window inside one, and no boundary is scored). */
export interface WindowEdges {
  readonly atStart: boolean
  readonly atEnd: boolean
}

/** For each span: the option chosen (-1 = keep the spun text) and the posterior of keep + every option. */
export interface SpanDecision {
  readonly chosen: number
  /** `posteriors[0]` is keeping the span; `posteriors[k + 1]` is option k. They sum to 1. */
  readonly posteriors: readonly number[]
}

const START = '<s>'
// Three ids below this pack exactly into one double (2^51 < 2^53).
const MAX_MEMOIZED_WORDS = 2 ** 17
const END = '</s>'
const NO_SPANS: readonly number[] = []

/**
 * Decide every span of a sentence. `words` are the sentence's words as the language model spells
 * them. Posteriors come from forcing each option of a span in turn (the rest of the sentence
 * re-decoded around it) and normalizing the best-path scores.
 */
export function decodeSentence(
  words: readonly string[],
  spans: readonly LatticeSpan[],
  lm: TrigramScorer,
  weights: DecodeWeights,
  edges: WindowEdges = { atStart: true, atEnd: true },
): SpanDecision[] {
  return decodePrepared(prepareSentence(words, spans, lm), weights, edges)
}

/** A sentence and its spans made ready for `decodePrepared`, which may decode it more than once. */
export type PreparedSentence = SentenceLattice

/**
 * Prepare a sentence for decoding. The trigram scores it looks up are kept with it, so a second
 * decoding (another `channelBonus`) asks the model nothing new.
 */
export function prepareSentence(words: readonly string[], spans: readonly LatticeSpan[], lm: TrigramScorer): PreparedSentence {
  return new SentenceLattice(words, spans, lm)
}

/**
 * `decodeSentence` over a prepared sentence. `channelBonus` is added to the channel log-odds of
 * every option before weighting, as if the spans had been built with it.
 */
export function decodePrepared(lattice: PreparedSentence, weights: DecodeWeights, edges: WindowEdges = { atStart: true, atEnd: true }, channelBonus: ChannelBonus = 0): SpanDecision[] {
  const { spans } = lattice
  if (spans.length === 0) return []
  const channels = weightedChannels(lattice, weights, channelBonus)
  const frontier = FRONTIER.ready(lattice.n)
  const search = (forcedSpan: number, forcedOption: number) => viterbi(lattice, channels, frontier, STATES, edges, forcedSpan, forcedOption)
  const best = lattice.choicesOf(search(-1, 0))
  return spans.map((span, s) => {
    const scores = [-1, ...span.options.map((_, k) => k)].map((forced) => search(s, forced)?.score ?? -Infinity)
    const top = Math.max(...scores)
    const exp = scores.map((x) => Math.exp(x - top))
    const total = exp.reduce((a, b) => a + b, 0)
    return { chosen: best[s]!, posteriors: exp.map((x) => x / total) }
  })
}

/** The score of the best path through the sentence with `channelBonus`: how well the lattice explains it. */
export function bestPathScore(lattice: PreparedSentence, weights: DecodeWeights, edges: WindowEdges = { atStart: true, atEnd: true }, channelBonus: ChannelBonus = 0): number {
  return viterbi(lattice, weightedChannels(lattice, weights, channelBonus), FRONTIER.ready(lattice.n), STATES, edges, -1, 0)?.score ?? -Infinity
}

function weightedChannels(lattice: SentenceLattice, weights: DecodeWeights, channelBonus: ChannelBonus): number[][] {
  return lattice.spans.map((span) =>
    span.options.map((o) => {
      const bonus = typeof channelBonus === 'number' ? channelBonus : channelBonus(o)
      return weights.channel * (bonus === 0 ? o.channel : o.channel + bonus)
    }),
  )
}

/**
 * One sentence prepared for the 1 + (options + 1) per span searches a decoding runs over it:
 * words interned as small integers, the spans starting at each position, and every trigram score
 * memoized, since the searches ask the model the same questions again and again.
 */
class SentenceLattice {
  readonly n: number
  /** The sentence's words, interned. */
  readonly words: number[]
  readonly spans: readonly LatticeSpan[]
  /** For each span, for each option: the words it writes, interned. */
  readonly optionWords: number[][][]
  /** Indices of the spans starting at each position (one shared empty list where none does). */
  readonly startsAt: (readonly number[])[]
  readonly start: number
  readonly end: number
  /** The interned words: `names[id]`. */
  private readonly names: string[] = []
  private readonly memo = new Map<number, number>()

  constructor(
    words: readonly string[],
    spans: readonly LatticeSpan[],
    private readonly lm: TrigramScorer,
  ) {
    const ids = new Map<string, number>()
    const intern = (word: string): number => {
      let id = ids.get(word)
      if (id === undefined) {
        id = this.names.length
        this.names.push(word)
        ids.set(word, id)
      }
      return id
    }
    this.n = words.length
    this.start = intern(START)
    this.end = intern(END)
    this.words = words.map(intern)
    this.spans = spans
    this.optionWords = spans.map((span) => span.options.map((option) => option.words.map(intern)))
    const startsAt: (readonly number[])[] = Array.from({ length: this.n }, () => NO_SPANS)
    spans.forEach((span, s) => (startsAt[span.first] = [...startsAt[span.first]!, s]))
    this.startsAt = startsAt
  }

  /**
   * ln P(word | previous2 previous1), asked of the model once per distinct trigram. The key packs
   * three ids below the interned count into one number (a decoding window holds a few dozen words).
   */
  logProb(previous2: number, previous1: number, word: number): number {
    const size = this.names.length
    if (size > MAX_MEMOIZED_WORDS) return this.lm.logProb(this.names[previous2]!, this.names[previous1]!, this.names[word]!)
    const key = (previous2 * size + previous1) * size + word
    let score = this.memo.get(key)
    if (score === undefined) {
      score = this.lm.logProb(this.names[previous2]!, this.names[previous1]!, this.names[word]!)
      this.memo.set(key, score)
    }
    return score
  }

  /** The option taken for every span (-1 = kept) on the path ending in `state`. */
  choicesOf(state: PathState | undefined): number[] {
    const choices = this.spans.map(() => -1)
    for (let at = state; at !== undefined; at = at.back) if (at.span >= 0) choices[at.span] = at.option
    return choices
  }
}

/**
 * A search state: score so far, the last two words, and how it was reached (the span and option
 * taken to get here, or span -1 for a word written as it is), so the choices are rebuilt only for
 * the one path that needs them. Mutable, and owned by a `StatePool`: see `relax`.
 */
interface PathState {
  score: number
  previous2: number
  previous1: number
  back: PathState | undefined
  span: number
  option: number
}

/**
 * States reused from one search to the next. A decoding runs one search per option of every span, and
 * a fresh object per step of each was a fifth of all the memory a restore allocated (and of its
 * garbage collection). A search's states are dead once the next search starts: its result is read
 * (its score, or the path behind the best state) before then.
 */
class StatePool {
  private readonly states: PathState[] = []
  private used = 0

  reset(): void {
    this.used = 0
  }

  take(score: number, previous2: number, previous1: number, back: PathState | undefined, span: number, option: number): PathState {
    let state = this.states[this.used]
    if (state === undefined) {
      state = { score, previous2, previous1, back, span, option }
      this.states.push(state)
    } else {
      state.score = score
      state.previous2 = previous2
      state.previous1 = previous1
      state.back = back
      state.span = span
      state.option = option
    }
    this.used++
    return state
  }
}

/**
 * The best state per last two words after each position, in order of first arrival (a window has a
 * handful of states per position, so a list searched from the start beats a hash map). Lists keep
 * their capacity from one search to the next: emptying them by `length = 0` gave their storage
 * back, and every search allocated it again.
 */
class Frontier {
  readonly lists: PathState[][] = []
  sizes = new Int32Array(0)
  private n = 0

  /** Ready for a sentence of `n` words (positions 0..n), growing when a longer one comes. */
  ready(n: number): this {
    while (this.lists.length <= n) this.lists.push([])
    if (this.sizes.length <= n) this.sizes = new Int32Array(n + 1)
    this.n = n
    return this
  }

  clear(): void {
    this.sizes.fill(0, 0, this.n + 1)
  }
}

// One frontier and one pool for every search: searches run one at a time (nothing in one calls out
// to code that could start another), and their size is that of the largest search so far.
const FRONTIER = new Frontier()
const STATES = new StatePool()

/**
 * Best path over positions 0..n; `undefined` when no path satisfies the forcing. `forcedSpan`/`forcedOption`:
 * when `forcedSpan >= 0`, that span must take `forcedOption` (-1 = must stay as written: no span
 * covering its words may be taken). States are kept per (position, last two words), which is exact
 * for a trigram model. `channels[s][k]`: the weighted channel score of option k of span s.
 * `frontier`: the best state per last two words after each position.
 * The state returned belongs to `pool`: read it before the next search.
 */
function viterbi(
  lattice: SentenceLattice,
  channels: readonly (readonly number[])[],
  frontier: Frontier,
  pool: StatePool,
  edges: WindowEdges,
  forcedSpan: number,
  forcedOption: number,
): PathState | undefined {
  const { n, spans, startsAt } = lattice
  const forced = forcedSpan >= 0 ? spans[forcedSpan]! : undefined
  const mustKeep = (i: number) => forced !== undefined && forcedOption === -1 && i >= forced.first && i <= forced.last
  frontier.clear()
  pool.reset()
  // Inside a sentence the window's first words are fixed context: their scores are the same on
  // every path, so starting them from <s> changes no decision.
  relax(frontier, 0, pool, 0, lattice.start, lattice.start, undefined, -1, -1)
  const { lists, sizes } = frontier
  for (let i = 0; i < n; i++) {
    const states = lists[i]!
    for (let j = 0; j < sizes[i]!; j++) {
      const state = states[j]!
      // Take a span starting here, unless the forced span covers this position with another choice.
      for (const s of startsAt[i]!) {
        const span = spans[s]!
        if (forced !== undefined && s !== forcedSpan && overlaps(span, forced)) continue
        if (mustKeep(i)) continue
        const options = lattice.optionWords[s]!
        for (let k = 0; k < options.length; k++) {
          if (s === forcedSpan && k !== forcedOption) continue
          extend(lattice, frontier, span.last + 1, pool, state, options[k]!, channels[s]![k]!, s, k)
        }
      }
      // Or write the word as it is, unless the forced span must change here.
      if (forced !== undefined && forcedOption >= 0 && i === forced.first) continue
      const word = lattice.words[i]!
      relax(frontier, i + 1, pool, state.score + lattice.logProb(state.previous2, state.previous1, word), state.previous1, word, state, -1, -1)
    }
  }
  let best: PathState | undefined
  let bestScore = -Infinity
  for (let j = 0; j < sizes[n]!; j++) {
    const state = lists[n]![j]!
    const score = state.score + (edges.atEnd ? lattice.logProb(state.previous2, state.previous1, lattice.end) : 0)
    if (!best || score > bestScore) (best = state), (bestScore = score)
  }
  // The end-of-sentence score is added to the best state's own, as the path's score.
  if (best) best.score = bestScore
  return best
}

/** Relax the state after `state` followed by option `option` of span `span`, which writes `written`; `channel` is added after the words' scores. */
function extend(lattice: SentenceLattice, frontier: Frontier, at: number, pool: StatePool, state: PathState, written: readonly number[], channel: number, span: number, option: number): void {
  let { score, previous2, previous1 } = state
  for (const word of written) {
    score += lattice.logProb(previous2, previous1, word)
    previous2 = previous1
    previous1 = word
  }
  relax(frontier, at, pool, score + channel, previous2, previous1, state, span, option)
}

/**
 * Keep the state (score, last two words, how it was reached) unless one with the same last two words
 * scores at least as well (the earlier one wins ties, in its place). A better state overwrites the
 * one it beats in place: nothing points to a state of a later position yet, since a position's states
 * are only extended once every position before it is done.
 */
function relax(frontier: Frontier, at: number, pool: StatePool, score: number, previous2: number, previous1: number, back: PathState | undefined, span: number, option: number): void {
  const states = frontier.lists[at]!
  const size = frontier.sizes[at]!
  for (let j = 0; j < size; j++) {
    const current = states[j]!
    if (current.previous2 !== previous2 || current.previous1 !== previous1) continue
    if (score > current.score) {
      current.score = score
      current.back = back
      current.span = span
      current.option = option
    }
    return
  }
  states[size] = pool.take(score, previous2, previous1, back, span, option)
  frontier.sizes[at] = size + 1
}

function overlaps(a: LatticeSpan, b: LatticeSpan): boolean {
  return a.first <= b.last && b.first <= a.last
}
