import type { TrigramScorer } from '../../src/decode/decode-sentence.js'

/** A tiny interpolated trigram model over sentences we write, for decoder tests. */
export function tinyModel(sentences: readonly string[]): TrigramScorer {
  const counts = new Map<string, number>()
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
  let total = 0
  for (const sentence of sentences) {
    const words = ['<s>', '<s>', ...sentence.toLowerCase().split(/\s+/).filter(Boolean), '</s>']
    for (let i = 2; i < words.length; i++) {
      add(words[i]!)
      add(`${words[i - 1]} ${words[i]}`)
      add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`)
      add(`${words[i - 1]} *`)
      add(`${words[i - 2]} ${words[i - 1]} *`)
      total++
    }
  }
  const c = (key: string) => counts.get(key) ?? 0
  return {
    logProb(p2, p1, w) {
      const uni = (c(w) + 0.1) / (total + 1000)
      const bi = c(`${p1} *`) ? c(`${p1} ${w}`) / c(`${p1} *`) : 0
      const tri = c(`${p2} ${p1} *`) ? c(`${p2} ${p1} ${w}`) / c(`${p2} ${p1} *`) : 0
      return Math.log(0.5 * tri + 0.3 * bi + 0.2 * uni)
    },
  }
}
