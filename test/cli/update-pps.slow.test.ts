import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { captureIO } from './helpers.js'

// `unspin update-pps` end to end, in-process: an export we wrote (invented phrases) in, a dictionary
// out, loaded with --dict.
const dir = mkdtempSync(join(tmpdir(), 'unspin-update-pps-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function cli(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, stdout, stderr } = captureIO(input)
  const code = await runCli(args, io)
  return { code, stdout: stdout(), stderr: stderr() }
}

describe('unspin update-pps', () => {
  it('writes a dictionary that --dict loads and restores with', async () => {
    const exportFile = join(dir, 'tortured-phrases-2026.csv')
    writeFileSync(exportFile, 'tortured,expected,nb_papers,fingerprint\nscattered record,distributed ledger,7,\nmurky layer,???,5,\n')
    const out = join(dir, 'pps-2026.tsv')
    const update = await cli(['update-pps', exportFile, '--out', out])
    expect(update).toMatchObject({ code: 0, stdout: '' })
    expect(update.stderr).toMatch(/^unspin: read 2 rows; skipped 1 \(1 original unknown.*?\); 0 merged into another row's entry; 1 entry: 0 left out .*; wrote 1\. .*Written to .*pps-2026\.tsv\.\n$/)
    expect(readFileSync(out, 'utf8')).toMatch(/^# name: pps-update$/m)
    const restored = await cli(['--dict', out, '--format', 'text'], 'The payments sit in a scattered record.\n')
    expect(restored).toMatchObject({ code: 0, stdout: 'The payments sit in a distributed ledger.\n', stderr: '' })
  })

  it('writes to stdout, prints its help, and exits 2 on a file that is not an export', async () => {
    const fromStdin = await cli(['update-pps', '-'], 'tortured\texpected\tnb_papers\tfingerprint\nscattered record\tdistributed ledger\t7\t\n')
    expect(fromStdin.code).toBe(0)
    expect(fromStdin.stdout).toMatch(/^scattered record\tdistributed ledger\t\t\t\tPPS nb_papers=7$/m)
    expect((await cli(['update-pps', '--help'])).stdout).toMatch(/^Usage: unspin update-pps EXPORT/)
    const notExport = join(dir, 'notes.txt')
    writeFileSync(notExport, 'just some text\n')
    const refused = await cli(['update-pps', notExport])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/notes\.txt: expected a Problematic Paper Screener export/)
  })
})
