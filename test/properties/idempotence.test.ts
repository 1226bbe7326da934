import { idempotenceSuite } from './idempotence-suite.js'

// Fast tier: a few hundred runs per property. idempotence.slow.test.ts runs the full search.
idempotenceSuite('fast')
