/**
 * The slots of an open-addressing hash table with linear probing: (hash, value) pairs in one
 * `Int32Array`, values >= 0, kept at most three quarters full. A missing key then takes about eight
 * probes at worst (three at half full), of adjacent slots in one or two cache lines, while a fuller
 * table touches fewer pages of fresh memory, which cost more on a 10 MB database. The owner keeps the
 * keys and compares them; this only says where to look. Probe for a hash with
 *
 *   for (let slot = slots.first(hash); slots.value(slot) >= 0; slot = slots.next(slot)) ...
 *
 * and, when the run ends on an empty slot without a match, `put` the new pair there.
 */
export class HashSlots {
  private pairs: Int32Array
  private used = 0
  private mask: number

  /** Room for `expected` pairs before the table grows. */
  constructor(expected = 1 << 11) {
    let capacity = 16
    while (3 * capacity < 4 * expected) capacity *= 2
    this.pairs = new Int32Array(2 * capacity).fill(-1)
    this.mask = capacity - 1
  }

  first(hash: number): number {
    return hash & this.mask
  }

  next(slot: number): number {
    return (slot + 1) & this.mask
  }

  hash(slot: number): number {
    return this.pairs[2 * slot]!
  }

  /** The value at `slot`, -1 when it is empty. */
  value(slot: number): number {
    return this.pairs[2 * slot + 1]!
  }

  /** Fill the empty `slot` a probe for `hash` ended on. */
  put(slot: number, hash: number, value: number): void {
    this.pairs[2 * slot] = hash
    this.pairs[2 * slot + 1] = value
    if (4 * ++this.used > 3 * (this.mask + 1)) this.grow()
  }

  /**
   * Empty `slot`, moving later pairs of its probe run back into the gap when their probe passed it,
   * so every remaining pair is still found (deletion without tombstones, Knuth's Algorithm R).
   */
  remove(slot: number): void {
    let gap = slot
    for (let next = this.next(gap); this.value(next) >= 0; next = this.next(next)) {
      // Move the pair at `next` back when its home slot is not cyclically within (gap, next].
      const home = this.first(this.hash(next))
      if (gap <= next ? home <= gap || home > next : home <= gap && home > next) {
        this.pairs[2 * gap] = this.hash(next)
        this.pairs[2 * gap + 1] = this.value(next)
        gap = next
      }
    }
    this.pairs[2 * gap + 1] = -1
    this.used--
  }

  private grow(): void {
    const old = this.pairs
    this.pairs = new Int32Array(2 * old.length).fill(-1)
    this.mask = old.length - 1
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1]! < 0) continue
      let slot = this.first(old[k]!)
      while (this.value(slot) >= 0) slot = this.next(slot)
      this.pairs[2 * slot] = old[k]!
      this.pairs[2 * slot + 1] = old[k + 1]!
    }
  }
}
