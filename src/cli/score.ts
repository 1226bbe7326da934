/** The spin score shown by `--detect` and used by `--fail-on-spin`: the library's own document score. */

import type { RestoreResult } from '../index.js'

/** What the score is called wherever it is shown. */
export const SCORE_LABEL = 'Spin score'

/** A document's spin score in `[0, 1]` (see `detectSpin` in docs/api.md). */
export function spinScoreOf(result: RestoreResult): number {
  return result.spin?.score ?? 0
}
