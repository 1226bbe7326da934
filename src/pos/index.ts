/**
 * POS model: coarse tags, P(tag | word) with a suffix fallback, and a tag trigram model, trained on
 * the Brown corpus (`scripts/build-pos.ts`; trainer and writer in scripts/pos/) and shipped as
 * `models/pos-en.bin`, read here. Used for POS evidence in context scoring (src/evidence/pos-evidence.ts).
 */
export { TAGS, TAG_COUNT, tagIndex, type TagName } from './tags.js'
export type { PosModelData, TagProbability } from './types.js'
export { loadPosModel, PosModel, type PosModelInfo } from './read-model.js'
export { loadDefaultPosModel, DEFAULT_POS_MODEL_FILE } from './default-model.js'
export { PosWindowScorer } from './window-score.js'
