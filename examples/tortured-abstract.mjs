// Tortured phrases in a paper abstract (written for this example) restored to the usual terms.
//
//   npm run build && node examples/tortured-abstract.mjs
import { formatMarks, restoreText } from 'unspin'

// "profound learning" is restored only because the abstract also says "deep learning": the PPS
// fingerprint for that phrase is a condition on the whole document.
const abstract = `Counterfeit consciousness is changing how hospitals screen for bosom peril. In this paper we train an irregular woodland classifier and a profound learning model on mammograms, and we report the flag to clamor proportion of each imaging device. Unlike earlier deep learning studies, we find that haze figuring makes such screening affordable for small clinics.`

const result = restoreText(abstract)
console.log(formatMarks(result, process.stdout.isTTY ? 'ansi' : 'inline'))
console.log(`\n${result.marks.length} tortured phrases restored. Found but not applied:`)
for (const s of result.skipped) {
  const others = s.alternatives.map((a) => `${a.restored} ${Math.round(a.confidence * 100)}%`).join(', ')
  console.log(`  ${s.found} -> ${s.restored} (${Math.round(s.confidence * 100)}%, ${s.reason}${others ? `; also ${others}` : ''})`)
}
