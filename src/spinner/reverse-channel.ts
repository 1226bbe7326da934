import type { DictionaryEntryInput } from '../dictionary/types.js'
import { rankShare } from '../score/confidence.js'
import type { SynonymIndex } from './synonym-index.js'
import { MIN_WEIGHT_RATIO, positionShares } from './weights.js'

/** The numbers of the channel (defaults in weights.ts). */
export interface ChannelParameters {
  readonly positionWeights: readonly number[]
  readonly memberWeight: number
  readonly maxConfidence: number
  readonly maxOriginals: number
  /** Spun forms whose best original would get less confidence than this are left out. */
  readonly minConfidence: number
}

/**
 * Read synonym sets in reverse: for each spun form S, the candidate originals are the other members
 * of every set holding S. A spinner that meets original O on a line swaps it for another member,
 * mostly an early one, so P(S | O) = the share of S's position among the line's members other than O,
 * times 1 for a headword original and memberWeight / (members - 1) for another member. Summed over
 * lines, this gives each original's weight (the entry lists originals by weight, which is how the
 * restorer ranks them) and the form's swap mass; `keep` is how often S is itself a word the spinner
 * would start from. Confidence of the best original = maxConfidence x swap / (swap + keep) x its
 * share of the swap mass; the entry's prior is set so that prior x rankShare(0, n) gives that
 * confidence (src/score/confidence.ts), capped at 1. With context scoring on, the decoder reads the
 * options' confidences as the channel probability against keeping the spun form.
 */
export function reverseChannel(
  sets: SynonymIndex,
  parameters: ChannelParameters,
): { entries: DictionaryEntryInput[]; lines: number[]; belowMinimum: number } {
  const shares = positionShares(parameters.positionWeights)
  const { texts, firstLine } = sets.forms
  const { ids, lineStart, postings } = sets.layout()
  const weight = new Float64Array(texts.length) // scratch: weight of each original of the current form
  const stamp = new Int32Array(texts.length).fill(-1) // which form last touched each original
  const touched = new Int32Array(texts.length) // originals of the current form, in the order first met
  const entries: DictionaryEntryInput[] = []
  const lines: number[] = []
  let belowMinimum = 0
  for (let form = 0; form < texts.length; form++) {
    let swap = 0
    let keep = 0
    let count = 0
    for (let p = postings.start[form]!; p < postings.start[form + 1]!; p++) {
      const line = postings.line[p]!
      const i = postings.position[p]!
      const first = lineStart[line]!
      const n = lineStart[line + 1]! - first
      // The headword is the original with weight 1; the other members share memberWeight between
      // them, so a long line does not outweigh its own headword.
      const member = parameters.memberWeight / (n - 1)
      const share = shares(n - 1)
      keep += i === 0 ? 1 : member
      for (let j = 0; j < n; j++) {
        if (j === i) continue
        const original = ids[first + j]!
        // share[k]: the form is at 1-based position k + 1 among the members other than the original.
        const w = (j === 0 ? 1 : member) * share[i < j ? i : i - 1]!
        if (stamp[original] !== form) {
          stamp[original] = form
          weight[original] = 0
          touched[count++] = original
        }
        weight[original]! += w
        swap += w
      }
    }
    const top = topOriginals(touched, count, weight, parameters.maxOriginals)
    const best = top[0]
    if (best === undefined) continue // memberWeight 0: a headword is never spun output
    const ranked = top.filter((o) => weight[o]! >= MIN_WEIGHT_RATIO * weight[best]!)
    const confidence = parameters.maxConfidence * (swap / (swap + keep)) * (weight[best]! / swap)
    if (confidence < parameters.minConfidence) {
      belowMinimum++
      continue
    }
    const prior = Math.min(1, Math.max(0.001, Math.round((confidence / rankShare(0, ranked.length)) * 10000) / 10000))
    entries.push({ spun: texts[form]!, original: ranked.map((o) => texts[o]!), prior })
    lines.push(firstLine[form]!)
  }
  return { entries, lines, belowMinimum }
}

/**
 * The `k` heaviest originals with a weight above 0, heaviest first; equal weights keep the order first
 * met, so the result is deterministic. Insertion into a list of at most `k`: lines are short and `k`
 * small, and sorting every form's whole list was most of the load time.
 */
function topOriginals(touched: Int32Array, count: number, weight: Float64Array, k: number): number[] {
  const top: number[] = []
  for (let t = 0; t < count; t++) {
    const o = touched[t]!
    const w = weight[o]!
    if (w <= 0 || (top.length === k && w <= weight[top[k - 1]!]!)) continue
    let at = top.length
    while (at > 0 && weight[top[at - 1]!]! < w) at--
    top.splice(at, 0, o)
    if (top.length > k) top.pop()
  }
  return top
}
