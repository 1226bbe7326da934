import { createRestorer, builtinDictionaries } from '../src/index.js'
import { loadBrown } from './data/brown.js'
import { cutAt, mixTexts, reverseMap } from './speed-text.js'
import { tokenize } from '../src/tokenize/tokenize.js'
const brown = loadBrown(['ca','cb','cc','cd','ce','cf','cg'])!
const mixed = mixTexts(brown.map(t=>t.text), reverseMap(builtinDictionaries()))
const r = createRestorer()
r.restore(cutAt(mixed.text, 100000))
for (const kb of [100, 200, 400, 800, 1600]) {
  const t = cutAt(mixed.text, kb*1024)
  let t0 = performance.now(); r.restore(t); const a = performance.now()-t0
  t0 = performance.now(); tokenize(t); const b = performance.now()-t0
  console.log(kb, 'restore', a.toFixed(0), 'tokenize', b.toFixed(0), 'us/KB', (a*1000/kb).toFixed(0))
}
