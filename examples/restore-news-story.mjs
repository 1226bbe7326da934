// A spun news story (text written for this example in the style of a content-farm copy) restored,
// with every change shown inline with its confidence.
//
//   npm run demo            (builds the package, then runs this file)
//   node examples/restore-news-story.mjs
import { formatMarks, restoreText } from 'unspin'

const spun = `White Home officers stated on Tuesday that the particular army operation would proceed with out a pause.

Kremlin spokesman Dmitry Peskov instructed TASS information company on Monday, with out providing details, that talks had stalled. In any other case, he said, the sides would have met in the present day.

Supply hyperlink`

const result = restoreText(spun)

console.log('--- spun input ---')
console.log(spun)
console.log('\n--- restored, with marks ---')
console.log(formatMarks(result, process.stdout.isTTY ? 'ansi' : 'inline'))
console.log('\n--- changes ---')
for (const mark of result.marks) {
  console.log(`${String(mark.start).padStart(4)}-${String(mark.end).padEnd(4)} ${mark.found} -> ${mark.restored}  (${mark.confidence.toFixed(2)}, ${mark.level}, ${mark.source}/${mark.entryId})`)
}
if (result.skipped.length > 0) {
  console.log('\n--- found but not applied ---')
  for (const s of result.skipped) console.log(`${s.found} -> ${s.restored}  (${s.confidence.toFixed(2)}, ${s.reason})`)
}
