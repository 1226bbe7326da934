/** Load the library lazily: the main thread of `unspin --jobs N` only needs it for `--dict`, `--spinner-db` and `learn`. */

/** The library's exports (src/index.ts; dist/index.js once built). */
export type Library = typeof import('../index.js')

/** Import the library on first use (a dynamic import, kept external by the build). */
export function loadLibrary(): Promise<Library> {
  return import('../index.js')
}
