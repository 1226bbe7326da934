import { describe, expect, it } from 'vitest'
import { FormTable } from '../../src/spinner/form-table.js'
import { HashSlots } from '../../src/spinner/hash-slots.js'
import { mulberry32 } from '../../bench/sim/spin.js'

function find(slots: HashSlots, hash: number, value: number): boolean {
  for (let slot = slots.first(hash); slots.value(slot) >= 0; slot = slots.next(slot)) if (slots.value(slot) === value) return true
  return false
}

function put(slots: HashSlots, hash: number, value: number): void {
  let slot = slots.first(hash)
  while (slots.value(slot) >= 0) slot = slots.next(slot)
  slots.put(slot, hash, value)
}

describe('HashSlots', () => {
  it('finds every pair left after removals, through long runs of colliding hashes and growth', () => {
    const random = mulberry32(7)
    const slots = new HashSlots(4)
    // Few distinct home slots, so probe runs are long and wrap around the end of the table.
    const hashOf = (value: number): number => (value % 5) * 7 - 3
    const live = new Set<number>()
    for (let value = 0; value < 3000; value++) {
      put(slots, hashOf(value), value)
      live.add(value)
      if (random() < 0.4) {
        const gone = [...live][Math.floor(random() * live.size)]!
        let slot = slots.first(hashOf(gone))
        while (slots.value(slot) !== gone) slot = slots.next(slot)
        slots.remove(slot)
        live.delete(gone)
      }
    }
    for (let value = 0; value < 3000; value++) expect(find(slots, hashOf(value), value)).toBe(live.has(value))
  })
})

describe('FormTable', () => {
  it('numbers keys ignoring A-Z case, and forgets the newest forms on truncate', () => {
    const table = new FormTable(2)
    const text = 'Said|STATED|said|news agency'
    expect(table.intern(text, 0, 4, 1)).toBe(0)
    expect(table.intern(text, 5, 11, 1)).toBe(1)
    expect(table.intern(text, 12, 16, 2)).toBe(0)
    expect(table.intern('news agency', 0, 11, 3, 'News Agency')).toBe(2)
    expect([0, 1, 2].map((id) => table.text(id))).toEqual(['Said', 'STATED', 'News Agency'])
    for (let i = 0; i < 500; i++) table.intern(`k${i}`, 0, `k${i}`.length, 4)
    table.truncate(2)
    expect(table.size).toBe(2)
    expect(table.intern('news agency', 0, 11, 5)).toBe(2)
    expect(table.text(2)).toBe('news agency')
    expect([0, 1, 2].map((id) => table.firstLine(id))).toEqual([1, 1, 5])
    expect(table.intern('k7', 0, 2, 6)).toBe(3)
    expect(table.intern('stated', 0, 6, 6)).toBe(1)
  })
})
