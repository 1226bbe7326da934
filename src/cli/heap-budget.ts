/**
 * A heap budget for restoring one large document in the CLI. A windowed restore keeps little alive
 * (about 90 MB of heap for a 256 K window of dense spun news, measured with a collection after every
 * window), but V8 collects lazily and lets dead windows pile up: left alone, the heap of a 1.5 MB
 * input peaked near 400 MB. Between windows the CLI asks for a full collection once the heap is past
 * the budget, so the process stays near what it uses. Node only: the library leaves its caller's GC alone.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Heap (MB) past which a collection is asked for between windows. */
export const HEAP_BUDGET_MB = 200

let collect: (() => void) | undefined

/** `check()` collects garbage when the heap is past `budgetMB`; a no-op where the runtime gives no `gc`. */
export function createHeapBudget(budgetMB: number = HEAP_BUDGET_MB): { check(): void } {
  if (collect === undefined) {
    try {
      // `--expose-gc` set at run time gives a `gc` function to contexts created afterwards.
      setFlagsFromString('--expose-gc')
      collect = runInNewContext('gc') as () => void
    } catch {
      collect = () => {}
    }
  }
  const limit = budgetMB * 1024 * 1024
  return {
    check() {
      if (process.memoryUsage().heapUsed > limit) collect!()
    },
  }
}
