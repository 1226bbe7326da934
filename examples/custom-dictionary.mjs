// Add your own dictionary entries at runtime, on top of the built-in dictionaries.
//
//   npm run build && node examples/custom-dictionary.mjs
import { builtinDictionaries, createRestorer, formatMarks, loadDictionary } from 'unspin'

// Entries in the JSON dictionary format (a file path to a .json or .tsv file works too).
const mine = loadDictionary({
  version: 1,
  name: 'my-farm',
  source: 'swaps we saw on one site',
  entries: [
    // Matched by lemma, so "stays", "stayed" and "staying" are restored too, re-inflected.
    { spun: 'stays', original: 'remains', prior: 0.8 },
    { spun: 'nations', original: 'countries', prior: 0.7, pos: 'NOUN' },
    { spun: 'nonetheless', original: 'however', prior: 0.7 },
  ],
})

// Later layers win on the same spun form; the restorer indexes everything once.
const restorer = createRestorer({ dictionaries: [...builtinDictionaries(), mine] })

const result = restorer.restore('Nonetheless, the two nations stayed apart and the border stays closed.')
console.log(formatMarks(result, 'inline'))
