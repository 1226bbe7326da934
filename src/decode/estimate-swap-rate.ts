/**
 * The document's swap rate under a loaded spinner database: how often its spinner swapped a headword
 * it met. Read forward, a spinner keeps a headword with probability 1 - r and otherwise writes one of
 * its line's synonyms, so a document's likelihood under r is the best path of every sentence with
 * each database option's channel raised by ln r (less ln(1 - r) where the spun form is itself a
 * headword), times (1 - r) for every headword token of the document. In a spun copy few known
 * headwords survive and many synonyms read better as their headwords, so r comes out high; in clean
 * text every headword survives and r comes out near 0. The rate is chosen on a grid, best likelihood.
 */
import { bestPathScore, type ChannelBonus, type LatticeOption } from './decode-sentence.js'
import { channelKind } from '../dictionary/read-forward.js'
import type { SpinnerChannel } from '../dictionary/types.js'
import type { ContextLattices, ScoredCluster, SpanCluster } from './score-lattices.js'

/** Rates a document's swap rate is chosen among; the first of equally likely ones wins. */
export const SWAP_RATE_GRID: readonly number[] = Object.freeze([0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95])

// Headwords counted as kept before the document is read: a weak prior towards a low rate, so that a
// short text with one or two database forms in it is not judged spun on their word alone.
// Set by judgement, not tuned: with it the news-dev rates separate at RATE_CLEAN_BELOW (spun copies
// 0.20-0.75, originals 0.005-0.10; document/spin-score.ts), and simulated spun copies score 0.35-0.95.
const PRIOR_KEPT_HEADWORDS = 2

/**
 * Swap rates of a document: `primary` (the spinner databases', or without one the learned tables':
 * `primaryRateGroup`), a fallback thesaurus's, and, with a database loaded, the learned tables'.
 */
export interface SwapRates {
  readonly primary?: number
  readonly fallback?: number
  readonly learned?: number
}

/**
 * The channel bonus of options read forward at the document's rates (a fallback thesaurus's options at
 * its own rate); `others` for every other option.
 */
export function forwardBonus(rates: SwapRates, others = 0): ChannelBonus {
  return (option) => {
    const forward = option.forward
    if (!forward || forward.verdictChannel !== undefined) return others
    const rate = forward.fallback ? rates.fallback : rates.primary
    return rate === undefined ? 0 : rateShift(rate, forward.spunIsHeadword)
  }
}

/** ln r, less ln(1 - r) where the spun form is a headword that would itself have been swapped at rate r. */
function rateShift(rate: number, spunIsHeadword: boolean): number {
  return Math.log(rate) - (spunIsHeadword ? Math.log(1 - rate) : 0)
}

/**
 * The channels a swap rate is estimated over, by kind (`channelKind`): the spinner databases, the
 * learned tables, or a fallback thesaurus. Each kind models other spinners, so each has its own rate:
 * a text one database's spinner did not spin may still look spun to the learned tables, and the other
 * way round. The document's `primary` rate is the databases' when one is loaded, else the learned
 * tables' (`primaryRateGroup`).
 */
export type RateGroup = ReturnType<typeof channelKind>

/** Which of a document's `SwapRates` a rate is. */
export type RateSlot = keyof SwapRates

/** The group whose rate is a document's `primary` one: the databases' when one is loaded (it decodes their options and finds the text spun), else the learned tables'. */
export function primaryRateGroup(databaseLoaded: boolean): RateGroup {
  return databaseLoaded ? 'database' : 'learned'
}

/** Whether an option read forward belongs to `group`. */
function optionInGroup(forward: NonNullable<LatticeOption['forward']>, group: RateGroup): boolean {
  if (forward.verdictChannel !== undefined) return group === 'learned'
  return forward.fallback === true ? group === 'fallback' : group === 'database'
}

/**
 * For estimating one group's rate: its forward options (verdict-only ones included) scored by their
 * forward channel at `rate`; the other groups' forward options left out of the paths.
 */
function rateBonus(rate: number, group: RateGroup): ChannelBonus {
  return (option) => {
    if (!option.forward) return 0
    if (!optionInGroup(option.forward, group)) return -Infinity
    const shift = rateShift(rate, option.forward.spunIsHeadword)
    return option.forward.verdictChannel === undefined ? shift : option.forward.verdictChannel - option.channel + shift
  }
}

