import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorOf } from '../helpers/dictionary-errors.js'
import { readDatabaseFile } from '../../src/spinner/read-pieces.js'

const dir = mkdtempSync(join(tmpdir(), 'unspin-pieces-'))
function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}
const piecesOf = (path: string): { pieces: string[]; bytes: number } => readDatabaseFile(path, (pieces, bytes) => ({ pieces: [...pieces], bytes }))

describe('readDatabaseFile', () => {
  it('gives the text readFileSync gives, in pieces ending at line breaks, across megabyte boundaries', () => {
    // Lines of every length up to 3,000 bytes, multibyte characters among them, one line longer
    // than the buffer, a BOM, CRLF and no final line break: 3.4 MB in all.
    const parts: Buffer[] = [Buffer.from('\uFEFFsaid|stated\r\n')]
    for (let i = 0; parts.reduce((n, b) => n + b.length, 0) < 2_000_000; i++) {
      parts.push(Buffer.from(`${'é|x'.repeat(i % 1000)}😀\n`), Buffer.from('a\u20ac\n\u00ff|b\n'))
    }
    parts.push(Buffer.from(`${'long|'.repeat(300_000)}end\nlast|line`))
    const path = file('big.txt', Buffer.concat(parts))
    const { pieces, bytes } = piecesOf(path)
    expect(pieces.length).toBeGreaterThan(2)
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith('\n'))).toBe(true)
    expect(pieces.join('')).toBe(readFileSync(path, 'utf8'))
    expect(bytes).toBe(Buffer.concat(parts).length)
  })

  it('reads an empty file as no pieces', () => {
    expect(piecesOf(file('empty.txt', ''))).toEqual({ pieces: [], bytes: 0 })
  })

  it('fails on bytes that are not UTF-8 past the first megabyte, naming the file', () => {
    const path = file('late-latin1.txt', Buffer.concat([Buffer.from('said|stated\n'.repeat(200_000)), Buffer.from([0x61, 0xe2, 0x82, 0x0a, 0xff, 0x7c, 0x62, 0x0a])]))
    expect(() => piecesOf(path)).toThrow(/late-latin1\.txt: expected UTF-8 text/)
  })

  it('names the file when it cannot be read', () => {
    expect(errorOf(() => piecesOf(join(dir, 'missing.txt'))).message).toMatch(/missing\.txt: cannot read the spinner database: ENOENT/)
    expect(errorOf(() => piecesOf(dir)).message).toMatch(/cannot read the spinner database: EISDIR/)
  })
})
