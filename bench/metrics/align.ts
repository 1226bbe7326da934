/**
 * Token alignment for the benchmark metrics. The code lives in src/learn/align.ts (mining uses the same
 * alignment); this module re-exports it so bench code keeps importing from here.
 */
export { diffTokens, opcodeDistance, tokenDistance, type Opcode } from '../../src/learn/align.js'
