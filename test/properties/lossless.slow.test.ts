import { losslessSuite } from './lossless-suite.js'

// Slow tier: the full search (lossless.test.ts runs the first few hundred cases in `npm test`).
losslessSuite('slow')
