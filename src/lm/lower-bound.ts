/** Index of the first element of ascending `sorted` not below `key`; `sorted.length` when every one is. */
export function lowerBound(sorted: ArrayLike<number>, key: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}
