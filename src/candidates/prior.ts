/**
 * Prior arithmetic of the candidates stage: how an entry's prior is lowered for the ways a match can
 * be weaker than the entry's own wording. The factors are judgement, not fitted: see docs/how-it-works.md "Limitations".
 */

// A match through the lemma ("burdens" for an entry written "burdened") depends on re-inflection
// being right as well as on the swap.
export const INFLECTED_MATCH_FACTOR = 0.9

/** Options whose prior is at least this pass the document gate on their own (`document/spin-score.ts`). */
export const STRONG_PRIOR = 0.85
