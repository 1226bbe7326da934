import { applyMarks } from '../../src/apply/apply-marks.js'
import { selectCandidates } from '../../src/apply/select-candidates.js'
import { buildCandidates } from '../../src/candidates/build-candidates.js'
import { findMatches } from '../../src/candidates/find-matches.js'
import { buildMatchIndex } from '../../src/dictionary/build-index.js'
import { builtinDictionaries } from '../../src/dictionary/builtin.js'
import { createConditionDocument, type ConditionDocument } from '../../src/dictionary/condition.js'
import type { Dictionary } from '../../src/dictionary/types.js'
import { loadDefaultLanguageModel } from '../../src/lm/default-model.js'
import { findNonProseRanges, type InputFormat } from '../../src/markup/find-non-prose-ranges.js'
import { CHANNEL_WEIGHT } from '../../src/restorer.js'
import { chooseInContext } from '../../src/score/choose-in-context.js'
import { contextModelFrom } from '../../src/score/context-model.js'
import { blankRanges, mergeRanges } from '../../src/tokenize/protected-ranges.js'
import { tokenize } from '../../src/tokenize/tokenize.js'
import type { RestoreResult } from '../../src/types.js'

/**
 * `runPipeline` of `src/restorer.ts` (default stages, default language model) with the
 * `inputFormat` option wired in the way the lead will wire it (see the report of issue 7).
 * Once `createRestorer({ dictionaries }).restore(text, { inputFormat, threshold })` exists,
 * replace the body of `restore` below with that call: the tests using this helper then test the
 * public option unchanged.
 */
export function createMarkupRestorer(dictionaries: readonly Dictionary[] = builtinDictionaries()) {
  const { index, warnings } = buildMatchIndex(dictionaries)
  const model = contextModelFrom(loadDefaultLanguageModel())
  return {
    restore(text: string, options: { inputFormat?: InputFormat; threshold?: number } = {}): RestoreResult {
      const format = options.inputFormat ?? 'text'
      const threshold = options.threshold ?? 0.5
      const extra = format === 'text' ? undefined : findNonProseRanges(text, format)
      const tokens = tokenize(text, extra)
      const found = findMatches(text, tokens, index, true)
      let conditionDocument: ConditionDocument | undefined
      // `when` queries see the prose only: markup is blanked out, offsets unchanged.
      const documentText = extra === undefined ? text : blankRanges(text, mergeRanges(extra))
      const { candidates, unmet } = buildCandidates(text, found, () => (conditionDocument ??= createConditionDocument(documentText)), index.knownOriginals)
      const { chosen, skipped } = model ? chooseInContext(found.words, candidates, { model, channelWeight: CHANNEL_WEIGHT, threshold }) : selectCandidates(candidates, threshold)
      const { text: output, marks } = applyMarks(text, chosen)
      const allSkipped = [...skipped, ...unmet].sort((a, b) => a.start - b.start || a.end - b.end)
      return { text: output, marks, skipped: allSkipped, warnings: [...warnings] }
    },
  }
}
