import { markupPropertiesSuite } from './markup-properties-suite.js'

// Slow tier: the full search (markup-properties.test.ts runs the first few hundred cases in `npm test`).
markupPropertiesSuite('slow')
