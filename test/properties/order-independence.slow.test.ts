import { orderIndependenceSuite } from './order-independence-suite.js'

// Slow tier: the full search (order-independence.test.ts runs a smaller one in `npm test`).
orderIndependenceSuite('slow')
