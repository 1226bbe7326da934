import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { createRestorer } from '../../src/index.js'
import { generatedText } from '../helpers/generated-text.js'
import { captureIO } from './helpers.js'

describe('one large document on the command line', () => {
  it('is restored window by window with a progress line on a terminal, and the same output', async () => {
    const text = generatedText(300_000, 5)
    const dir = mkdtempSync(join(tmpdir(), 'unspin-large-'))
    try {
      const file = join(dir, 'big.txt')
      writeFileSync(file, text)
      const { io, stdout, stderr } = captureIO()
      const code = await runCli(['-f', 'text', file], { ...io, stderrIsTTY: true })
      expect(code).toBe(0)
      expect(stdout()).toBe(createRestorer().restore(text).text)
      // Percentage, size, rate and elapsed time while it runs, then a summary line.
      expect(stderr()).toMatch(/\r\u001b\[Kunspin \d+% of 0\.3 MB, [\d.]+ MB\/s, [\d.]+ s/)
      expect(stderr()).toMatch(/unspin: 0\.3 MB in [\d.]+ s \([\d.]+ MB\/s\)\n$/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)
})
