/** Terminal rendering: restored spans coloured by level, the spun form dim in brackets after it. */

import type { Level, RestoreResult } from '../types.js'
import { splitSegments } from './segments.js'

const RESET = '\u001b[0m'
const DIM = '\u001b[2m'

/** SGR colour per level: green for high, yellow for medium, red for low confidence. */
export const ANSI_LEVEL_COLORS: Readonly<Record<Level, string>> = {
  high: '\u001b[32m',
  medium: '\u001b[33m',
  low: '\u001b[31m',
}

/**
 * Render the restored text for a terminal: each restored span in its level's colour followed by
 * ` [found]` in dim, each closed with a reset so colours never leak into the following text.
 * Always emits colour; whether to use this format (TTY, `NO_COLOR`, ...) is the caller's decision.
 * Stripping the escape codes leaves `restored [found]` in place of every change.
 */
export function formatAnsi(result: RestoreResult): string {
  let out = ''
  for (const segment of splitSegments(result)) {
    if (segment.kind === 'plain') {
      out += segment.text
    } else {
      out += `${ANSI_LEVEL_COLORS[segment.level]}${segment.text}${RESET} ${DIM}[${segment.mark.found}]${RESET}`
    }
  }
  return out
}
