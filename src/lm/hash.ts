/**
 * Hashes for the binary model's open-addressing tables. Each key gets two independent 32-bit hashes:
 * `h1` picks the home slot, `h2` is the fingerprint stored in the slot. Both are MurmurHash3 steps
 * over 32-bit words (UTF-16 code units for strings, word ids for n-grams), computed with
 * `Math.imul` into a shared scratch array, so hashing allocates nothing. The writer and the reader
 * use these same functions: changing them changes the file format (bump FORMAT_VERSION).
 */

/**
 * Scratch output of the last hash call: h1 (31 bits, non-negative, so `h1 % slots` stays in integer
 * arithmetic) and h2 (32 bits as a signed integer, compared with stored fingerprints as is).
 */
export const HASH_OUT = new Int32Array(2)

const SEED1 = 0x9747b28c
const SEED2 = 0x3c6ef372

function step(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51)
  k = (k << 15) | (k >>> 17)
  k = Math.imul(k, 0x1b873593)
  h ^= k
  h = (h << 13) | (h >>> 19)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

function finish(h: number, length: number): number {
  h ^= length
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h | 0
}

/**
 * Hash a token's UTF-16 code units with ASCII capitals folded to lowercase (so `White` and `white`
 * meet without allocating a lowercased copy). Result in `HASH_OUT`.
 */
export function hashToken(token: string): void {
  let a = SEED1
  let b = SEED2
  for (let i = 0; i < token.length; i++) {
    let c = token.charCodeAt(i)
    if (c >= 65 && c <= 90) c += 32
    a = step(a, c)
    b = step(b, c ^ 0x5bd1e995)
  }
  HASH_OUT[0] = finish(a, token.length) >>> 1
  HASH_OUT[1] = finish(b, token.length)
}

/**
 * Hash an n-gram of word ids given newest first: `w` the predicted word, `p1` the word before it,
 * and so on; `n` (the order) says how many of the ids count. Result in `HASH_OUT`.
 */
export function hashNgram(n: number, w: number, p1: number, p2: number, p3: number): void {
  let a = step(SEED1 ^ n, w)
  let b = step(SEED2 ^ n, w ^ 0x5bd1e995)
  if (n > 1) { a = step(a, p1); b = step(b, p1 ^ 0x5bd1e995) }
  if (n > 2) { a = step(a, p2); b = step(b, p2 ^ 0x5bd1e995) }
  if (n > 3) { a = step(a, p3); b = step(b, p3 ^ 0x5bd1e995) }
  HASH_OUT[0] = finish(a, n) >>> 1
  HASH_OUT[1] = finish(b, n)
}

/** Fingerprint stored in a two-word slot: all 32 bits of h2, never 0 (which marks an empty slot). */
export function fingerprint(h2: number): number {
  return h2 === 0 ? 1 : h2
}

/**
 * Fingerprint of a packed one-word slot (highest order): the top 24 bits of h2 with the low byte
 * free for the log-prob code; never 0 in the top 24 bits.
 */
export function packedFingerprint(h2: number): number {
  const fp = h2 & ~0xff
  return fp === 0 ? 0x100 : fp
}
