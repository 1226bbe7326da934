// Tortured phrases in a paper abstract (written for this example) restored to the usual terms.
//
//   npm run build && node examples/tortured-abstract.mjs
import { formatMarks, restoreText } from 'unspin'

const abstract = `Counterfeit consciousness is changing how hospitals screen for bosom peril. In this paper we train an irregular woodland classifier and a profound learning model on mammograms, and we report the flag to clamor proportion of each imaging device. Our results show that haze figuring makes such screening affordable for small clinics.`

const result = restoreText(abstract)
console.log(formatMarks(result, process.stdout.isTTY ? 'ansi' : 'inline'))
console.log(`\n${result.marks.length} tortured phrases restored; ${result.skipped.length} candidates not applied.`)
