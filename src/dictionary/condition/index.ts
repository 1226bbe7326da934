/** The `when` condition language (syntax.ts): what the rest of the library uses of it. */
export { ConditionSyntaxError, type Condition, type ConditionTerm } from './syntax.js'
export { parseCondition } from './parse.js'
export { createConditionDocument, type ConditionDocument } from './document.js'
export { evaluateCondition } from './evaluate.js'
