// Restore a batch of documents from code: JSONL in ({"id", "text"} per line), JSONL out, read line by
// line with one restorer, so memory stays flat however large the file is.
//
//   npm run build && node examples/batch.mjs                 (a few sample documents)
//   node examples/batch.mjs docs.jsonl > restored.jsonl      (your own file)
//
// The command line does the same, spread over worker threads, with the output order kept:
//
//   npx unspin --format jsonl --jobs auto docs.jsonl > restored.jsonl
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import { createRestorer } from 'unspin'

// Sample documents written for this example in the style of content-farm copies.
const SAMPLE = [
  { id: 'kremlin', text: 'Kremlin spokesman Dmitry Peskov instructed TASS information company on Monday, with out providing details.' },
  { id: 'clubs', text: 'The mayor burdened that evening golf equipment must close by midnight to protect public well being.' },
  { id: 'clean', text: 'The talks are expected to resume next month in Geneva.' },
]

const file = process.argv[2]
const input = file ? createReadStream(file, 'utf8') : Readable.from(SAMPLE.map((doc) => `${JSON.stringify(doc)}\n`))

// Load and index the dictionaries once; each restore() call then only reads its text.
const restorer = createRestorer()
let documents = 0
let changes = 0
let lineNumber = 0

for await (const line of createInterface({ input, crlfDelay: Infinity })) {
  lineNumber++
  if (line.trim() === '') continue
  const { id, text } = JSON.parse(line)
  if (typeof text !== 'string') throw new Error(`${file ?? 'sample'}:${lineNumber}: "text" must be a string`)
  const result = restorer.restore(text)
  documents++
  changes += result.marks.length
  const marks = result.marks.map(({ found, restored, confidence, start, end }) => ({ found, restored, confidence, start, end }))
  // write() returns false when stdout's buffer is full: wait, so a slow reader does not grow memory.
  if (!process.stdout.write(`${JSON.stringify({ id, text: result.text, marks, skipped: result.skipped.length })}\n`)) {
    await new Promise((resolve) => process.stdout.once('drain', resolve))
  }
}

console.error(`${documents} documents, ${changes} changes`)
