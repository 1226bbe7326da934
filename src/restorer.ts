import { applyMarks } from './apply/apply-marks.js'
import { selectCandidates } from './apply/select-candidates.js'
import { buildCandidates } from './candidates/build-candidates.js'
import { findMatches } from './candidates/find-matches.js'
import { buildMatchIndex, type MatchIndex } from './dictionary/build-index.js'
import { builtinDictionaries } from './dictionary/builtin.js'
import { createConditionDocument, type ConditionDocument } from './dictionary/condition.js'
import { loadDictionary } from './dictionary/load-dictionary.js'
import { isValidatedDictionary } from './dictionary/validate-dictionary.js'
import type { Dictionary } from './dictionary/types.js'
import { invalidArgument } from './errors.js'
import {
  DEFAULT_THRESHOLD,
  checkRestoreOptions,
  checkRestorerOptions,
  needsOwnRestorer,
  type DictionaryLayer,
  type RestoreOptions,
  type RestorerOptions,
  type StageOptions,
} from './options.js'
import { tokenize } from './tokenize/tokenize.js'
import type { RestoreResult, RestoreWarning } from './types.js'

/** A restorer with its dictionaries loaded, validated and indexed once. */
export interface Restorer {
  /** Restore `text`; `options.threshold` overrides the restorer's threshold for this call. */
  restore(text: string, options?: Readonly<RestoreOptions> | null): RestoreResult
  /** Dictionaries in use, in layer order. */
  readonly dictionaries: readonly Dictionary[]
  /** Problems met while loading the dictionaries (also copied into every result's `warnings`). */
  readonly warnings: readonly RestoreWarning[]
}

/**
 * Create a restorer: loads, validates and indexes its dictionaries now, so each `restore` call
 * only reads the text. Throws `DictionaryError` for bad dictionary data.
 */
export function createRestorer(options?: Readonly<RestorerOptions> | null): Restorer {
  const settings = checkRestorerOptions(options)
  const layers = (settings.dictionaries ?? builtinDictionaries()).map((layer, i) => toDictionary(layer, i, settings))
  const { index, warnings } = buildMatchIndex(layers, settings.disable)
  const defaultThreshold = settings.threshold ?? DEFAULT_THRESHOLD
  const stages = { inflection: settings.stages?.inflection ?? true, conditions: settings.stages?.conditions ?? true }
  return {
    dictionaries: layers,
    warnings,
    restore(text, callOptions) {
      if (typeof text !== 'string') invalidArgument('text', 'a string', text)
      const threshold = checkRestoreOptions(callOptions).threshold ?? defaultThreshold
      return restoreWithIndex(text, index, threshold, stages, warnings)
    },
  }
}

let defaultRestorer: Restorer | undefined

/**
 * Restore spun text with the built-in dictionaries (loaded on first call). Options other than
 * `threshold` build a one-off restorer: for repeated calls with custom dictionaries use `createRestorer`.
 */
export function restoreText(text: string, options?: Readonly<RestorerOptions> | null): RestoreResult {
  if (typeof text !== 'string') invalidArgument('text', 'a string', text)
  const settings = checkRestorerOptions(options)
  if (needsOwnRestorer(settings)) return createRestorer(settings).restore(text)
  defaultRestorer ??= createRestorer()
  return defaultRestorer.restore(text, settings.threshold === undefined ? undefined : { threshold: settings.threshold })
}

function restoreWithIndex(text: string, index: MatchIndex, threshold: number, stages: Required<StageOptions>, warnings: readonly RestoreWarning[]): RestoreResult {
  const tokens = tokenize(text)
  const found = findMatches(text, tokens, index, stages.inflection)
  let conditionDocument: ConditionDocument | undefined
  const documentForConditions = stages.conditions ? () => (conditionDocument ??= createConditionDocument(text)) : undefined
  const { candidates, unmet } = buildCandidates(text, found, documentForConditions)
  const { chosen, skipped } = selectCandidates(candidates, threshold)
  const { text: output, marks } = applyMarks(text, chosen)
  const allSkipped = [...skipped, ...unmet].sort((a, b) => a.start - b.start || a.end - b.end)
  return { text: output, marks, skipped: allSkipped, warnings: [...warnings] }
}

function toDictionary(layer: DictionaryLayer, position: number, settings: RestorerOptions): Dictionary {
  if (typeof layer === 'string') return loadDictionary(layer, { onInvalidEntry: settings.onInvalidEntry ?? 'throw' })
  if (typeof layer !== 'object' || layer === null) invalidArgument(`options.dictionaries[${position}]`, 'a dictionary, a dictionary object or a file path', layer)
  return isValidatedDictionary(layer) ? layer : loadDictionary(layer, { onInvalidEntry: settings.onInvalidEntry ?? 'throw' })
}
