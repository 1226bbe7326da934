/**
 * Acronym evidence: scientific writing defines a term's acronym in parentheses right after it, and a
 * spinner rewrites the term but not the acronym. "irregular woodland (RF)" spells the initials of
 * "random forest", not of the spun words, which settles the choice however rare the phrase is.
 */
import type { Token } from '../tokenize/tokenize.js'
import type { EvidenceSource } from './evidence.js'

/**
 * Log-odds for an option whose words spell the acronym in parentheses after the span (and against
 * every change when the spun words themselves spell it). Large: a matching acronym of two or more
 * letters is rarely a coincidence.
 */
export const ACRONYM_WEIGHT = 5

// Words an acronym may skip: "Department of Health (DoH)", "bag of words (BoW)".
const SKIPPABLE = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&'])

/** The acronym in parentheses right after word `last` ("(RF)"), lowercased; `undefined` if none. */
export function acronymAfter(words: readonly Token[], last: number): string | undefined {
  const open = words[last + 1]
  const acronym = words[last + 2]
  const close = words[last + 3]
  if (open?.text !== '(' || close?.text !== ')' || !acronym) return undefined
  // Two to eight letters, at least two of them capitals: "RF", "SVM", "DoH", "CNNs".
  if (!/^[\p{L}\d-]{2,8}$/u.test(acronym.text) || (acronym.text.match(/\p{Lu}/gu) ?? []).length < 2) return undefined
  const letters = acronym.text.replace(/-/g, '')
  // A plural acronym ("CNNs") abbreviates the singular term.
  return (/\p{Lu}s$/u.test(letters) ? letters.slice(0, -1) : letters).toLowerCase()
}

/** Whether `words` (lowercase, as `lmWords` gives them) spell `acronym` by their initials. */
export function spellsAcronym(words: readonly string[], acronym: string): boolean {
  const parts = words.flatMap((w) => w.split('-')).filter((w) => /^[\p{L}\d]/u.test(w))
  const initials = (list: readonly string[]) => list.map((w) => w[0]).join('')
  return initials(parts) === acronym || initials(parts.filter((w) => !SKIPPABLE.has(w))) === acronym
}

/** The source: `ACRONYM_WEIGHT` for an option that spells the acronym after the span, against one that does not where the span spells it. */
export const acronymEvidence: EvidenceSource<'acronymEvidence'> = {
  stage: 'acronymEvidence',
  forDocument({ words }) {
    return ({ last, spunWords }) => {
      const acronym = acronymAfter(words, last)
      if (acronym === undefined) return undefined
      const spunSpells = spellsAcronym(spunWords, acronym)
      return (option) => (spellsAcronym(option, acronym) ? ACRONYM_WEIGHT : spunSpells ? -ACRONYM_WEIGHT : 0)
    }
  },
}
