import { HashSlots } from './hash-slots.js'

/**
 * Numbers for distinct forms, by key: an open-addressing hash table over FNV-1a of the key's UTF-16
 * units. A key is looked up as a range of a string with A-Z folded to a-z, so the loader interns a
 * plain member straight from the database text, without building the member or its key as strings
 * (a 10 MB database has over a million members and about a hundred thousand distinct forms). Keys are
 * kept one after another in one array of character codes: comparing a key then reads one place in
 * memory instead of following a string.
 */
export class FormTable {
  /**
   * Each form as first written: `spellings[id]` from `spellingStart[id]` for the length of its key,
   * or the whole string when that is -1. Sliced out only when asked for (`text`): half the forms of
   * a database become neither an entry nor an original, and their strings would only be garbage.
   */
  private readonly spellings: string[] = []
  private spellingStart: Int32Array
  /** Line each form was first read from. */
  private firstLines: Int32Array
  private chars: Uint16Array
  /** Form `id`'s key is `chars[keyStart[id]]` up to `keyStart[id + 1]`. */
  private keyStart: Int32Array
  private hashes: Int32Array
  private readonly slots: HashSlots
  /** The key being looked up, folded (see `intern`). */
  private key = new Uint16Array(64)

  /** Room for `expected` forms (of 16 characters on average) before the arrays grow. */
  constructor(expected = 1 << 12) {
    this.chars = new Uint16Array(16 * expected)
    this.keyStart = new Int32Array(expected + 1)
    this.hashes = new Int32Array(expected + 1)
    this.spellingStart = new Int32Array(expected + 1)
    this.firstLines = new Int32Array(expected + 1)
    this.slots = new HashSlots(expected)
  }

  get size(): number {
    return this.spellings.length
  }

  /** The line form `id` was first read from. */
  firstLine(id: number): number {
    return this.firstLines[id]!
  }

  /** Form `id` as first written. */
  text(id: number): string {
    const start = this.spellingStart[id]!
    if (start >= 0) {
      this.spellings[id] = this.spellings[id]!.slice(start, start + this.keyStart[id + 1]! - this.keyStart[id]!)
      this.spellingStart[id] = -1
    }
    return this.spellings[id]!
  }

  /**
   * The number of the form whose key is `source.slice(from, to)` with A-Z folded to a-z (a plain
   * member's key, or a key already lowercased, which folding leaves as it is); a new form is added,
   * spelt `text` (default: that slice of `source`) and first seen on `line`. One function for the
   * hash, the probe and the comparison: called a million times, it is the loader's hottest code, and
   * V8 compiles each helper on its own before inlining it again.
   */
  intern(source: string, from: number, to: number, line: number, text?: string): number {
    const length = to - from
    if (length > this.key.length) this.key = new Uint16Array(length)
    // The key folded into `key`, hashed with FNV-1a: one pass over the string, after which comparing
    // and copying it read typed arrays only.
    let hash = 0x811c9dc5
    for (let i = from; i < to; i++) {
      const c = source.charCodeAt(i)
      const folded = c >= 65 && c <= 90 ? c | 32 : c
      this.key[i - from] = folded
      hash = Math.imul(hash ^ folded, 16777619)
    }
    probe: for (let slot = this.slots.first(hash); ; slot = this.slots.next(slot)) {
      const id = this.slots.value(slot)
      if (id < 0) {
        // Without a text of its own, the new form keeps its place in `source` until asked for.
        return text === undefined ? this.add(slot, hash, length, line, source, from) : this.add(slot, hash, length, line, text, -1)
      }
      if (this.slots.hash(slot) !== hash) continue
      const start = this.keyStart[id]!
      if (this.keyStart[id + 1]! - start !== length) continue
      for (let i = 0; i < length; i++) if (this.chars[start + i] !== this.key[i]) continue probe
      return id
    }
  }

  /** Forget the forms numbered `size` and up, the newest ones. */
  truncate(size: number): void {
    for (let id = this.size - 1; id >= size; id--) this.slots.remove(this.slotOf(id))
    this.spellings.length = size
  }

  /** Add the key in `key` as a new form, spelt `spelling` from `spellingStart` (see `spellings`). */
  private add(slot: number, hash: number, length: number, line: number, spelling: string, spellingStart: number): number {
    const id = this.size
    const start = this.keyStart[id]!
    if (start + length > this.chars.length) this.chars = grow(this.chars, start + length)
    if (id + 2 > this.keyStart.length) {
      this.keyStart = grow(this.keyStart, id + 2)
      this.hashes = grow(this.hashes, id + 2)
      this.spellingStart = grow(this.spellingStart, id + 2)
      this.firstLines = grow(this.firstLines, id + 2)
    }
    for (let i = 0; i < length; i++) this.chars[start + i] = this.key[i]!
    this.keyStart[id + 1] = start + length
    this.hashes[id] = hash
    this.spellings.push(spelling)
    this.spellingStart[id] = spellingStart
    this.firstLines[id] = line
    this.slots.put(slot, hash, id)
    return id
  }

  private slotOf(id: number): number {
    let slot = this.slots.first(this.hashes[id]!)
    while (this.slots.value(slot) !== id) slot = this.slots.next(slot)
    return slot
  }
}

function grow<T extends Int32Array | Uint16Array>(array: T, needed: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2))
  bigger.set(array)
  return bigger
}
