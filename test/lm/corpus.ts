/** Training sentences for the language-model tests, written for unspin. */

import { mulberry32 } from '../../bench/sim/spin.js'

const TEXT = `
The minister told the news agency on Monday that talks would continue.
She told the news agency that the plan was ready.
A spokesman told reporters that the White House would respond.
The White House said the talks had stalled.
In practice the rules are rarely enforced.
In practice, the new system works well.
They left without providing details.
He spoke without providing any evidence.
The agency said 7,554 people had been tested.
Officials said 12 people were hurt in the crash.
The game was played in front of 40,000 fans.
The team played well and won the game.
Prices rose again in May, the agency said.
The report said the number of cases rose by 20.88 percent.
`

/** The sentences above, lowercased and split into tokens like wink-nlp does. */
export const SENTENCES: string[][] = TEXT.trim()
  .split('\n')
  .map((line) => line.toLowerCase().replace(/([.,])(\s|$)/g, ' $1 ').trim().split(/\s+/))

/** Deterministic pseudo-random numbers for generated corpora (the spinner's mulberry32). */
export const random = mulberry32

/**
 * A generated corpus large enough that the model has more than 256 distinct log-probabilities (so
 * quantization is lossy): Zipf-like words with a little local structure.
 */
export function generatedCorpus(sentences: number, seed = 1): string[][] {
  const next = random(seed)
  const words = Array.from({ length: 400 }, (_, i) => `w${i}`)
  const pick = (): string => words[Math.floor(words.length * next() ** 2.5)]!
  return Array.from({ length: sentences }, () => {
    const s: string[] = []
    const length = 3 + Math.floor(next() * 12)
    for (let i = 0; i < length; i++) s.push(i > 0 && next() < 0.3 ? `${s[i - 1]}x` : pick())
    return s
  })
}
