import { proseOraclesSuite } from './prose-oracles-suite.js'

// Fast tier: a few hundred generated documents. prose-oracles.slow.test.ts runs the full search.
proseOraclesSuite('fast')