// Rates tried first; the best of them is then refined at the midpoints towards its neighbours on
// SWAP_RATE_GRID. Seven searches per cluster instead of one per grid rate (restoring spent about 40% of
// its time here with the full grid), and the same verdict at DATABASE_RATE_FROM and RATE_CLEAN_BELOW.
const COARSE_RATES: readonly number[] = Object.freeze([0.01, 0.1, 0.3, 0.55, 0.8])
// Clusters read for the rate at most: a long document is sampled (every k-th cluster, its headword count
// scaled by 1/k), since its rate is a property of the whole and a few hundred clusters measure it.
const MAX_RATE_CLUSTERS = 256

/**
 * The most likely swap rate of a document with `headwordTokens` tokens that head a line of the group's
 * channels, given its lattices (`scoreLattices`); `undefined` when no span has an option of the group.
 * `group`: which channels (`RateGroup`).
 */
export function estimateSwapRate(lattices: ContextLattices, headwordTokens: number, group: RateGroup): number | undefined {
  const weights = { channel: lattices.settings.channelWeight }
  const inGroup = (o: LatticeOption) => o.forward !== undefined && optionInGroup(o.forward, group)
  const all = lattices.clusters.filter(({ sentence }) => sentence.spans.some((span) => span.options.some(inGroup)))
  if (all.length === 0) return undefined
  const step = rateSampleStep(all.length)
  const clusters = step === 1 ? all : all.filter((_, i) => i % step === 0)
  return rateFromScores(headwordTokens, clusters.length, all.length, (rate, score) => {
    const bonus = rateBonus(rate, group)
    for (const { cluster, sentence } of clusters) score += bestPathScore(sentence, weights, cluster, bonus)
    return score
  })
}

/** Every how many of a document's `groupClusters` clusters with an option of the group one is read for its rate. */
export function rateSampleStep(groupClusters: number): number {
  return Math.ceil(groupClusters / MAX_RATE_CLUSTERS)
}

/**
 * Whether a cluster has an option of the group: read forward by one of `spinners` (as `scoreLattices`
 * marks options), from a channel of the group's kind. Read before scoring.
 */
export function clusterInRateGroup(cluster: SpanCluster, spinners: ReadonlySet<SpinnerChannel> | undefined, group: RateGroup): boolean {
  return cluster.members.some((span) => span.options.some((o) => o.forward !== undefined && spinners?.has(o.forward.channel) === true && channelKind(o.forward.channel) === group))
}


/** The best path score of one sampled cluster at every rate of `RATES_TRIED`, in that order. */
export function clusterRateScores({ cluster, sentence }: ScoredCluster, channelWeight: number, group: RateGroup): Float64Array {
  const weights = { channel: channelWeight }
  return Float64Array.from(RATES_TRIED, (rate) => bestPathScore(sentence, weights, cluster, rateBonus(rate, group)))
}

/**
 * The rate from the sampled clusters' scores, `addScores(rate, start)` adding each sampled cluster's
 * best path score at `rate` to `start` in document order (so a windowed restore, which keeps the
 * scores, adds the same numbers in the same order as the whole-text call).
 */
export function rateFromScores(headwordTokens: number, sampled: number, all: number, addScores: (rate: number, start: number) => number): number {
  const kept = (headwordTokens * sampled) / all + PRIOR_KEPT_HEADWORDS
  const tried = new Map<number, number>()
  const at = (rate: number): number => {
    let score = tried.get(rate)
    if (score === undefined) tried.set(rate, (score = addScores(rate, kept * Math.log(1 - rate))))
    return score
  }
  let best = COARSE_RATES[0]!
  for (const rate of COARSE_RATES) if (at(rate) > at(best)) best = rate
  // Refine between the best coarse rate and its coarse neighbours, on the grid.
  const i = COARSE_RATES.indexOf(best)
  for (const neighbour of [COARSE_RATES[i - 1], COARSE_RATES[i + 1]]) {
    if (neighbour === undefined) continue
    const middle = middleRate(best, neighbour)
    if (middle !== undefined && at(middle) > at(best)) best = middle
  }
  return best
}

/** The grid rate halfway between two coarse rates (the same either way round). */
function middleRate(a: number, b: number): number | undefined {
  const between = SWAP_RATE_GRID.filter((r) => (r - a) * (r - b) < 0)
  return between[Math.floor(between.length / 2)]
}

/** Every rate `rateFromScores` may try: the coarse rates and the middles between neighbours. */
export const RATES_TRIED: readonly number[] = Object.freeze([
  ...COARSE_RATES,
  ...COARSE_RATES.slice(1).flatMap((rate, i) => middleRate(COARSE_RATES[i]!, rate) ?? []),
])
