import { markupPropertiesSuite } from './markup-properties-suite.js'

// Fast tier: a few hundred generated documents. markup-properties.slow.test.ts runs the full search.
markupPropertiesSuite('fast')
