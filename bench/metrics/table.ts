/** Tiny plain-text table printer for benchmark console output. */

/** A table cell; null, undefined and non-finite numbers print as "n/a". */
export type Cell = string | number | null | undefined

/** Column settings. A plain string is a header with default settings. */
export interface Column {
  /** Header text. */
  readonly header: string
  /** Decimals for numbers; default: integers as-is, other numbers with 2. */
  readonly decimals?: number
  /** Alignment; default right for columns holding any number, else left. */
  readonly align?: 'left' | 'right'
}

/** Format a number with fixed decimals; null/undefined/NaN/Infinity -> "n/a". */
export function formatNumber(x: number | null | undefined, decimals?: number): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'n/a'
  if (decimals === undefined) return Number.isInteger(x) ? String(x) : x.toFixed(2)
  return x.toFixed(decimals)
}

/**
 * Render rows as an aligned text table with a header and a dashed rule, columns separated by two
 * spaces, no trailing spaces, lines joined with "\n".
 */
export function formatTable(columns: readonly (Column | string)[], rows: readonly (readonly Cell[])[]): string {
  const cols: Column[] = columns.map((c) => (typeof c === 'string' ? { header: c } : c))
  const text = rows.map((row) =>
    cols.map((c, k) => {
      const v = row[k]
      return typeof v === 'string' ? v : formatNumber(v, c.decimals)
    }),
  )
  const right = cols.map(
    (c, k) => (c.align ?? (rows.some((r) => typeof r[k] === 'number' || r[k] === null) ? 'right' : 'left')) === 'right',
  )
  const width = cols.map((c, k) => Math.max(c.header.length, ...text.map((r) => r[k]!.length)))
  const line = (cells: readonly string[]): string =>
    cells.map((s, k) => (right[k] ? s.padStart(width[k]!) : s.padEnd(width[k]!))).join('  ').trimEnd()
  return [line(cols.map((c) => c.header)), width.map((w) => '-'.repeat(w)).join('  '), ...text.map(line)].join('\n')
}
