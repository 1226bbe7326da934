/**
 * A read-only map over rows of text (as `encodeMap` writes them): its keys are read into a map of row
 * numbers on first use, and each value is decoded from its row when first asked for. For the built-in
 * dictionaries' precomputed tables (phrase tokens, compound index), of which a document reads a few
 * hundred rows out of thousands.
 */

// Keys and rows are joined by ROW; `encodeMap`'s callers keep ROW out of their rows (dictionary text
// holds no control characters) and may use the characters below it inside a row.
const ROW = '\u0003'

/** The keys of `map` and their values written by `encode`, as the two strings `EncodedMap` reads (see `splitKeys`). */
export function encodeMap<V>(map: ReadonlyMap<string, V>, encode: (value: V) => string): [keys: string, rows: string] {
  return [joinRows([...map.keys()]), joinRows([...map.values()].map(encode))]
}

/** Rows as one string, in order. */
export function joinRows(rows: readonly string[]): string {
  if (rows.some((row) => row.includes(ROW))) throw new Error('joinRows: a row holds the row separator')
  return rows.join(ROW)
}

/** The keys `encodeMap` joined. */
export function splitKeys(keys: string): string[] {
  return keys === '' ? [] : keys.split(ROW)
}

export class EncodedMap<V> implements ReadonlyMap<string, V> {
  #rowOf: Map<string, number> | undefined
  #rows: string[] | undefined
  readonly #decoded: (V | undefined)[] = []

  /** The keys in row order (`listKeys`) and the rows' text (`readRows`) are asked for on first use. */
  constructor(private readonly listKeys: () => readonly string[], private readonly readRows: () => string, private readonly decode: (row: string) => V) {}

  get size(): number {
    return this.#index().size
  }

  get(key: string): V | undefined {
    const row = this.#index().get(key)
    return row === undefined ? undefined : this.#value(row)
  }

  has(key: string): boolean {
    return this.#index().has(key)
  }

  *entries(): MapIterator<[string, V]> {
    for (const [key, row] of this.#index()) yield [key, this.#value(row)]
  }

  keys(): MapIterator<string> {
    return this.#index().keys()
  }

  *values(): MapIterator<V> {
    for (const row of this.#index().values()) yield this.#value(row)
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this)
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries()
  }

  // On the hot path (a lookup per word of every document): one map lookup, one array read. `decode`
  // never gives undefined, so an unset slot means not decoded yet.
  #index(): Map<string, number> {
    if (this.#rowOf === undefined) {
      this.#rowOf = new Map()
      this.listKeys().forEach((key, row) => this.#rowOf!.set(key, row))
    }
    return this.#rowOf
  }

  #value(row: number): V {
    const decoded = this.#decoded[row]
    if (decoded !== undefined) return decoded
    const rows = (this.#rows ??= this.readRows().split(ROW))
    return (this.#decoded[row] = this.decode(rows[row]!))
  }
}
