/**
 * Spun test documents, generated deterministically from sentences written for these tests in the
 * style of content-farm copies of wire news (spun forms from dictionaries/news-swaps.json).
 */

import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { mulberry32 } from '../../bench/sim/spin.js'

const SPUN_SENTENCES = [
  'Kremlin spokesman Dmitry Peskov instructed TASS information company on Monday, with out providing details.',
  'White Home officers stated on Tuesday that the particular army operation would proceed with out a pause.',
  'In any other case, the minister said, the two sides would have met in the present day.',
  'The mayor burdened that evening golf equipment must close by midnight to protect public well being.',
  'Residents of care properties were moved after the storm knocked out power in the region.',
  'In observe, the new rules will apply only to large firms, the regulator instructed reporters.',
  'Police said the suspect was mendacity about his whereabouts when officers questioned him.',
  'The White Home declined to comment on the report, which was first published by an information company.',
  'Officials said the number of circumstances had risen sharply in rustic areas over the past week.',
  'The central bank burdened that inflation remained the main risk, with out naming a figure.',
  'Hospitals reported fewer instances of flu this winter, according to figures released on Friday.',
  'The coach instructed the team that the next recreation would decide the season.',
  'The committee voted in opposition to the plan, saying it had been drafted with out consultation.',
  'Supply hyperlink',
]

const CLEAN_SENTENCES = [
  'The talks are expected to resume next month in Geneva.',
  'Markets in Asia opened slightly higher after a quiet session in New York.',
  'The company said it would publish its full results in March.',
  'Local officials urged drivers to avoid the coastal road until repairs are finished.',
  'Several schools remained closed on Wednesday as crews cleared fallen trees.',
  'The report will be presented to parliament before the summer recess.',
  'Analysts expect demand to recover slowly through the rest of the year.',
  'A spokesperson for the ministry did not respond to a request for comment.',
  'The festival drew more visitors than last year despite the rain.',
  'Engineers are still inspecting the bridge for damage after the flood.',
]

/** Document `index`: a headline and a few paragraphs mixing spun and clean sentences (about 2-5 KB). */
export function spunDocument(index: number, paragraphs?: number): string {
  const next = mulberry32(index + 1)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const count = paragraphs ?? 5 + Math.floor(next() * 6)
  const parts = [`Report ${index + 1}: ${pick(CLEAN_SENTENCES)}`]
  for (let p = 0; p < count; p++) {
    const sentences: string[] = []
    const length = 4 + Math.floor(next() * 4)
    for (let s = 0; s < length; s++) sentences.push(next() < 0.5 ? pick(SPUN_SENTENCES.slice(0, -1)) : pick(CLEAN_SENTENCES))
    parts.push(sentences.join(' '))
  }
  parts.push(SPUN_SENTENCES.at(-1)!)
  return parts.join('\n\n') + '\n'
}

/** Write `count` documents as `dir/<group>/doc-NNN.txt` (ten per folder, to exercise recursion). */
export function writeSpunFolder(dir: string, count: number, paragraphs?: number): string[] {
  const files: string[] = []
  for (let i = 0; i < count; i++) {
    const file = join(dir, `group-${String(Math.floor(i / 10)).padStart(2, '0')}`, `doc-${String(i).padStart(3, '0')}.txt`)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, spunDocument(i, paragraphs))
    files.push(file)
  }
  return files
}

/** `count` JSONL lines `{"id", "text"}` with ids `d1`, `d2`, ... */
export function spunJsonl(count: number, paragraphs = 2): string {
  return Array.from({ length: count }, (_, i) => JSON.stringify({ id: `d${i + 1}`, text: spunDocument(i, paragraphs) })).join('\n') + '\n'
}
