/**
 * The document's swap rate under a loaded spinner database: how often its spinner swapped a headword
 * it met. Read forward, a spinner keeps a headword with probability 1 - r and otherwise writes one of
 * its line's synonyms, so a document's likelihood under r is the best path of every sentence with
 * each database option's channel raised by ln r (less ln(1 - r) where the spun form is itself a
 * headword), times (1 - r) for every headword token of the document. In a spun copy few known
 * headwords survive and many synonyms read better as their headwords, so r comes out high; in clean
 * text every headword survives and r comes out near 0. The rate is chosen on a grid, best likelihood.
 */
import { bestPathScore, type ChannelBonus } from './decode-sentence.js'
import type { ContextLattices } from './score-lattices.js'

/** Rates tried, in order; the first of equally likely ones wins (the lowest: the cautious one). */
export const SWAP_RATE_GRID: readonly number[] = Object.freeze([0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95])

// Headwords counted as kept before the document is read: a weak prior towards a low rate, so that a
// short text with one or two database forms in it is not judged spun on their word alone.
// Tuning: see DATABASE_RATE_FROM in document/spin-score.ts.
const PRIOR_KEPT_HEADWORDS = 2

/** The channel bonus of database options at swap rate `rate` (other options: none). */
export function forwardBonus(rate: number, others = 0): ChannelBonus {
  const swap = Math.log(rate)
  const keep = Math.log(1 - rate)
  return (option) => (option.forward && option.forward.verdictChannel === undefined ? swap - (option.forward.spunIsHeadword ? keep : 0) : others)
}

/** For estimating the rate: every forward option, verdict-only ones included, scored by its forward channel at `rate`. */
function rateBonus(rate: number): ChannelBonus {
  const swap = Math.log(rate)
  const keep = Math.log(1 - rate)
  return (option) => {
    if (!option.forward) return 0
    const shift = swap - (option.forward.spunIsHeadword ? keep : 0)
    return option.forward.verdictChannel === undefined ? shift : option.forward.verdictChannel - option.channel + shift
  }
}

/**
 * The most likely swap rate of a document with `headwordTokens` tokens that head a line of the loaded
 * database(s), given its lattices (`scoreLattices`); `undefined` when no span has a database option.
 */
export function estimateSwapRate(lattices: ContextLattices, headwordTokens: number): number | undefined {
  const weights = { channel: lattices.settings.channelWeight }
  const clusters = lattices.clusters.filter(({ sentence }) => sentence.spans.some((span) => span.options.some((o) => o.forward)))
  if (clusters.length === 0) return undefined
  let best = SWAP_RATE_GRID[0]!
  let bestScore = -Infinity
  for (const rate of SWAP_RATE_GRID) {
    const bonus = rateBonus(rate)
    let score = (headwordTokens + PRIOR_KEPT_HEADWORDS) * Math.log(1 - rate)
    for (const { cluster, sentence } of clusters) score += bestPathScore(sentence, weights, cluster, bonus)
    if (score > bestScore) {
      bestScore = score
      best = rate
    }
  }
  return best
}
