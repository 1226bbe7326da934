import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

type WinkNlp = ReturnType<typeof winkNLP>

let instance: WinkNlp | undefined

/** The shared wink-nlp instance, created on first use (loading the model takes ~100 ms). */
export function getNlp(): WinkNlp {
  instance ??= winkNLP(model, ['sbd', 'pos'])
  return instance
}
