/** JSON rendering with a fixed key order, independent of how the result objects were built. */

import type { Alternative, Mark, RestoreResult, RestoreWarning, SkippedCandidate } from '../types.js'

/**
 * `JSON.stringify` of `{ text, marks, skipped, warnings }` with a 2-space indent. `skipped` is
 * present only when `includeSkipped` is true. Keys are written in a fixed order and unknown extra
 * properties are dropped, so the same result always serialises to the same string.
 */
export function formatJson(result: RestoreResult, includeSkipped = false): string {
  return JSON.stringify(resultJson(result, includeSkipped), null, 2)
}

/** The object `formatJson` serialises, for callers that add fields of their own before stringifying. */
export function resultJson(result: RestoreResult, includeSkipped = false): { text: string; marks: Mark[]; skipped?: SkippedCandidate[]; warnings: RestoreWarning[] } {
  return {
    text: result.text,
    marks: result.marks.map(markJson),
    ...(includeSkipped ? { skipped: (result.skipped ?? []).map(skippedJson) } : {}),
    warnings: (result.warnings ?? []).map(warningJson),
  }
}

/** One mark with its keys in the fixed order. */
export function markJson(mark: Mark): Mark {
  return {
    start: mark.start,
    end: mark.end,
    outputStart: mark.outputStart,
    outputEnd: mark.outputEnd,
    found: mark.found,
    restored: mark.restored,
    confidence: mark.confidence,
    level: mark.level,
    source: mark.source,
    entryId: mark.entryId,
    alternatives: (mark.alternatives ?? []).map(alternativeJson),
  }
}

function skippedJson(candidate: SkippedCandidate): SkippedCandidate {
  return {
    start: candidate.start,
    end: candidate.end,
    found: candidate.found,
    restored: candidate.restored,
    confidence: candidate.confidence,
    level: candidate.level,
    reason: candidate.reason,
    source: candidate.source,
    entryId: candidate.entryId,
    alternatives: (candidate.alternatives ?? []).map(alternativeJson),
  }
}

function alternativeJson(alternative: Alternative): Alternative {
  return {
    restored: alternative.restored,
    confidence: alternative.confidence,
    level: alternative.level,
    source: alternative.source,
    entryId: alternative.entryId,
  }
}

// Optional fields are left out rather than written as `undefined` (which JSON drops anyway).
function warningJson(warning: RestoreWarning): RestoreWarning {
  return {
    code: warning.code,
    message: warning.message,
    ...(warning.source !== undefined ? { source: warning.source } : {}),
    ...(warning.entryId !== undefined ? { entryId: warning.entryId } : {}),
  }
}
