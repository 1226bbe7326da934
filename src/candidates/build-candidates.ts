import type { Condition, ConditionDocument } from '../dictionary/condition/index.js'
import { evaluateCondition } from '../dictionary/condition/index.js'
import type { IndexedOriginal } from '../dictionary/build-index.js'
import { isDatabaseChannel } from '../dictionary/read-forward.js'
import { rankShare, roundConfidence } from '../confidence.js'
import type { Span, SpanOption } from '../pipeline.js'
import type { Token } from '../tokenize/tokenize.js'
import { INFLECTED_MATCH_FACTOR } from './prior.js'
import type { Option, SpanOptions } from './span-options.js'
import { agreeingArticle, articleBefore, needsOtherArticle } from './article.js'
import { matchCasing } from './casing.js'
import { keepLineBreaks } from './line-breaks.js'
import { composePhrases } from './compose-phrases.js'
import { composeCompounds } from './compose-compounds.js'
import type { CompoundIndex } from '../dictionary/compound-index.js'
import type { FoundMatches, Match } from './find-matches.js'
import { detectForm, inflectPhrase } from './inflect.js'

/**
 * Turn matches into spans, each with its options best prior first. Spans whose every option fails
 * its entry's `when` condition come back in `unmet` (with all their options); without
 * `conditionDocument`, conditions are not checked.
 */
export function buildCandidates(
  text: string,
  found: FoundMatches,
  conditionDocument: (() => ConditionDocument) | undefined,
  knownOriginals: ReadonlySet<string> = new Set(),
  compounds?: CompoundIndex,
  shared: SharedOriginals = 'database',
): { spans: Span[]; unmet: Span[]; sharedWithDatabase: boolean } {
  let sharedWithDatabase = false
  const bySpan = new Map<string, Match[]>()
  for (const match of found.matches) {
    const key = `${match.first}:${match.last}`
    const list = bySpan.get(key)
    if (list) list.push(match)
    else bySpan.set(key, [match])
  }
  const conditionCache = new Map<Condition, boolean>()
  const meets = (condition: Condition | undefined): boolean => {
    if (condition === undefined || conditionDocument === undefined) return true
    const cached = conditionCache.get(condition)
    if (cached !== undefined) return cached
    const met = evaluateCondition(condition, conditionDocument())
    conditionCache.set(condition, met)
    return met
  }
  const spans: SpanOptions[] = []
  const composeParts: Match[] = []
  for (const matches of bySpan.values()) {
    const { first, last } = matches[0]!
    const own = matches.filter((m) => !m.entry.compose)
    composeParts.push(...matches.filter((m) => m.entry.compose && m.first === m.last))
    if (own.length === 0) continue
    const spun = text.slice(found.words[first]!.start, found.words[last]!.end)
    const kept = keepShared(own.flatMap((m) => optionsFor(m, found.words, spun, meets)).sort(compareOptions), shared)
    if (kept.shares) sharedWithDatabase = true
    spans.push({ first, last, options: dedupe(kept.options) })
  }
  const partOptions = (match: Match) => optionsFor(match, found.words, found.words[match.first]!.text, meets)
  spans.push(...composePhrases(text, found.words, composeParts, partOptions, knownOriginals))
  if (compounds) spans.push(...composeCompounds(text, found.words, compounds, new Set(spans.map((s) => `${s.first}:${s.last}`))))
  const met: Span[] = []
  const unmet: Span[] = []
  for (const span of spans) {
    const built = toSpan(text, found.words, span)
    if (!built) continue
    if (built.conditionMet) met.push(built.span)
    else unmet.push(built.span)
  }
  return { spans: met, unmet, sharedWithDatabase }
}

function toSpan(text: string, words: readonly Token[], span: SpanOptions): { span: Span; conditionMet: boolean } | undefined {
  let { first, options } = span
  const end = words[span.last]!.end
  const spanText = text.slice(words[first]!.start, end)
  if (spanText.includes('\n')) options = options.map((o) => ({ ...o, restored: keepLineBreaks(spanText, o.restored) }))
  // Any option may be the one context picks, so the article is taken in when any of them needs
  // another ("an irregular woodland" -> "an irregular forest" or "a random forest").
  const articleAt = articleBefore(text, words, first)
  if (articleAt !== undefined && options.some((o) => needsOtherArticle(words[articleAt]!, o.restored))) {
    // The change takes in the article, so every option carries one that agrees with it; whatever
    // stands between them (a line break, markup) is kept as written.
    const article = words[articleAt]!
    const gap = text.slice(article.end, words[first]!.start)
    options = options.map((o) => ({ ...o, restored: `${agreeingArticle(article.text, o.restored)}${gap}${o.restored}` }))
    first = articleAt
  }
  const start = words[first]!.start
  const applicable = options.filter((o) => o.conditionMet)
  const chosen = applicable.length > 0 ? applicable : options
  if (chosen.length === 0) return undefined
  const spanOptions = chosen.map(({ restored, prior, entryId, source, forward }): SpanOption => ({ restored, prior, entryId, source, ...(forward ? { forward } : {}) }))
  return { span: { first, last: span.last, start, end, found: text.slice(start, end), options: spanOptions }, conditionMet: applicable.length > 0 }
}

