/** How many cores this process may use (`os.availableParallelism`, or the CPU count on older Node). */

import { availableParallelism, cpus } from 'node:os'

export function coreCount(): number {
  return typeof availableParallelism === 'function' ? availableParallelism() : cpus().length
}
