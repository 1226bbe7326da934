import { createRestorer, type Dictionary, type InputFormat, type RestoreResult } from '../../src/index.js'
import { builtinDictionaries } from '../../src/dictionary/builtin.js'

/** The public `inputFormat` option, behind the helper the markup tests were written against. */
export function createMarkupRestorer(dictionaries: readonly Dictionary[] = builtinDictionaries()) {
  const restorer = createRestorer({ dictionaries })
  return {
    restore(text: string, options: { inputFormat?: InputFormat; threshold?: number } = {}): RestoreResult {
      return restorer.restore(text, options)
    },
  }
}