function optionsFor(match: Match, words: readonly Token[], spun: string, meets: (c: Condition | undefined) => boolean): Option[] {
  const { entry } = match
  const conditionMet = meets(entry.condition)
  return entry.originals.flatMap((original, rank) => {
    const restored = match.exact ? original.text : reinflect(match, original, words)
    if (restored === undefined) return []
    const cased = matchCasing(spun, restored, entry.entry.spun)
    if (cased === spun) return []
    const factor = match.exact ? 1 : INFLECTED_MATCH_FACTOR
    const prior = roundConfidence(entry.entry.prior * rankShare(rank, entry.originals.length) * factor)
    const emission = entry.spinner?.emission.emission[rank]
    const forward = emission === undefined ? undefined : { channel: entry.spinner!.channel, emission: emission * factor, spunIsHeadword: entry.spinner!.emission.spunIsHeadword, ...(match.exact ? {} : { inflected: true }) }
    return [{ restored: cased, prior, entryId: entry.entry.id, source: entry.source, conditionMet, ...(forward ? { forward } : {}) }]
  })
}

/**
 * The original in the form the input uses: "burdens" matched the entry "burdened" -> "stressed"
 * through the lemma, so the original's head is put into the third person: "stresses".
 * Only one word of the window may differ from the entry's spelling; otherwise no restoration.
 */
function reinflect(match: Match, original: IndexedOriginal, words: readonly Token[]): string | undefined {
  const window = words.slice(match.first, match.last + 1)
  const differing = window.flatMap((token, j) => (token.norm === match.entry.norms[j] ? [] : [j]))
  if (differing.length !== 1) return undefined
  const j = differing[0]!
  const token = window[j]!
  const previous = words[match.first + j - 1]?.norm ?? ''
  const form = detectForm(token.norm, token.lemma, token.pos, previous)
  return form === undefined ? undefined : inflectPhrase(original.words, original.lemmas, form, token.pos)
}

function isDatabaseOption(option: Option): boolean {
  return isDatabaseChannel(option.forward?.channel)
}

function compareOptions(a: Option, b: Option): number {
  return b.prior - a.prior || compareText(a.restored, b.restored) || compareText(a.entryId, b.entryId) || compareText(a.source, b.source)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Which option is kept where a spinner database and another layer propose the same original (their
 * entries stand side by side: dictionary/build-index.ts): `database`, read forward, decided by the
 * database's rate and judge; `others`, decoded by its prior as without a database. The restorer builds
 * with `database` to estimate the rate, and again with `others` where that rate holds the database's
 * changes (`sharedOriginalsGoTo`): a text its spinner did not spin keeps the other layers' changes.
 */
export type SharedOriginals = 'database' | 'others'

/**
 * `options` less, for each original both a database and another layer propose, the option `shared`
 * does not keep; `shares`: there was such an original.
 */
function keepShared(options: Option[], shared: SharedOriginals): { options: Option[]; shares: boolean } {
  // Without a database option (every span of a restorer without a database) there is nothing to share.
  if (!options.some(isDatabaseOption)) return { options, shares: false }
  const key = (o: Option): string => o.restored.toLowerCase()
  const fromDatabase = new Set(options.filter(isDatabaseOption).map(key))
  const sharedKeys = new Set(options.filter((o) => !isDatabaseOption(o) && fromDatabase.has(key(o))).map(key))
  if (sharedKeys.size === 0) return { options, shares: false }
  return { options: options.filter((o) => !sharedKeys.has(key(o)) || isDatabaseOption(o) === (shared === 'database')), shares: true }
}

/** One option per original text, the best prior first. */
function dedupe(options: Option[]): Option[] {
  const seen = new Set<string>()
  return options.filter((o) => {
    const key = o.restored.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
