/**
 * Build the web page (examples/web) into a folder of static files: `npm run build:web` writes
 * examples/web/dist/. The page and its worker are bundled from src/browser.ts with esbuild
 * (--platform=browser, minified); the models are copied next to them; the service worker gets the
 * list of files and a version hashed from their contents. Prints each file's size (and gzip size).
 */
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { HTML_CSS } from '../src/format/format-html.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE = join(ROOT, 'examples', 'web')
export const WEB_DIST = join(SOURCE, 'dist')

/** One file of the built page: its path in the folder, and its size raw and gzipped. */
export interface WebFile {
  readonly path: string
  readonly bytes: number
  readonly gzipBytes: number
}

/** Build the page into `outDir` (emptied first); returns its files, the service worker's list first. */
export async function buildWeb(outDir: string = WEB_DIST): Promise<WebFile[]> {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(join(outDir, 'models'), { recursive: true })
  const common = { bundle: true, minify: true, platform: 'browser', target: 'es2020', legalComments: 'none', logLevel: 'warning' } as const
  await build({ ...common, entryPoints: [join(SOURCE, 'app.ts')], format: 'esm', outfile: join(outDir, 'app.js') })
  // A classic worker (not a module one): every browser with Web Workers can start it.
  await build({ ...common, entryPoints: [join(SOURCE, 'worker.ts')], format: 'iife', outfile: join(outDir, 'worker.js') })
  copyFileSync(join(SOURCE, 'index.html'), join(outDir, 'index.html'))
  writeFileSync(join(outDir, 'style.css'), `${HTML_CSS}\n${readFileSync(join(SOURCE, 'page.css'), 'utf8')}`)
  for (const model of ['lm-en.bin', 'pos-en.bin']) copyFileSync(join(ROOT, 'models', model), join(outDir, 'models', model))
  const assets = ['index.html', 'style.css', 'app.js', 'worker.js', 'models/lm-en.bin', 'models/pos-en.bin']
  const hash = createHash('sha256')
  for (const asset of assets) hash.update(asset).update(readFileSync(join(outDir, asset)))
  await build({
    ...common,
    entryPoints: [join(SOURCE, 'sw.ts')],
    format: 'iife',
    outfile: join(outDir, 'sw.js'),
    // './' is the page as a folder URL, which the browser asks for before index.html.
    define: { ASSETS: JSON.stringify(['./', ...assets]), VERSION: JSON.stringify(hash.digest('hex').slice(0, 16)) },
  })
  return [...assets, 'sw.js'].map((path) => {
    const bytes = readFileSync(join(outDir, path))
    return { path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length }
  })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildWeb()
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(10)
  console.log(`examples/web/dist/ (${files.length} files)\n${'file'.padEnd(20)}${'size'.padStart(10)}${'gzip -9'.padStart(10)}`)
  for (const file of files) console.log(`${file.path.padEnd(20)}${kb(file.bytes)}${kb(file.gzipBytes)}`)
  console.log('Serve it as static files, e.g.: python3 -m http.server -d examples/web/dist 8080')
}
