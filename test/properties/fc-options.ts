import type { Parameters } from 'fast-check'

/**
 * The test tier a property suite runs in (issue 15): `fast` (`npm test`) runs each property a few
 * hundred times at most, `slow` (`npm run test:slow`) runs the full search. Both use the seed below.
 */
export type Tier = 'fast' | 'slow'

/** The run count for `tier`: `fast` in `npm test`, `slow` in `npm run test:slow`. */
export function tierRuns(tier: Tier, fast: number, slow: number): number {
  return tier === 'fast' ? fast : slow
}

/**
 * fast-check parameters shared by the property suites. The seed is fixed so a CI run is
 * reproducible; a failure prints its seed and counterexample. For a longer search set
 * `FC_SEED=random` (or a number) and `FC_SCALE=10` (runs multiplied by it):
 *
 *   FC_SEED=random FC_SCALE=20 npx vitest run test/properties test/markup   (both tiers)
 */
export function fcOptions<T>(numRuns: number): Parameters<T> {
  const scale = Number(process.env.FC_SCALE ?? 1)
  const seedSetting = process.env.FC_SEED
  const seed = seedSetting === 'random' ? undefined : seedSetting !== undefined ? Number(seedSetting) : 20_260_707
  return { numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1))), ...(seed === undefined ? {} : { seed }) }
}

/** A vitest timeout for a property test: `ms`, times `FC_SCALE` when a longer search is asked for. */
export function scaledTimeout(ms: number): number {
  const scale = Number(process.env.FC_SCALE ?? 1)
  return Math.round(ms * (Number.isFinite(scale) && scale > 1 ? scale : 1))
}
