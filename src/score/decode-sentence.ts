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
}

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
const END = '</s>'

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
  if (spans.length === 0) return []
  const search = (forcedSpan: number, forcedOption: number) => viterbi(words, spans, lm, weights, edges, forcedSpan, forcedOption)
  const best = search(-1, 0)
  return spans.map((span, s) => {
    const scores = [-1, ...span.options.map((_, k) => k)].map((forced) => search(s, forced).score)
    const top = Math.max(...scores)
    const exp = scores.map((x) => Math.exp(x - top))
    const total = exp.reduce((a, b) => a + b, 0)
    return { chosen: best.choices[s]!, posteriors: exp.map((x) => x / total) }
  })
}

interface PathState {
  score: number
  previous2: string
  previous1: string
  choices: number[]
}

/**
 * Best path over positions 0..n. `forcedSpan`/`forcedOption`: when `forcedSpan >= 0`, that span must
 * take `forcedOption` (-1 = must stay as written: no span covering its words may be taken).
 * States are kept per (position, last two words), which is exact for a trigram model.
 */
function viterbi(
  words: readonly string[],
  spans: readonly LatticeSpan[],
  lm: TrigramScorer,
  weights: DecodeWeights,
  edges: WindowEdges,
  forcedSpan: number,
  forcedOption: number,
): PathState {
  const n = words.length
  const startsAt: number[][] = Array.from({ length: n }, () => [])
  spans.forEach((span, s) => startsAt[span.first]!.push(s))
  const forced = forcedSpan >= 0 ? spans[forcedSpan]! : undefined
  const mustKeep = (i: number) => forced !== undefined && forcedOption === -1 && i >= forced.first && i <= forced.last
  const frontier: Map<string, PathState>[] = Array.from({ length: n + 1 }, () => new Map())
  // Inside a sentence the window's first words are fixed context: their scores are the same on
  // every path, so starting them from <s> changes no decision.
  frontier[0]!.set(`${START}\u0000${START}`, { score: 0, previous2: START, previous1: START, choices: spans.map(() => -1) })
  for (let i = 0; i < n; i++) {
    for (const state of frontier[i]!.values()) {
      // Take a span starting here, unless the forced span covers this position with another choice.
      for (const s of startsAt[i]!) {
        const span = spans[s]!
        if (forced !== undefined && s !== forcedSpan && overlaps(span, forced)) continue
        if (mustKeep(i)) continue
        span.options.forEach((option, k) => {
          if (s === forcedSpan && k !== forcedOption) return
          const next = extend(state, option.words, lm)
          next.score += weights.channel * option.channel
          next.choices = state.choices.slice()
          next.choices[s] = k
          relax(frontier[span.last + 1]!, next)
        })
      }
      // Or write the word as it is, unless the forced span must change here.
      if (forced !== undefined && forcedOption >= 0 && i === forced.first) continue
      relax(frontier[i + 1]!, extend(state, [words[i]!], lm))
    }
  }
  let best: PathState | undefined
  for (const state of frontier[n]!.values()) {
    const score = state.score + (edges.atEnd ? lm.logProb(state.previous2, state.previous1, END) : 0)
    if (!best || score > best.score) best = { ...state, score }
  }
  return best ?? { score: -Infinity, previous2: START, previous1: START, choices: spans.map(() => -1) }
}

function extend(state: PathState, written: readonly string[], lm: TrigramScorer): PathState {
  let { score, previous2, previous1 } = state
  for (const word of written) {
    score += lm.logProb(previous2, previous1, word)
    previous2 = previous1
    previous1 = word
  }
  return { score, previous2, previous1, choices: state.choices }
}

function relax(states: Map<string, PathState>, candidate: PathState): void {
  const key = `${candidate.previous2}\u0000${candidate.previous1}`
  const current = states.get(key)
  if (!current || candidate.score > current.score) states.set(key, candidate)
}

function overlaps(a: LatticeSpan, b: LatticeSpan): boolean {
  return a.first <= b.last && b.first <= a.last
}
