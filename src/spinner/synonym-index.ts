import { FormTable } from './form-table.js'
import { HashSlots } from './hash-slots.js'
import type { SetSink } from './parse-sets.js'

/**
 * Synonym sets laid out for the channel: each distinct form numbered (by key, first spelling kept),
 * every set's member numbers in one flat array, the sets by headword, and for each form the sets it
 * occurs in, so the channel runs on typed arrays instead of millions of map lookups and objects.
 * Forms are numbered as they are read; a set that is dropped or repeats an earlier one leaves no
 * trace, so numbers, spellings and first lines are those of the sets kept.
 */
export class SynonymIndex implements SetSink {
  readonly forms: FormTable
  private ids: Int32Array
  private starts: Int32Array
  private size = 0
  private setCount = 0
  private largest = 0
  /** Forms numbered before the current set began: the ones it may not take back. */
  private formsBefore = 0
  /** Which set last took each form, to ignore a member repeated within a set (0: none yet). */
  private lastSet: Int32Array
  private setNumber = 1
  // Sets kept, by a hash of their member numbers: cheaper than a set of joined keys, which took a
  // quarter of the load time.
  private readonly setSlots: HashSlots

  /**
   * `expectedMembers` sizes the arrays to start with (they grow past it when needed): growing them
   * while reading copies megabytes and sends the optimized code back to the interpreter. Sets are
   * taken to be an eighth of the members and distinct forms a twelfth, as in the Moby-based test
   * database (1.2 million members, 143,000 sets, 103,000 forms); a form table sized for many more
   * forms than there are would only spread its lookups over more memory.
   */
  constructor(expectedMembers = 1 << 16) {
    const expectedSets = Math.max(16, expectedMembers >> 3)
    const expectedForms = Math.max(16, Math.ceil(expectedMembers / 12))
    this.forms = new FormTable(expectedForms)
    this.ids = new Int32Array(Math.max(16, expectedMembers))
    this.starts = new Int32Array(expectedSets + 1)
    this.lastSet = new Int32Array(expectedForms)
    this.setSlots = new HashSlots(expectedSets)
  }

  /** Members of the largest set kept. */
  get largestSet(): number {
    return this.largest
  }

  get members(): number {
    return this.size - this.starts[this.setCount]!
  }

  addPlain(text: string, from: number, to: number, lineNo: number): void {
    this.push(this.forms.intern(text, from, to, lineNo))
  }

  add(member: string, key: string, lineNo: number): void {
    this.push(this.forms.intern(key, 0, key.length, lineNo, member))
  }

  end(): boolean {
    const begin = this.starts[this.setCount]!
    const hash = hashIds(this.ids, begin, this.size)
    let slot = this.setSlots.first(hash)
    for (; this.setSlots.value(slot) >= 0; slot = this.setSlots.next(slot)) {
      const set = this.setSlots.value(slot)
      if (this.setSlots.hash(slot) === hash && sameIds(this.ids, this.starts[set]!, this.starts[set + 1]!, begin, this.size)) {
        // A repeat holds only forms numbered before it: there are no forms to take back.
        this.size = begin
        this.nextSet()
        return false
      }
    }
    this.setSlots.put(slot, hash, this.setCount)
    if (this.setCount + 2 > this.starts.length) this.starts = grow(this.starts, this.setCount + 2)
    this.starts[++this.setCount] = this.size
    this.largest = Math.max(this.largest, this.size - begin)
    this.nextSet()
    return true
  }

  drop(): void {
    this.size = this.starts[this.setCount]!
    this.forms.truncate(this.formsBefore)
    this.nextSet()
  }

  private push(id: number): void {
    if (id >= this.lastSet.length) this.lastSet = grow(this.lastSet, id + 1)
    if (this.lastSet[id] === this.setNumber) return
    this.lastSet[id] = this.setNumber
    if (this.size === this.ids.length) this.ids = grow(this.ids, this.size + 1)
    this.ids[this.size++] = id
  }

