/**
 * Every evidence source, in the order the decoder adds them. Each one's `stage` is a switch in
 * `StageOptions` (on by default); `options.ts` derives the accepted stage names from this list.
 */
import { acronymEvidence } from './acronym-evidence.js'
import { documentEvidence } from './document-evidence.js'
import { posEvidence } from './pos-evidence.js'

export const EVIDENCE_SOURCES = [documentEvidence, acronymEvidence, posEvidence] as const

/** Stage names of the evidence sources: `documentEvidence`, `acronymEvidence`, `posEvidence`. */
export type EvidenceStage = (typeof EVIDENCE_SOURCES)[number]['stage']
