/**
 * A read-only map over text written by `encodeMap`: its keys are read into a map of row numbers at
 * once, and each value is decoded from its row when first asked for. For the built-in dictionaries'
 * precomputed tables, of which a document reads a few hundred rows out of thousands.
 */

// Keys and rows are joined by ROW; `encodeMap`'s callers keep ROW out of their rows (dictionary text
// holds no control characters) and may use the characters below it inside a row.
const ROW = '\u0003'

/** The keys of `map` and their values written by `encode`, as the two strings `EncodedMap` reads. */
export function encodeMap<V>(map: ReadonlyMap<string, V>, encode: (value: V) => string): [keys: string, rows: string] {
  const rows = [...map.values()].map(encode)
  if ([...map.keys(), ...rows].some((text) => text.includes(ROW))) throw new Error('encodeMap: a key or row holds the row separator')
  return [[...map.keys()].join(ROW), rows.join(ROW)]
}

export class EncodedMap<V> implements ReadonlyMap<string, V> {
  readonly #rowOf: Map<string, number>
  #rows: string[] | undefined
  readonly #decoded: (V | undefined)[] = []

  constructor(keys: string, private readonly rows: string, private readonly decode: (row: string) => V) {
    this.#rowOf = new Map()
    if (keys !== '') keys.split(ROW).forEach((key, row) => this.#rowOf.set(key, row))
  }

  get size(): number {
    return this.#rowOf.size
  }

  get(key: string): V | undefined {
    const row = this.#rowOf.get(key)
    return row === undefined ? undefined : this.#value(row)
  }

  has(key: string): boolean {
    return this.#rowOf.has(key)
  }

  *entries(): MapIterator<[string, V]> {
    for (const [key, row] of this.#rowOf) yield [key, this.#value(row)]
  }

  keys(): MapIterator<string> {
    return this.#rowOf.keys()
  }

  *values(): MapIterator<V> {
    for (const row of this.#rowOf.values()) yield this.#value(row)
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this)
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries()
  }

  // On the hot path (a lookup per word of every document): one map lookup, one array read. `decode`
  // never gives undefined, so an unset slot means not decoded yet.
  #value(row: number): V {
    const decoded = this.#decoded[row]
    if (decoded !== undefined) return decoded
    const rows = (this.#rows ??= this.rows.split(ROW))
    return (this.#decoded[row] = this.decode(rows[row]!))
  }
}
