/**
 * Split a restored phrase into words the way the tokenizer splits running text, so the language
 * model sees "we have" and "we've" as it saw them in training: "we" + "'ve", "can't" -> "ca" + "n't",
 * punctuation as its own token.
 */
const CLITIC = /^(.+?)(n't|'(?:s|re|ve|ll|d|m))$/i
const PUNCTUATION = /([^\p{L}\p{N}'\s-])/u

export function lmWords(phrase: string): string[] {
  const words: string[] = []
  for (const piece of phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/\s+/)) {
    for (const part of piece.split(PUNCTUATION)) {
      if (part === '') continue
      const clitic = CLITIC.exec(part)
      if (!clitic) words.push(part)
      else if (clitic[2] === "n't" && clitic[1] === 'can') words.push('ca', "n't")
      else words.push(clitic[1]!, clitic[2]!)
    }
  }
  return words
}
