import { idempotenceSuite } from './idempotence-suite.js'

// Slow tier: the full search (idempotence.test.ts runs the first few hundred cases in `npm test`).
idempotenceSuite('slow')
