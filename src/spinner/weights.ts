/**
 * The numbers of the spinner channel, in one place.
 *
 * Where they come from: ../shared/DESIGN.md section 4 reports, for one commercial spinner's synonym
 * database checked against real spun news, that "the spinner picks the first or second synonym about
 * three times in four". We have no such database here, so the split between the first and the second
 * synonym (0.45 / 0.30) and the decay after them are our reading of that figure, not a fit: they sum
 * to 0.75 for positions 1-2 and the remaining 0.25 halves at each later position (0.125, 0.0625, ...).
 * They are normalized over the synonyms each line has (`positionShares`): on a line of four synonyms,
 * positions 1-2 get 0.75 / 0.9375 = 0.8.
 * `npx tsx bench/spinner-db.ts` with `UNSPIN_SPINNER_DB=<your database>` estimates them from the
 * aligned swaps of news-dev and prints values to pass as `positionWeights` / `memberWeight`.
 */

/** Weight of the synonym at position 1, 2, ... of a line (position 0 is the headword). */
export const DEFAULT_POSITION_WEIGHTS: readonly number[] = Object.freeze([0.45, 0.3])

/** Each position after the listed ones gets this share of the one before it. */
const POSITION_DECAY = 0.5

/**
 * Weight of a line's other members, together, as the original, relative to its headword (1); each
 * member gets an equal part. Spinners such as The Best Spinner use lines symmetrically (any member can
 * be swapped for any other), but databases keyed by headword list most words on a line of their own,
 * so the headword is the likelier original. Judgement, not fitted: the bench prints the share h of
 * news-dev swaps whose original was the headword, and (1 - h) / h as the matching value.
 */
export const DEFAULT_MEMBER_WEIGHT = 0.5

/**
 * Highest confidence a spinner-database candidate can get without context: even a form that only
 * appears as a synonym is sometimes the writer's own word.
 */
export const DEFAULT_MAX_CONFIDENCE = 0.9

/** Originals kept per spun form, best first; later ones would get a negligible share anyway. */
export const DEFAULT_MAX_ORIGINALS = 8

/**
 * Originals lighter than this share of the best one's weight are dropped. The restorer shares an
 * entry's prior among its originals as 1, 1/2, 1/3 ... whatever their weights, so a tail of unlikely
 * originals would cap the best one's confidence (at 0.37 with 8 originals) below what the channel says.
 */
export const MIN_WEIGHT_RATIO = 0.25

/**
 * Spun forms whose best original would get less confidence than this are left out. They are mostly
 * headwords ("said" on a line of five synonyms gets about 0.03), never applied at a usable threshold:
 * they would only fill `skipped` and cost index time. Also common words listed on many lines, whose
 * swap mass is spread thin ("creature" on a dozen lines of a 12,000-line database): the forward judge,
 * not this number, says whether such a form is a swap here, so the cut is low. At 0.1 instead, 4% of
 * simulated swaps had no candidate at all (bench:sim, 30,000 words: ERR 0.535 -> 0.556 at 0.05, change
 * precision 0.861 -> 0.856, the judge refitted). On a 10 MB Moby-based test database 63,000 forms are
 * kept at 0.05 against 41,000 at 0.1, and loading takes about 30% longer.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.05

/** Members longer than this many words are skipped (spintax sentences, not synonyms). */
export const DEFAULT_MAX_WORDS = 6

/**
 * Shares of the synonyms at positions 1..count among `count` candidate synonyms, normalized over
 * the line: a spinner picks one of the synonyms the line actually has, so a two-synonym line gives
 * 0.45 / 0.75 = 0.6 to its first synonym. Returns a function that caches one table per `count`;
 * `table[position - 1]` is the share. The tables for counts up to `upTo` are made at once, for
 * callers whose hot loops should not stop to make one.
 */
export function positionShares(weights: readonly number[], upTo = 0): (count: number) => Float64Array {
  const tables: Float64Array[] = []
  const shares = (count: number): Float64Array => {
    let table = tables[count]
    if (!table) {
      const raw = Float64Array.from({ length: count }, (_, k) => rawWeight(k + 1, weights))
      const total = raw.reduce((sum, w) => sum + w, 0)
      table = tables[count] = raw.map((w) => (total > 0 ? w / total : 0))
    }
    return table
  }
  for (let count = 1; count <= upTo; count++) shares(count)
  return shares
}

/** Unnormalized weight of a 1-based position: the listed weight, then decaying. */
function rawWeight(position: number, weights: readonly number[]): number {
  if (position <= weights.length) return weights[position - 1]!
  // After the listed weights: what remains of 1, halved at each position (0.125, 0.0625 ... for the
  // defaults); when the listed ones already sum to 1 or more, the last listed weight keeps halving.
  const listed = weights.reduce((sum, w) => sum + w, 0)
  const start = listed < 1 ? 1 - listed : (weights[weights.length - 1] ?? 1)
  return start * POSITION_DECAY ** (position - weights.length)
}
