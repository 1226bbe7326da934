import { orderIndependenceSuite } from './order-independence-suite.js'

// Fast tier: a smaller corpus and fewer shuffles. order-independence.slow.test.ts runs the full search.
orderIndependenceSuite('fast')
