import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { trackLoadedLexicon, type LoadedLexicon, type WinkModelParts } from './loaded-lexicon.js'

type WinkNlp = ReturnType<typeof winkNLP>

let instance: { nlp: WinkNlp; lexicon: LoadedLexicon } | undefined

function load(): { nlp: WinkNlp; lexicon: LoadedLexicon } {
  const lexicon = trackLoadedLexicon(model as unknown as WinkModelParts)
  return { nlp: winkNLP(lexicon.model as unknown as typeof model, ['sbd', 'pos']), lexicon }
}

/** The shared wink-nlp instance, created on first use (loading the model takes ~100 ms). */
export function getNlp(): WinkNlp {
  instance ??= load()
  return instance.nlp
}

/**
 * Put the shared instance's lexicon back as the model loaded it (`loaded-lexicon.ts`): call before
 * tokenizing a document, so its tokens depend on its text alone, not on what the process read before.
 */
export function forgetWordsRead(): void {
  instance?.lexicon.rollback()
}