  private nextSet(): void {
    this.formsBefore = this.forms.size
    this.setNumber++
  }

  /** Every set's member numbers in one array: set `l` is `ids[lineStart[l]]` up to `lineStart[l + 1]`. */
  flat(): { ids: Int32Array; lineStart: Int32Array } {
    return { ids: this.ids.subarray(0, this.size), lineStart: this.starts.subarray(0, this.setCount + 1) }
  }

  /** The sets by their first member, the headword: form `f` heads sets `lines[start[f]]` up to `start[f + 1]`. */
  byHead(): { start: Int32Array; lines: Int32Array } {
    const { ids, lineStart } = this.flat()
    const start = headStarts(ids, lineStart, this.forms.size)
    return { start, lines: linesByHead(ids, lineStart, start) }
  }

  /**
   * The sets each form marked in `wanted` is in, in file order: form `f`'s are `line[start[f]]` up to
   * `start[f + 1]` (none for a form not wanted). Found by a counting sort over the members.
   */
  places(wanted: Uint8Array): { start: Int32Array; line: Int32Array } {
    const { ids, lineStart } = this.flat()
    const start = placeStarts(ids, wanted)
    return { start, line: places(ids, lineStart, start, wanted) }
  }
}

// One loop per function: V8 optimizes a long loop while it runs, and a loop after it in the same
// function, not yet run, would send the optimized code back to the interpreter.

/** Where the sets each form heads begin in `linesByHead`: counts of each headword, summed. */
function headStarts(ids: Int32Array, lineStart: Int32Array, forms: number): Int32Array {
  const start = new Int32Array(forms + 1)
  for (let l = 0; l + 1 < lineStart.length; l++) start[ids[lineStart[l]!]! + 1]!++
  return prefixSums(start)
}

function linesByHead(ids: Int32Array, lineStart: Int32Array, start: Int32Array): Int32Array {
  const fill = start.slice(0, start.length - 1)
  const lines = new Int32Array(lineStart.length - 1)
  for (let l = 0; l + 1 < lineStart.length; l++) lines[fill[ids[lineStart[l]!]!]!++] = l
  return lines
}

/** Where each wanted form's places begin: counts of each, summed. */
function placeStarts(ids: Int32Array, wanted: Uint8Array): Int32Array {
  const start = new Int32Array(wanted.length + 1)
  for (let k = 0; k < ids.length; k++) if (wanted[ids[k]!] === 1) start[ids[k]! + 1]!++
  return prefixSums(start)
}

function prefixSums(counts: Int32Array): Int32Array {
  for (let f = 1; f < counts.length; f++) counts[f]! += counts[f - 1]!
  return counts
}

/**
 * The sets each wanted form is in. Not its position in them: sets are short and the channel reads
 * their members anyway, so it finds the form there, which spares an array as long as the places.
 */
function places(ids: Int32Array, lineStart: Int32Array, start: Int32Array, wanted: Uint8Array): Int32Array {
  const fill = start.slice(0, start.length - 1)
  const line = new Int32Array(start[start.length - 1]!)
  for (let l = 0; l + 1 < lineStart.length; l++) {
    for (let k = lineStart[l]!; k < lineStart[l + 1]!; k++) if (wanted[ids[k]!] === 1) line[fill[ids[k]!]!++] = l
  }
  return line
}

function hashIds(ids: Int32Array, begin: number, end: number): number {
  let hash = 0x811c9dc5
  for (let k = begin; k < end; k++) hash = Math.imul(hash ^ ids[k]!, 16777619)
  return hash
}

function sameIds(ids: Int32Array, from: number, to: number, begin: number, end: number): boolean {
  if (to - from !== end - begin) return false
  for (let k = 0; k < end - begin; k++) if (ids[from + k] !== ids[begin + k]) return false
  return true
}

function grow(array: Int32Array, needed: number): Int32Array {
  const bigger = new Int32Array(Math.max(needed, array.length * 2))
  bigger.set(array)
  return bigger
}
