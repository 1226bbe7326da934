import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import type { CliIO } from '../../src/cli/io.js'
import { captureIO } from './helpers.js'

// Issue 18's CLI fixes, end to end in-process: `--format ansi` and the warning for markup on stdin.
const SENTENCE = 'Peskov instructed TASS information company on Monday, with out providing details.\n'
const ESCAPE = '\u001b['

async function cli(args: string[], input: string, extra: Partial<CliIO> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, stdout, stderr } = captureIO(input)
  const code = await runCli(args, { ...io, ...extra })
  return { code, stdout: stdout(), stderr: stderr() }
}

describe('--format ansi', () => {
  it('colours the changes on a terminal, and FORCE_COLOR or --color always elsewhere', async () => {
    const tty = await cli(['--format', 'ansi'], SENTENCE, { stdoutIsTTY: true })
    expect(tty.code).toBe(0)
    expect(tty.stdout).toContain(`${ESCAPE}32mtold${ESCAPE}0m ${ESCAPE}2m[instructed]${ESCAPE}0m`)
    expect((await cli(['--format', 'ansi'], SENTENCE, { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESCAPE)
    expect((await cli(['--format', 'ansi', '--color', 'always'], SENTENCE)).stdout).toContain(ESCAPE)
  })

  it('writes the inline format, no escape codes, into a pipe, with NO_COLOR or --color never', async () => {
    const inline = await cli(['--format', 'inline'], SENTENCE)
    for (const [args, extra] of [[[], {}], [[], { stdoutIsTTY: true, env: { NO_COLOR: '1' } }], [['--color', 'never'], { stdoutIsTTY: true }]] as const) {
      const result = await cli(['--format', 'ansi', ...args], SENTENCE, extra)
      expect(result.stdout).toBe(inline.stdout)
      expect(result.stdout).not.toContain(ESCAPE)
    }
  })
})

describe('stdin that looks like markup', () => {
  it('gets a warning naming --markup, and is still restored; --markup or plain text get none', async () => {
    const html = `<p>${SENTENCE.trim()}</p>\n<p>Second paragraph.</p>\n`
    const warned = await cli(['--format', 'text'], html)
    expect(warned.code).toBe(0)
    expect(warned.stderr).toMatch(/^unspin: warning: stdin looks like HTML .* Pass --markup html /)
    expect(warned.stdout).toContain('Peskov told TASS')
    expect((await cli(['--format', 'text', '--markup', 'html'], html)).stderr).toBe('')
    expect((await cli(['--format', 'text'], SENTENCE)).stderr).toBe('')
    expect((await cli(['--format', 'text'], `# Notes\n\n${SENTENCE}`)).stderr).toMatch(/stdin looks like Markdown .* --markup markdown/)
  })
})

