/** Map an async source through an async function with bounded concurrency, keeping input order. */

/**
 * Yield `map(item)` for every item of `source`, in source order, with at most `window` calls in
 * flight. Finished results wait in the window until every earlier one is out, so memory is
 * bounded by `window` whatever the order in which results complete. A rejection is rethrown when
 * its turn comes.
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T>, map: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const pending: Array<Promise<{ ok: true; value: R } | { ok: false; error: unknown }>> = []
  const next = async (): Promise<R> => {
    const settled = await pending.shift()!
    if (!settled.ok) throw settled.error
    return settled.value
  }
  for await (const item of source) {
    // Settle at once so a rejection waiting in the window is never "unhandled".
    pending.push(map(item).then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error })))
    if (pending.length >= Math.max(1, window)) yield await next()
  }
  while (pending.length > 0) yield await next()
}
