/** Plain-text rendering: each change shown in place as `[told <- instructed, 62%]`. */

import type { RestoreResult } from '../types.js'
import { percent, splitSegments } from './segments.js'

/**
 * Render the restored text with every change written in place as
 * `[restored <- found, NN%]`. Text around the marks is copied byte for byte, so a result with no
 * marks renders as `result.text` unchanged.
 */
export function formatInline(result: RestoreResult): string {
  let out = ''
  for (const segment of splitSegments(result)) {
    out +=
      segment.kind === 'plain'
        ? segment.text
        : `[${segment.text} <- ${segment.mark.found}, ${percent(segment.mark.confidence)}]`
  }
  return out
}
