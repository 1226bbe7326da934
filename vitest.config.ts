import { defineConfig } from 'vitest/config'

/**
 * Two tiers, told apart by file name (issue 15):
 *
 * - fast (`npm test`): every `test/**\/*.test.ts` that is not `*.slow.test.ts`. Unit tests of each
 *   pipeline stage, and the offset, idempotence and order-independence properties with fewer runs.
 *   Files share one module graph per worker (`isolate: false`), so the language model, POS model and
 *   built-in dictionaries load once per worker instead of once per file. No fast test changes global
 *   state (process.chdir, mocks, environment), which is what isolation guards against: a test that
 *   must do so belongs in the slow tier.
 * - slow (`npm run test:slow`): `*.slow.test.ts`. Packing and installing the package, the built CLI
 *   as a child process, the CLI in-process end to end, headless Chromium, pathological sizes and the
 *   property suites with their full run counts.
 *
 * `npx vitest run` runs both. test/tiers.test.ts checks that every test file is in exactly one tier.
 */
export const ALL_TESTS = 'test/**/*.test.ts'
export const SLOW_TESTS = 'test/**/*.slow.test.ts'

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: [ALL_TESTS],
          exclude: [SLOW_TESTS],
          isolate: false,
          // Both cores (vitest's default leaves one for the main process, which mostly waits).
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: [SLOW_TESTS],
        },
      },
    ],
  },
})
