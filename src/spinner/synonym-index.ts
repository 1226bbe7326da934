import { FormTable } from './form-table.js'

/**
 * Synonym sets laid out for the channel: each distinct form numbered (by key, first spelling kept),
 * every set's member numbers in one flat array, and for each form the (set, position) places it
 * occurs, so the channel runs on typed arrays instead of millions of map lookups and objects.
 */
export class SynonymIndex {
  readonly forms = new FormTable()
  private ids: Int32Array = new Int32Array(1 << 16)
  private starts: Int32Array = new Int32Array(1 << 12)
  private size = 0
  private setCount = 0
  // Sets seen, by a hash of their member numbers: cheaper than a set of joined strings, which took a
  // quarter of the load time. A collision between two different sets only keeps a duplicate.
  private readonly setHashes = new Map<number, number>()

  /** Add one set (members in order, their keys, the line it was read from); false for a duplicate. */
  add(members: readonly string[], keys: readonly string[], line: number): boolean {
    if (this.size + keys.length > this.ids.length) this.ids = grow(this.ids, this.size + keys.length)
    if (this.setCount + 2 > this.starts.length) this.starts = grow(this.starts, this.setCount + 2)
    const begin = this.size
    let hash = 0x811c9dc5
    for (let i = 0; i < keys.length; i++) {
      const id = this.forms.intern(keys[i]!, members[i]!, line)
      this.ids[this.size++] = id
      hash = Math.imul(hash ^ id, 16777619)
    }
    const earlier = this.setHashes.get(hash)
    if (earlier !== undefined && this.sameSet(earlier, begin)) {
      this.size = begin
      return false
    }
    this.setHashes.set(hash, this.setCount)
    this.starts[this.setCount++] = begin
    this.starts[this.setCount] = this.size
    return true
  }

  private sameSet(set: number, begin: number): boolean {
    const from = this.starts[set]!
    const length = this.starts[set + 1]! - from
    if (length !== this.size - begin) return false
    for (let k = 0; k < length; k++) if (this.ids[from + k] !== this.ids[begin + k]) return false
    return true
  }

  /** Flat arrays for the channel, with each form's places found by a counting sort (file order). */
  layout(): { ids: Int32Array; lineStart: Int32Array; postings: { start: Int32Array; line: Int32Array; position: Int32Array } } {
    const ids = this.ids.subarray(0, this.size)
    const lineStart = this.starts.subarray(0, this.setCount + 1)
    const start = new Int32Array(this.forms.size + 1)
    for (let k = 0; k < ids.length; k++) start[ids[k]! + 1]!++
    for (let f = 0; f < this.forms.size; f++) start[f + 1]! += start[f]!
    const fill = start.slice(0, this.forms.size)
    const line = new Int32Array(ids.length)
    const position = new Int32Array(ids.length)
    for (let l = 0; l < this.setCount; l++) {
      for (let k = lineStart[l]!; k < lineStart[l + 1]!; k++) {
        const p = fill[ids[k]!]!++
        line[p] = l
        position[p] = k - lineStart[l]!
      }
    }
    return { ids, lineStart, postings: { start, line, position } }
  }
}

function grow(array: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, array.length * 2))
  bigger.set(array)
  return bigger
}
