/**
 * Long inputs for the windowed-restore tests, generated from sentences written for unspin: the spun
 * examples of the built-in dictionaries' entries (each entry's examples are our own sentences) and
 * a few more of ours, with line breaks, blank lines, CRLF, URLs, acronyms in brackets at a line's
 * start and emoji mixed in, so that windows meet every kind of edge. Deterministic for a seed.
 */
import { builtinDictionaries } from '../../src/index.js'
import { mulberry32 as seeded } from '../../bench/sim/spin.js'

const OURS = [
  'Peskov instructed TASS information company on Monday, with out providing details.',
  'The council met on Tuesday and agreed a new budget.',
  'Visit https://example.org/news for the full report.',
  'Write to press@example.org if you have questions 🙂.',
  'The irregular woodland',
  '(RF) models were trained on the data.',
  'McDonald’s said it would open new stores.',
]

/** A small seeded generator (mulberry32, the simulation's), so a failing case can be rerun. */
export { seeded }

// Our sentences around an entry's spun form, so that the text is dense with candidates.
const TEMPLATES = [(form: string) => `The report said the ${form} would change next year.`, (form: string) => `Officials described it as ${form} on Friday.`]

let sentences: string[] | undefined

function allSentences(): string[] {
  if (sentences) return sentences
  const dictionaries = builtinDictionaries()
  const examples = dictionaries.flatMap((d) => d.entries.flatMap((e) => (e.examples ?? []).map((x) => x.spun)))
  // Every 7th entry's form, in two templates: a few thousand sentences.
  const forms = dictionaries.flatMap((d) => d.entries.filter((_, i) => i % 7 === 0).map((e) => e.spun))
  sentences = [...OURS, ...examples, ...forms.flatMap((form, i) => TEMPLATES[i % TEMPLATES.length]!(form))]
  return sentences
}

/** About `chars` characters of generated text for `seed`. */
export function generatedText(chars: number, seed: number): string {
  const random = seeded(seed)
  const pool = allSentences()
  const parts: string[] = []
  let length = 0
  while (length < chars) {
    const sentence = pool[Math.floor(random() * pool.length)]!
    const r = random()
    const gap = r < 0.55 ? ' ' : r < 0.8 ? '\n' : r < 0.93 ? '\n\n' : r < 0.97 ? '\r\n' : '\n\n\n'
    parts.push(sentence, gap)
    length += sentence.length + gap.length
  }
  return parts.join('')
}
