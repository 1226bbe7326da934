/**
 * Import the Problematic Paper Screener's tortured-phrases export into `dictionaries/tortured-phrases.tsv`,
 * and the word pairs its phrases decompose into into `dictionaries/opt-in/tortured-words.tsv` (scripts/tortured-words.ts).
 *
 *   npx tsx scripts/import-pps.ts [path/to/pps-tortured-phrases.tsv]
 *
 * The reading and cleaning live in src/dictionary/pps/ (shared with `unspin update-pps`, which turns a newer
 * export into a dictionary for `--dict`); this script writes the built-in files.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { formatConditions, formatDictionary, formatSkipped, importPps } from '../src/dictionary/pps/import-pps.js'
import { formatWordDictionary, MIN_SUPPORT, rowsFromLines, spunFormsOf, tortureWordLines } from './tortured-words.js'

function main(): void {
  const input = process.argv[2] ?? new URL('../../shared/data/pps-tortured-phrases-2025-07.tsv', import.meta.url)
  const output = new URL('../dictionaries/tortured-phrases.tsv', import.meta.url)
  const { lines, summary } = importPps(readFileSync(input, 'utf8'))
  writeFileSync(output, formatDictionary(lines, summary))
  console.log(`rows read:       ${summary.rowsRead}`)
  console.log(`entries written: ${summary.entriesWritten} (${summary.rowsMerged} rows merged into another row's entry)`)
  console.log(`rows skipped:    ${formatSkipped(summary)}`)
  console.log(`originals PPS marks uncertain (?), kept and noted: ${summary.uncertain}`)
  console.log(`conditions: ${formatConditions(summary)}`)
  for (const line of summary.droppedFingerprints) console.log(`  condition left empty: ${line}`)
  console.log(`wrote ${output.pathname}`)
  // Word pairs the phrases decompose into (see scripts/tortured-words.ts); run after mine-news.ts so
  // forms news-mined lists are left out.
  const rows = rowsFromLines(lines)
  const newsForms = spunFormsOf([new URL('../dictionaries/news-swaps.json', import.meta.url), new URL('../dictionaries/news-mined.json', import.meta.url)])
  const words = tortureWordLines(rows, newsForms)
  const wordsOutput = new URL('../dictionaries/opt-in/tortured-words.tsv', import.meta.url)
  writeFileSync(wordsOutput, formatWordDictionary(words.lines, words.pairs, rows.length))
  console.log(`word pairs: ${words.pairs} (supported by >= ${MIN_SUPPORT} entries) -> ${words.lines.length} entries; wrote ${wordsOutput.pathname}`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
