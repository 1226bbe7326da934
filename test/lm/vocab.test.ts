import { describe, expect, it } from 'vitest'
import { HASH_OUT, hashNgram, hashToken } from '../../src/lm/hash.js'
import { isNumberToken, lmToken } from '../../src/lm/vocab.js'

describe('number tokens', () => {
  it.each(['7', '7,554', '20.88', '+4', '-3', '1,000,000'])('%s is a number', (t) => {
    expect(isNumberToken(t)).toBe(true)
    expect(lmToken(t)).toBe('<num>')
  })
  it.each(['', '-', '1990s', '3rd', '5pm', 'seven', '7.', ',5', 'x7'])('%j is a word', (t) => {
    expect(isNumberToken(t)).toBe(false)
  })
})

describe('hashes', () => {
  const pair = (): [number, number] => [HASH_OUT[0]!, HASH_OUT[1]!]

  it('fold ASCII capitals only', () => {
    hashToken('White')
    const a = pair()
    hashToken('white')
    expect(pair()).toEqual(a)
    hashToken('été')
    const b = pair()
    hashToken('ÉTÉ')
    expect(pair()).not.toEqual(b)
  })

  it('keep h1 non-negative and depend on order and position', () => {
    hashNgram(3, 1, 2, 3, -1)
    const a = pair()
    expect(a[0]).toBeGreaterThanOrEqual(0)
    hashNgram(3, 1, 3, 2, -1)
    expect(pair()).not.toEqual(a)
    hashNgram(2, 1, 2, 3, -1)
    expect(pair()).not.toEqual(a)
  })

  it('are stable (changing them changes the file format)', () => {
    hashToken('news')
    expect(pair()).toMatchInlineSnapshot(`
      [
        2001294614,
        1200889740,
      ]
    `)
    hashNgram(3, 10, 20, 30, -1)
    expect(pair()).toMatchInlineSnapshot(`
      [
        797481981,
        525606486,
      ]
    `)
  })
})
