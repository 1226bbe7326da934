/**
 * Run as a child process by test/restore-windows.slow.test.ts: restore a generated text in a fresh
 * process, whole or windowed, and print a hash of the result. A fresh process starts wink-nlp's
 * lexicon empty, as a user's process does.
 *
 *   node --import <tsx loader> test/helpers/restore-child.ts <chars> <seed> whole|windowed
 */
import { createHash } from 'node:crypto'
import { createRestorer } from '../../src/index.js'
import { generatedText } from './generated-text.js'

const [chars, seed, mode] = process.argv.slice(2)
const text = generatedText(Number(chars), Number(seed))
const restorer = createRestorer()
// One hash per part, each fed item by item: the same whatever the pieces the output came in.
const hashes = { text: createHash('sha256'), marks: createHash('sha256'), skipped: createHash('sha256') }
let spin = ''
let marks = 0
const options = mode === 'whole' ? { windowChars: Number.MAX_SAFE_INTEGER } : {}
for await (const piece of restorer.restoreStream([text], options)) {
  hashes.text.update(piece.text)
  for (const mark of piece.marks) hashes.marks.update(JSON.stringify(mark))
  for (const candidate of piece.skipped) hashes.skipped.update(JSON.stringify(candidate))
  spin = JSON.stringify(piece.spin)
  marks += piece.marks.length
}
console.log(JSON.stringify({ hash: [hashes.text.digest('hex'), hashes.marks.digest('hex'), hashes.skipped.digest('hex'), spin].join(' '), marks }))
