/**
 * How many tortured phrases nobody listed become restorable from PPS word pairs (issue 4, item 3).
 * k-fold over the tortured-phrases entries (fold = FNV-1a of the id, as bench/tortured.ts): word pairs are
 * built with `decomposePhrasePairs` from the other folds only, then each held-out phrase is checked
 * word by word. Run: `npx tsx bench/pps-words.ts`. Prints a table; writes nothing.
 *
 * - aligned: the held-out phrase and its first original have the same number of words and differ.
 * - restorable: every differing word's original is among the word table's candidates for it.
 * - top-1: every differing word's first candidate is its original (what prior-only decoding would pick).
 */
import { builtinDictionaries } from '../src/index.js'
import { decomposePhrasePairs, type PhrasePair } from '../src/dictionary/decompose-phrases.js'
import { formatTable } from './metrics/table.js'
import { foldOf } from './tortured.js'

const FOLDS = 5
const tortured = builtinDictionaries().find((d) => d.name === 'tortured-phrases')
if (!tortured) {
  console.log('pps word pairs skipped: no tortured-phrases dictionary')
  process.exit(0)
}
const rows = tortured.entries.map((e) => ({ id: e.id, spun: e.spun, originals: e.originals }))

interface Tally { heldOut: number; aligned: number; restorable: number; top1: number }

function score(held: readonly PhrasePair[], table: ReadonlyMap<string, readonly string[]>, tally: Tally): void {
  for (const row of held) {
    tally.heldOut++
    const spun = row.spun.toLowerCase().split(/\s+/)
    const original = row.originals[0]!.toLowerCase().split(/\s+/)
    if (spun.length !== original.length || spun.join(' ') === original.join(' ')) continue
    tally.aligned++
    const differing = spun.map((s, i) => [s, original[i]!] as const).filter(([s, o]) => s !== o)
    if (differing.every(([s, o]) => table.get(s)?.includes(o))) tally.restorable++
    if (differing.every(([s, o]) => table.get(s)?.[0] === o)) tally.top1++
  }
}

const results: [string, Tally][] = []
for (const minSupport of [1, 2, 3]) {
  const tally: Tally = { heldOut: 0, aligned: 0, restorable: 0, top1: 0 }
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = rows.filter((r) => foldOf(r.id, FOLDS) !== fold)
    const held = rows.filter((r) => foldOf(r.id, FOLDS) === fold)
    const table = new Map<string, string[]>()
    for (const pair of decomposePhrasePairs(train, { minSupport })) table.set(pair.spun, [...(table.get(pair.spun) ?? []), pair.original])
    score(held, table, tally)
  }
  results.push([`support >= ${minSupport}${minSupport === 2 ? ' (shipped)' : ''}`, tally])
}
console.log(`PPS word pairs, ${FOLDS}-fold over ${rows.length} tortured-phrases entries (pairs from the other folds only)`)
console.log(formatTable(
  [{ header: 'word pairs kept', align: 'left' as const }, 'held out', 'aligned', 'restorable', { header: 'share', decimals: 3 }, { header: 'of aligned', decimals: 3 }, 'top-1', { header: 'top-1 share', decimals: 3 }],
  results.map(([label, t]) => [label, t.heldOut, t.aligned, t.restorable, t.restorable / t.heldOut, t.restorable / t.aligned, t.top1, t.top1 / t.heldOut]),
))
