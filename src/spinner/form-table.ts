/**
 * Numbers for distinct forms, by key. An open-addressing hash table over FNV-1a of the key's UTF-16
 * units: with a million member lookups in a 10 MB database, this took about 40% less time than a
 * `Map<string, number>` (measured on the Moby-based test database of bench/spinner-db.ts).
 */
export class FormTable {
  /** Each form's key, by number. */
  readonly keys: string[] = []
  /** Each form as first written, by number. */
  readonly texts: string[] = []
  /** Line each form was first read from, by number. */
  readonly firstLine: number[] = []
  private slots = new Int32Array(1 << 16).fill(-1)
  private hashes: number[] = []

  /** The number of the form with this key, adding it (spelt `text`, first seen on `line`) when new. */
  intern(key: string, text: string, line: number): number {
    let hash = 0x811c9dc5
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619)
    hash >>>= 0
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!
      if (id < 0) {
        const fresh = this.keys.length
        this.slots[slot] = fresh
        this.keys.push(key)
        this.texts.push(text)
        this.firstLine.push(line)
        this.hashes.push(hash)
        if (2 * this.keys.length > this.slots.length) this.rehash()
        return fresh
      }
      if (this.hashes[id] === hash && this.keys[id] === key) return id
    }
  }

  get size(): number {
    return this.keys.length
  }

  // Keep the table at most half full, so probes stay short.
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1)
    const mask = this.slots.length - 1
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask
      this.slots[slot] = id
    })
  }
}
