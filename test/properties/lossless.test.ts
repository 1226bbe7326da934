import { losslessSuite } from './lossless-suite.js'

// Fast tier: a few hundred runs per property. lossless.slow.test.ts runs the full search.
losslessSuite('fast')
