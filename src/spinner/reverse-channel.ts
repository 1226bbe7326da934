import type { DictionaryEntryInput, SpinnerEmission } from '../dictionary/types.js'
import { rankShare } from '../confidence.js'
import { shareBounds } from './share-bounds.js'
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
 * confidence (src/confidence.ts), capped at 1. With context scoring on, the decoder reads the
 * options' confidences as the channel probability against keeping the spun form. Only the forms
 * whose bound (share-bounds.ts) lets them reach minConfidence are weighed in full.
 */
export function reverseChannel(
  sets: SynonymIndex,
  parameters: ChannelParameters,
): { entries: DictionaryEntryInput[]; lines: number[]; belowMinimum: number; emissions: SpinnerEmission[] } {
  const { forms } = sets
  // Every table now: one made for a set size first met in the loops below would send their
  // optimized code back to the interpreter.
  const shares = positionShares(parameters.positionWeights, sets.largestSet - 1)
  const bounds = shareBounds(sets, shares, parameters.memberWeight)
  const wanted = formsToWeigh(bounds, parameters)
  const weights = new OriginalWeights(sets.flat(), sets.places(wanted), shares, parameters.memberWeight)
  const entries: DictionaryEntryInput[] = []
  const lines: number[] = []
  const emissions: SpinnerEmission[] = []
  let belowMinimum = 0
  for (let form = 0; form < forms.size; form++) {
    if (bounds[form] === 0) continue // memberWeight 0: a headword is never spun output
    if (wanted[form] === 0) {
      belowMinimum++
      continue
    }
    weights.read(form)
    const { weight, swap, keep } = weights
    const top = topOriginals(weights, parameters.maxOriginals)
    const best = weight[top[0]!]!
    const confidence = parameters.maxConfidence * (swap / (swap + keep)) * (best / swap)
    if (confidence < parameters.minConfidence) {
      belowMinimum++
      continue
    }
    // Heaviest first, so the originals heavy enough to list are the first `ranked`.
    let ranked = top.length
    while (weight[top[ranked - 1]!]! < MIN_WEIGHT_RATIO * best) ranked--
    const original: string[] = []
    const emission: number[] = []
    for (let r = 0; r < ranked; r++) {
      original.push(forms.text(top[r]!))
      emission.push(weight[top[r]!]!)
    }
    emissions.push({ emission, spunIsHeadword: weights.headed })
    const prior = Math.min(1, Math.max(0.001, Math.round((confidence / rankShare(0, ranked)) * 10000) / 10000))
    entries.push({ spun: forms.text(form), original, prior })
    lines.push(forms.firstLine(form))
  }
  return { entries, lines, belowMinimum, emissions }
}

/**
 * 1 for each form whose bound lets it reach minConfidence, 0 for the others. (A loop of its own: a
 * second long loop in the caller, not yet run when V8 optimizes this one, would be sent back to the
 * interpreter.)
 */
function formsToWeigh(bounds: Float64Array, parameters: ChannelParameters): Uint8Array {
  // The bound adds the weights in another order than `read`, so it may be a rounding error off:
  // the margin keeps a form that reaches minConfidence exactly from being left out.
  const floor = parameters.minConfidence * (1 - 1e-9)
  const wanted = new Uint8Array(bounds.length)
  for (let form = 0; form < bounds.length; form++) wanted[form] = bounds[form]! > 0 && parameters.maxConfidence * bounds[form]! >= floor ? 1 : 0
  return wanted
}

/**
 * The weight of each original of one spun form at a time, on arrays reused from form to form: a
 * 10 MB database has about eleven million (form, original) meetings, so this is the channel's inner
 * loop.
 */
class OriginalWeights {
  /** Weight of each original met for the current form (other entries are stale). */
  readonly weight: Float64Array
  /** Originals met for the current form, in the order first met. */
  readonly touched: Int32Array
  count = 0
  swap = 0
  keep = 0
  /** The current form heads a line. */
  headed = false
  private readonly stamp: Int32Array // which form last met each original, plus one
  private form = -1

  constructor(
    private readonly sets: { ids: Int32Array; lineStart: Int32Array },
    private readonly places: { start: Int32Array; line: Int32Array },
    private readonly shares: (count: number) => Float64Array,
    private readonly memberWeight: number,
  ) {
    const forms = places.start.length - 1
    this.weight = new Float64Array(forms)
    this.touched = new Int32Array(forms)
    this.stamp = new Int32Array(forms)
  }

  /** Sum the weights of every original of `form` over the sets it is in. */
  read(form: number): void {
    const { ids, lineStart } = this.sets
    const { start, line } = this.places
    this.form = form
    this.count = 0
    this.swap = 0
    this.keep = 0
    this.headed = false
    for (let p = start[form]!; p < start[form + 1]!; p++) {
      const first = lineStart[line[p]!]!
      const n = lineStart[line[p]! + 1]! - first
      const i = positionOf(form, ids, first)
      // The headword is the original with weight 1; the other members share memberWeight between
      // them, so a long line does not outweigh its own headword.
      const member = this.memberWeight / (n - 1)
      // share[k]: the form is at 1-based position k + 1 among the members other than the original,
      // so it is at i among the originals before it and at i + 1 among those after it.
      const share = this.shares(n - 1)
      this.keep += i === 0 ? 1 : member
      if (i === 0) this.headed = true
      if (i > 0) {
        this.add(ids[first]!, share[i - 1]!)
        const before = member * share[i - 1]!
        for (let j = 1; j < i; j++) this.add(ids[first + j]!, before)
      }
      if (i + 1 < n) {
        const after = member * share[i]!
        for (let j = i + 1; j < n; j++) this.add(ids[first + j]!, after)
      }
    }
  }

  private add(original: number, w: number): void {
    if (this.stamp[original] !== this.form + 1) {
      this.stamp[original] = this.form + 1
      this.weight[original] = 0
      this.touched[this.count++] = original
    }
    this.weight[original]! += w
    this.swap += w
  }
}

/** Where `form` is in the set whose members begin at `ids[first]`. */
function positionOf(form: number, ids: Int32Array, first: number): number {
  let k = first
  while (ids[k] !== form) k++
  return k - first
}

/**
 * The `k` heaviest originals with a weight above 0, heaviest first; equal weights keep the order first
 * met, so the result is deterministic. Insertion into a list of at most `k`: lines are short and `k`
 * small, and sorting every form's whole list was most of the load time.
 */
function topOriginals({ touched, count, weight }: OriginalWeights, k: number): number[] {
  const top: number[] = []
  for (let t = 0; t < count; t++) {
    const o = touched[t]!
    const w = weight[o]!
    if (w <= 0 || (top.length === k && w <= weight[top[k - 1]!]!)) continue
    // Make room at the end (dropping the lightest when the list is full), then move o up past the
    // lighter ones.
    let at = top.length < k ? top.push(o) - 1 : k - 1
    for (; at > 0 && weight[top[at - 1]!]! < w; at--) top[at] = top[at - 1]!
    top[at] = o
  }
  return top
}
