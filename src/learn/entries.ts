import type { PhraseToken } from '../dictionary/analyze-phrases.js'
import type { DictionaryEntryInput } from '../dictionary/types.js'
import { spunKey } from '../dictionary/entry-id.js'
import { detectForm, inflectPhrase } from '../candidates/inflect.js'
import type { FormIndex } from './form-index.js'
import { minedPrior } from './prior.js'
import type { Swap } from './regions.js'

/**
 * Swaps grouped into dictionary entries: one entry per spun form as the matcher sees it (its lemmas),
 * so "burdened" and "burdens" share one entry written in the more frequent spelling; the matcher finds
 * the other inflections by lemma and re-inflects the original.
 */

/** Where the counts for priors come from. */
export interface CountSources {
  /** Spun sentences that were mined (passed the alignment-quality test). */
  readonly spun: FormIndex
  /** All sentences of the original texts. */
  readonly originals: FormIndex
  /** Clean reference text, when given. */
  readonly reference: FormIndex | undefined
}

export interface EntryOptions {
  readonly minSwaps: number
  readonly minPrior: number
  readonly maxOriginals: number
  readonly cleanWeight: number | undefined
}

/** Standalone tokens of each phrase (as the restorer's index analyzes entries). */
export type Analysis = ReadonlyMap<string, readonly PhraseToken[]>

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Entries counted by key, most frequent first, then in code-point order: deterministic. */
function ranked(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((x, y) => y[1] - x[1] || byCode(x[0], y[0]))
}

function increment(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by)
}

const lemmaKey = (tokens: readonly PhraseToken[]): string => tokens.map((t) => t.lemma).join(' ')

/**
 * The original in the spelling that goes with the entry's spun form: as observed beside it, else put
 * into the spun form's inflection ("stays" chosen, "remain" seen with "stay" -> "remains"); `undefined`
 * when that cannot be done safely.
 */
function originalFor(chosen: string, swaps: readonly Swap[], analysis: Analysis): string | undefined {
  const beside = new Map<string, number>()
  for (const s of swaps) if (s.spun === chosen) increment(beside, s.original)
  if (beside.size > 0) return ranked(beside)[0]![0]
  // The most frequent observed pairing is the model (ties in code-point order: input order never matters).
  const pairings = new Map<string, number>()
  for (const s of swaps) increment(pairings, `${s.spun}\t${s.original}`)
  const [modelSpun, modelOriginal] = ranked(pairings)[0]![0].split('\t') as [string, string]
  const model = swaps.find((s) => s.spun === modelSpun && s.original === modelOriginal)!
  const tokens = model.spunTokens
  const spunTokens = analysis.get(chosen) ?? []
  const original = analysis.get(model.original) ?? []
  if (tokens.length !== 1 || spunTokens.length !== 1 || original.length === 0) return undefined
  const form = detectForm(spunTokens[0]!.norm, spunTokens[0]!.lemma, tokens[0]!.pos)
  const modelForm = detectForm(tokens[0]!.norm, tokens[0]!.lemma, tokens[0]!.pos)
  if (form === undefined || modelForm === undefined) return undefined
  if (form === modelForm) return model.original
  return inflectPhrase(model.original.split(' '), original.map((t) => t.lemma), form, tokens[0]!.pos)
}

/** Group swaps into entries with priors and notes. `excluded` holds lemma keys left to other layers. */
export function buildEntries(swaps: readonly Swap[], analysis: Analysis, counts: CountSources, excluded: ReadonlySet<string>, options: EntryOptions): { entries: DictionaryEntryInput[]; excludedForms: number; lowPrior: number } {
  const groups = new Map<string, Swap[]>()
  for (const swap of swaps) {
    const key = lemmaKey(analysis.get(swap.spun) ?? [])
    if (key === '') continue
    const list = groups.get(key)
    if (list) list.push(swap)
    else groups.set(key, [swap])
  }
  const entries: { entry: DictionaryEntryInput; swaps: number }[] = []
  let excludedForms = 0
  let lowPrior = 0
  for (const [key, group] of groups) {
    if (excluded.has(key) || group.some((s) => excluded.has(`=${spunKey(s.spun)}`))) {
      excludedForms++
      continue
    }
    if (group.length < options.minSwaps) continue
    const surfaces = new Map<string, number>()
    for (const s of group) increment(surfaces, s.spun)
    const chosen = ranked(surfaces)[0]![0]
    const byOriginal = new Map<string, Swap[]>()
    for (const s of group) {
      const k = lemmaKey(analysis.get(s.original) ?? []) || s.original.toLowerCase()
      byOriginal.set(k, [...(byOriginal.get(k) ?? []), s])
    }
    const originals: [string, number][] = []
    for (const list of byOriginal.values()) {
      const text = originalFor(chosen, list, analysis)
      if (text !== undefined && spunKey(text) !== spunKey(chosen) && !originals.some(([o]) => spunKey(o) === spunKey(text))) originals.push([text, list.length])
    }
    originals.sort((x, y) => y[1] - x[1] || byCode(x[0], y[0]))
    if (originals.length === 0) continue
    const spunTokens = analysis.get(chosen) ?? []
    const norms = spunTokens.map((t) => t.norm)
    const lemmas = spunTokens.map((t) => t.lemma)
    const spunUses = counts.spun.count(norms, lemmas)
    const cleanUses = counts.originals.count(norms, lemmas)
    const expected = counts.reference ? counts.reference.rate(norms, lemmas) * counts.spun.tokens : 0
    const prior = minedPrior({ swaps: group.length, spunUses, cleanUses, expectedCleanUses: expected, cleanWeight: options.cleanWeight })
    if (prior < options.minPrior) {
      lowPrior++
      continue
    }
    const kept = originals.slice(0, options.maxOriginals)
    const forms = ranked(surfaces).map(([s, n]) => `${s} ${n}`).join(', ')
    const note = [
      `seen ${group.length}x as a swap (${originals.map(([o, n]) => `${o} ${n}`).join(', ')})`,
      `spun forms: ${forms}`,
      `uses in mined spun sentences ${spunUses}, in originals ${cleanUses}${counts.reference ? `, expected from reference text ${expected.toFixed(2)}` : ''}`,
    ].join('; ')
    entries.push({ entry: { spun: chosen, original: kept.length === 1 ? kept[0]![0] : kept.map(([o]) => o), prior, note }, swaps: group.length })
  }
  // Two lemma groups may rarely pick spellings that differ only in case: keep the better supported.
  const unique = new Map<string, { entry: DictionaryEntryInput; swaps: number }>()
  for (const item of entries) {
    const key = spunKey(item.entry.spun)
    const earlier = unique.get(key)
    if (!earlier || item.swaps > earlier.swaps || (item.swaps === earlier.swaps && byCode(item.entry.spun, earlier.entry.spun) < 0)) unique.set(key, item)
  }
  const sorted = [...unique.values()].map((item) => item.entry).sort((x, y) => byCode(spunKey(x.spun), spunKey(y.spun)))
  return { entries: sorted, excludedForms, lowPrior }
}
