/**
 * Document evidence for a candidate original: a copy spins each occurrence of a word on its own, and
 * a spinner leaves some words alone, so the original term often still appears elsewhere in the same
 * document ("the conflict" in one paragraph, "the battle" for it in the next). An option whose
 * content words all occur elsewhere in the text is more likely than one the document never uses.
 */
import { isFunctionWord } from '../tokenize/function-words.js'
import type { Token } from '../tokenize/tokenize.js'
import type { EvidenceSource } from './evidence.js'


/**
 * Log-odds added to an option's channel score when its words occur elsewhere in the document.
 * Tuning, 2026-11-28, news-dev A-classic leave-one-pair-out (ERR / change precision / false changes
 * per 1,000 words of the originals): without 0.233 / 0.922 / 1.00; 0.5 gave 0.242 / 0.920 / 1.00;
 * 1 gave 0.244 / 0.917 / 1.37; 2 gave 0.250 / 0.905 / 1.92. Clean text uses its own words too, so a
 * larger weight buys recall with false changes.
 */
export const DOCUMENT_EVIDENCE_WEIGHT = 0.5

/** How often each word form and each lemma occurs among a document's words. */
export interface DocumentVocabulary {
  count(word: string): number
}

/** Count the document's editable words by form and by lemma ("conflicts" counts for "conflict" too). */
export function createDocumentVocabulary(words: readonly Token[]): DocumentVocabulary {
  const vocabulary = createVocabularyCounter()
  vocabulary.add(words, 0, words.length)
  return vocabulary
}

/** A vocabulary counted window by window: `add` each window's own words `[from, to)`. */
export function createVocabularyCounter(): DocumentVocabulary & { add(words: readonly Token[], from: number, to: number): void } {
  const counts = new Map<string, number>()
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)
  return {
    count: (word) => counts.get(word) ?? 0,
    add(words, from, to) {
      for (let i = from; i < to; i++) {
        const token = words[i]!
        if (!token.editable) continue
        add(token.norm)
        if (token.lemma !== token.norm) add(token.lemma)
      }
    },
  }
}

/**
 * Whether every content word of `restored` (lowercase words as `lmWords` gives them) occurs in the
 * document outside `span` (the spun tokens the option would replace). False when the option has no
 * content word: "of the" is in every document.
 */
export function usedElsewhere(vocabulary: DocumentVocabulary, span: readonly Token[], restored: readonly string[]): boolean {
  const content = restored.filter((word) => !isFunctionWord(word) && /\p{L}/u.test(word))
  if (content.length === 0) return false
  return content.every((word) => {
    const inSpan = span.filter((t) => t.editable && (t.norm === word || t.lemma === word)).length
    return vocabulary.count(word) > inSpan
  })
}

/** The source: an option whose content words the document uses elsewhere gets `DOCUMENT_EVIDENCE_WEIGHT`. */
export const documentEvidence: EvidenceSource<'documentEvidence'> = {
  stage: 'documentEvidence',
  forDocument({ words, vocabulary: whole }) {
    const vocabulary = whole ?? createDocumentVocabulary(words)
    return ({ first, last }) => {
      const spanTokens = words.slice(first, last + 1)
      return (option) => (usedElsewhere(vocabulary, spanTokens, option) ? DOCUMENT_EVIDENCE_WEIGHT : 0)
    }
  },
}
