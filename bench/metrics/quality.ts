/**
 * Restoration quality per DESIGN section 6: ERR, token-level change precision, strict region
 * precision/recall, and false changes on clean text. Per-document functions return raw counts; sum them
 * with `aggregate` (documents weigh by their counts, not equally).
 */
import { diffTokens, opcodeDistance, type Opcode } from './align.js'
import { isWordToken, scoreTokens } from './normalize.js'

/** Text, or tokens already produced by `scoreTokens`. */
export type TextOrTokens = string | readonly string[]

/** Summable counts for one or more documents. */
export interface Counts {
  /** Number of documents summed. */
  docs: number
  /** Token distance spun -> original. */
  distSpun: number
  /** Token distance restored -> original. */
  distRestored: number
  /** Tokens the system wrote: b side of replace/insert opcodes of diff(spun -> restored). */
  written: number
  /** Written tokens lying in equal blocks of diff(restored -> original). */
  correct: number
  /** Non-equal opcodes of diff(spun -> restored). */
  systemRegions: number
  /** Non-equal opcodes of diff(spun -> original). */
  goldRegions: number
  /** System regions with the same spun span and the same replacement tokens as a gold region. */
  correctRegions: number
  /** Regions changed in clean text (non-equal opcodes of diff(clean -> restored clean)). */
  falseChanges: number
  /** Word tokens of the clean text (denominator for false changes). */
  cleanWords: number
}

/** Derived figures; `null` where the denominator is 0 (printed as "n/a"). */
export interface Summary extends Counts {
  /** 1 - distRestored / distSpun. */
  err: number | null
  /** correct / written. */
  changePrecision: number | null
  /** correctRegions / systemRegions. */
  regionPrecision: number | null
  /** correctRegions / goldRegions. */
  regionRecall: number | null
  /** 1000 * falseChanges / cleanWords. */
  falseChangesPer1000: number | null
}

/** All-zero counts. */
export function emptyCounts(): Counts {
  return {
    docs: 0, distSpun: 0, distRestored: 0, written: 0, correct: 0,
    systemRegions: 0, goldRegions: 0, correctRegions: 0, falseChanges: 0, cleanWords: 0,
  }
}

function toks(x: TextOrTokens): readonly string[] {
  return typeof x === 'string' ? scoreTokens(x) : x
}

function nonEqual(ops: readonly Opcode[]): Opcode[] {
  return ops.filter((op) => op.tag !== 'equal')
}

function regionKey(op: Opcode, b: readonly string[]): string {
  return `${op.aStart}:${op.aEnd}:${b.slice(op.bStart, op.bEnd).join('\u0000')}`
}

function precisionFromOps(sr: readonly Opcode[], ro: readonly Opcode[], rLength: number): { written: number; correct: number } {
  const matched = new Uint8Array(rLength)
  for (const op of ro) if (op.tag === 'equal') matched.fill(1, op.aStart, op.aEnd)
  let written = 0
  let correct = 0
  for (const op of nonEqual(sr)) {
    for (let k = op.bStart; k < op.bEnd; k++) {
      written++
      correct += matched[k]!
    }
  }
  return { written, correct }
}

function regionsFromOps(
  so: readonly Opcode[], sr: readonly Opcode[], o: readonly string[], r: readonly string[],
): { systemRegions: number; goldRegions: number; correctRegions: number } {
  const gold = nonEqual(so)
  const system = nonEqual(sr)
  const goldKeys = new Set(gold.map((op) => regionKey(op, o)))
  const correctRegions = system.filter((op) => goldKeys.has(regionKey(op, r))).length
  return { systemRegions: system.length, goldRegions: gold.length, correctRegions }
}

/**
 * Change precision counts: tokens of `restored` written by the system (b side of non-equal opcodes of
 * diff(spun -> restored)) and how many of them lie in equal blocks of diff(restored -> original).
 */
export function changePrecisionCounts(
  spun: TextOrTokens, restored: TextOrTokens, original: TextOrTokens,
): { written: number; correct: number } {
  const r = toks(restored)
  return precisionFromOps(diffTokens(toks(spun), r), diffTokens(r, toks(original)), r.length)
}

/**
 * Strict region counts: gold regions = non-equal opcodes of diff(spun -> original), system regions =
 * non-equal opcodes of diff(spun -> restored); a system region is correct when a gold region has the
 * same spun span [aStart, aEnd) and the same replacement tokens.
 */
export function regionCounts(
  spun: TextOrTokens, restored: TextOrTokens, original: TextOrTokens,
): { systemRegions: number; goldRegions: number; correctRegions: number } {
  const s = toks(spun)
  const r = toks(restored)
  const o = toks(original)
  return regionsFromOps(diffTokens(s, o), diffTokens(s, r), o, r)
}

/** All counts for one (spun, restored, original) document; the clean-text fields stay 0. */
export function scoreDocument(doc: {
  spun: TextOrTokens
  restored: TextOrTokens
  original: TextOrTokens
}): Counts {
  const s = toks(doc.spun)
  const r = toks(doc.restored)
  const o = toks(doc.original)
  const so = diffTokens(s, o)
  const sr = diffTokens(s, r)
  const ro = diffTokens(r, o)
  return {
    ...emptyCounts(),
    docs: 1,
    distSpun: opcodeDistance(so),
    distRestored: opcodeDistance(ro),
    ...precisionFromOps(sr, ro, r.length),
    ...regionsFromOps(so, sr, o, r),
  }
}

/** Number of regions changed when restoring clean text: non-equal opcodes of diff(clean -> restored). */
export function falseChanges(cleanText: TextOrTokens, restoredCleanText: TextOrTokens): number {
  return nonEqual(diffTokens(toks(cleanText), toks(restoredCleanText))).length
}

/** Number of word tokens (scoring tokens containing a letter or digit; `don't` counts 2). */
export function words(text: TextOrTokens): number {
  return toks(text).filter(isWordToken).length
}

/** Clean-text counts for one document (only `docs`, `falseChanges`, `cleanWords` set). */
export function scoreClean(cleanText: TextOrTokens, restoredCleanText: TextOrTokens): Counts {
  const c = toks(cleanText)
  return { ...emptyCounts(), docs: 1, falseChanges: falseChanges(c, restoredCleanText), cleanWords: words(c) }
}

/** `num / den`, or null when `den` is 0. */
export function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den
}

/** Sum counts over documents and derive the rates (null where a denominator is 0). */
export function aggregate(list: readonly Partial<Counts>[]): Summary {
  const sum = emptyCounts()
  const keys = Object.keys(sum) as (keyof Counts)[]
  for (const c of list) for (const k of keys) sum[k] += c[k] ?? 0
  const errRatio = ratio(sum.distRestored, sum.distSpun)
  const per = ratio(sum.falseChanges, sum.cleanWords)
  return {
    ...sum,
    err: errRatio === null ? null : 1 - errRatio,
    changePrecision: ratio(sum.correct, sum.written),
    regionPrecision: ratio(sum.correctRegions, sum.systemRegions),
    regionRecall: ratio(sum.correctRegions, sum.goldRegions),
    falseChangesPer1000: per === null ? null : 1000 * per,
  }
}
