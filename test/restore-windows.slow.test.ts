import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRestorer, type RestoredPiece } from '../src/index.js'
import { generatedText } from './helpers/generated-text.js'

describe('a long input restored window by window', () => {
  it('gives the whole-text result (3 MB of generated spun text, restore() past WINDOWED_FROM)', async () => {
    const restorer = createRestorer()
    const text = generatedText(3 * 1024 * 1024, 16)
    const whole: RestoredPiece[] = []
    for await (const piece of restorer.restoreStream([text], { windowChars: Number.MAX_SAFE_INTEGER })) whole.push(piece)
    expect(whole).toHaveLength(1)
    const windowed = restorer.restore(text)
    expect(windowed.text).toBe(whole[0]!.text)
    expect(windowed.marks).toEqual(whole[0]!.marks)
    expect(windowed.skipped).toEqual(whole[0]!.skipped)
    expect(windowed.spin).toEqual(whole[0]!.spin)
    expect(windowed.marks.length).toBeGreaterThan(10_000)
    // detect decides a long text the same way: the marks as applied suspects, the skipped as the rest.
    const detection = restorer.detect(text)
    const { suspects, ...spin } = detection
    expect(spin).toEqual(whole[0]!.spin)
    expect(suspects.filter((s) => s.applied).map(({ applied, ...c }) => c)).toEqual(whole[0]!.marks.map(({ outputStart, outputEnd, ...c }) => c))
    expect(suspects.filter((s) => !s.applied).map(({ applied, ...c }) => c)).toEqual(whole[0]!.skipped)
  }, 600_000)

  it('gives the whole-text result in fresh processes, where wink-nlp starts from its own lexicon', () => {
    const root = join(import.meta.dirname, '..')
    const run = (mode: string) =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', join(root, 'node_modules/tsx/dist/loader.mjs'), join(root, 'test/helpers/restore-child.ts'), String(1024 * 1024), '23', mode], {
          encoding: 'utf8',
          cwd: root,
        }),
      ) as { hash: string; marks: number }
    const whole = run('whole')
    const windowed = run('windowed')
    expect(windowed.marks).toBeGreaterThan(1000)
    expect(windowed).toEqual(whole)
  }, 600_000)
})
