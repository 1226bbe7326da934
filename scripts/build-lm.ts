/**
 * Build the shipped language model: npx tsx scripts/build-lm.ts [options]
 *
 *   --out models/lm-en.bin   output file
 *   --order 3                n-gram order (1-4)
 *   --method kneser-ney      or stupid-backoff
 *   --min-counts 1,2,2       minimum count to keep an n-gram, per order from unigrams
 *   --min-word 2             words seen fewer times become <unk>
 *   --max-vocab 200000       vocabulary cap
 *   --load-factor 0.75       hash table fill
 *   --sources brown,sotu,wordnet,mail
 *   --limit N                at most N sentences per source (quick builds)
 *   --cache FILE             keep the tokenized corpus in FILE and reuse it (tokenizing takes ~25 s)
 *
 * Deterministic: the same installed corpora and options give the same bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parseArgs } from 'node:util'
import { trainLanguageModel } from '../src/lm/train.js'
import type { SmoothingMethod } from '../src/lm/types.js'
import { HELD_OUT_BROWN, SOURCES, type Source } from './lm/corpora.js'
import { sentencesOf } from './lm/sentences.js'
import { serializeLanguageModel } from './lm/write-binary.js'

const { values: opt } = parseArgs({
  options: {
    out: { type: 'string', default: 'models/lm-en.bin' },
    order: { type: 'string', default: '3' },
    method: { type: 'string', default: 'kneser-ney' },
    'min-counts': { type: 'string', default: '1,2,2' },
    'min-word': { type: 'string', default: '2' },
    'max-vocab': { type: 'string', default: '200000' },
    'load-factor': { type: 'string', default: '0.75' },
    sources: { type: 'string', default: SOURCES.map((s) => s.name).join(',') },
    limit: { type: 'string' },
    cache: { type: 'string' },
  },
})

const SEP = '\u0000'
const chosen = opt.sources.split(',').map((name) => SOURCES.find((s) => s.name === name) ?? fail(`unknown source ${name}`))
const limit = opt.limit === undefined ? Infinity : Number(opt.limit)
const stats = new Map<string, { sentences: number; tokens: number }>()

function fail(message: string): never {
  throw new Error(message)
}

function* tokenized(source: Source): Generator<string[]> {
  let n = 0
  for (const doc of source.documents()) for (const s of sentencesOf(doc)) {
    if (n++ >= limit) return
    yield s
  }
}

// With --cache, the tokenized corpus is read from (or written to) a file: one sentence per line.
function* corpus(): Generator<{ source: string; tokens: string[] }> {
  const cache = opt.cache
  if (cache && existsSync(cache)) {
    let source = ''
    for (const line of readFileSync(cache, 'utf8').split('\n')) {
      if (line.startsWith(SEP)) source = line.slice(1)
      else if (line.length > 0 && chosen.some((s) => s.name === source)) yield { source, tokens: line.split(' ') }
    }
    return
  }
  const lines: string[] = []
  for (const source of chosen) {
    lines.push(SEP + source.name)
    for (const tokens of tokenized(source)) {
      lines.push(tokens.join(' '))
      yield { source: source.name, tokens }
    }
  }
  if (cache) writeFileSync(cache, lines.join('\n'))
}

function* counted(): Generator<string[]> {
  for (const { source, tokens } of corpus()) {
    const s = stats.get(source) ?? { sentences: 0, tokens: 0 }
    s.sentences++
    s.tokens += tokens.length
    stats.set(source, s)
    yield tokens
  }
}

const numbers = (s: string): number[] => s.split(',').map(Number)
const t0 = performance.now()
const trained = trainLanguageModel(counted(), {
  order: Number(opt.order),
  method: opt.method as SmoothingMethod,
  minCounts: numbers(opt['min-counts']),
  minWordCount: Number(opt['min-word']),
  maxVocabulary: Number(opt['max-vocab']),
})
const version = (pkg: string): string => (createRequire(import.meta.url)(`${pkg}/package.json`) as { version: string }).version
const bytes = serializeLanguageModel(trained, {
  loadFactor: Number(opt['load-factor']),
  meta: {
    tokenization: 'wink-nlp tokens, normalizeToken (NFC, lowercase, straight apostrophes); numbers -> <num>; URLs, e-mails, handles, hashtags -> <unk>; line-break tokens dropped; <s> </s> per wink sentence',
    pruning: { minCounts: numbers(opt['min-counts']), minWordCount: Number(opt['min-word']), maxVocabulary: Number(opt['max-vocab']) },
    heldOut: `Brown ${HELD_OUT_BROWN.join(', ')}`,
    sources: chosen.map((s) => ({ name: s.name, package: `${s.package}@${version(s.package)}`, licence: s.licence, use: s.use, ...stats.get(s.name) })),
  },
})
writeFileSync(opt.out, bytes)
console.log(JSON.stringify({
  out: opt.out,
  bytes: bytes.length,
  megabytes: +(bytes.length / 1048576).toFixed(2),
  vocabulary: trained.vocab.length,
  ngrams: trained.kept.map((k) => k.reduce((a, b) => a + b, 0)),
  distinct: trained.tables.map((t) => t.raw.length),
  tokens: trained.tokens,
  sources: Object.fromEntries(stats),
  seconds: +((performance.now() - t0) / 1000).toFixed(1),
}, null, 1))
