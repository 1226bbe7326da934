import { proseOraclesSuite } from './prose-oracles-suite.js'

// Slow tier: the full search (prose-oracles.test.ts runs the first few hundred cases in `npm test`).
proseOraclesSuite('slow')
