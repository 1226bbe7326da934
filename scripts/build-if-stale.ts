/**
 * Build what `npm run demo` runs (dist/index.js and dist/cli.js, without type declarations) only when
 * it is missing or older than a file it is built from; otherwise do nothing. Declarations take most of
 * tsup's time and the demo never reads them; `npm run build` and `npm pack` still build everything.
 *
 *   npx tsx scripts/build-if-stale.ts
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Files whose change calls for a rebuild: the sources and the build's own configuration. */
export const BUILD_INPUTS = ['src', 'tsup.config.ts', 'package.json', 'tsconfig.json']
/** What the demo needs from the build. */
export const BUILD_OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'dist/cli.js', 'dist/cli-worker.js']

function newestTime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestTime(join(path, name))), stat.mtimeMs)
}

function modifiedTime(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs
  } catch {
    return undefined
  }
}

/** Why `root` needs a build (a missing output, or an input newer than the oldest output), or undefined. */
export function staleReason(root: string, inputs = BUILD_INPUTS, outputs = BUILD_OUTPUTS): string | undefined {
  let oldestOutput = Infinity
  for (const output of outputs) {
    const time = modifiedTime(join(root, output))
    if (time === undefined) return `${output} is missing`
    oldestOutput = Math.min(oldestOutput, time)
  }
  for (const input of inputs) {
    if (modifiedTime(join(root, input)) !== undefined && newestTime(join(root, input)) > oldestOutput) return `${input} changed since the last build`
  }
  return undefined
}

function main(): void {
  const reason = staleReason(ROOT)
  if (reason === undefined) return
  console.error(`building dist/ (${reason}; no type declarations: npm run build makes them)`)
  execFileSync('npx', ['tsup', '--no-dts', '--silent'], { cwd: ROOT, stdio: 'inherit' })
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
