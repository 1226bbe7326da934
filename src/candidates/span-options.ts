import type { SpanOption } from '../pipeline.js'

/** A span option before conditions are settled: whether its entry's `when` condition holds. */
export interface Option extends SpanOption {
  readonly conditionMet: boolean
}

/** A span of words and its options, best first, before article agreement and conditions. */
export interface SpanOptions {
  readonly first: number
  readonly last: number
  readonly options: readonly Option[]
}
