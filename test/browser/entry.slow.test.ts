import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, type Metafile } from 'esbuild'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restoreText, type RestoreResult } from '../../src/index.js'
import { serveFolder, type StaticServer } from '../helpers/static-server.js'

// The browser build as a user meets it: the packed package installed in an empty project, a 5-line
// page importing 'unspin' bundled by esbuild with --platform=browser (so the `browser` export
// condition picks dist/browser.js) and no stubs, run in Debian's Chromium with the package's models.
const root = resolve(import.meta.dirname, '../..')
const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) console.warn(`entry.slow.test.ts: the Chromium part is skipped: ${CHROMIUM} not found (apt-get install -y chromium)`)
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const SLOW = 300_000
const SENTENCE = 'Peskov instructed TASS information company on Monday, with out providing details.'
const PAGE = `import { createRestorer, loadModels } from 'unspin'
const restorer = createRestorer(await loadModels('./models/'))
const result = restorer.restore(${JSON.stringify(SENTENCE)})
document.querySelector('#out').textContent = JSON.stringify(result)
`
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

let project = ''
let site = ''
let metafile: Metafile

/** Modules in a bundle's graph that are Node's own (`node:fs`, `fs`, ...), from esbuild's metafile. */
function nodeModulesIn(meta: Metafile): string[] {
  return Object.values(meta.inputs).flatMap((input) => input.imports.map((i) => i.path)).filter((path) => path.startsWith('node:') || NODE_BUILTINS.has(path))
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'unspin-browser-'))
  // Packed from a private copy (package.json, the models, a build of its own) rather than the
  // repository: other test files rebuild dist/ at the same time (test/package.slow.test.ts).
  const stage = join(project, 'stage')
  mkdirSync(join(stage, 'models'), { recursive: true })
  execFileSync('npx', ['tsup', '--out-dir', join(stage, 'dist'), '--no-dts', '--silent'], { cwd: root, stdio: 'pipe' })
  for (const file of ['package.json', 'models/lm-en.bin', 'models/pos-en.bin']) copyFileSync(join(root, file), join(stage, file))
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', project], { cwd: stage, stdio: 'pipe' })
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'page', private: true, type: 'module' }))
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`], { cwd: project, stdio: 'pipe' })
  writeFileSync(join(project, 'page.js'), PAGE)
  site = join(project, 'site')
  mkdirSync(join(site, 'models'), { recursive: true })
  // What `npx esbuild page.js --bundle --platform=browser --format=esm` does, with a metafile.
  const result = await build({ absWorkingDir: project, entryPoints: ['page.js'], bundle: true, platform: 'browser', format: 'esm', outfile: join(site, 'page.js'), metafile: true, logLevel: 'silent' })
  metafile = result.metafile
  for (const model of ['lm-en.bin', 'pos-en.bin']) copyFileSync(join(project, 'node_modules/unspin/models', model), join(site, 'models', model))
  writeFileSync(join(site, 'index.html'), '<!doctype html><meta charset="utf-8"><title>5 lines</title><pre id="out"></pre><script type="module" src="page.js"></script>\n')
}, SLOW)

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true })
})

describe('the browser build', () => {
  it('bundles for the browser from the installed package with no node: module in its graph', () => {
    const inputs = Object.keys(metafile.inputs)
    expect(inputs.some((path) => path.endsWith('node_modules/unspin/dist/browser.js'))).toBe(true)
    expect(inputs.some((path) => path.includes('unspin/dist/index.'))).toBe(false)
    expect(nodeModulesIn(metafile)).toEqual([])
  })

  it('has no node: module in the graph of src/browser.ts either, while the Node entry has', async () => {
    const graph = async (entry: string) =>
      (await build({ absWorkingDir: root, entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent', external: ['node:*', ...builtinModules] })).metafile
    expect(nodeModulesIn(await graph('src/browser.ts'))).toEqual([])
    // The check can fail: the Node entry's graph holds node:fs.
    expect(nodeModulesIn(await graph('src/index.ts'))).toContain('node:fs')
  })

  describe.skipIf(!hasChromium)('in Chromium', () => {
    let browser: Browser | undefined
    let server: StaticServer | undefined
    beforeAll(async () => {
      server = await serveFolder(site)
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
    }, SLOW)
    afterAll(async () => {
      await browser?.close()
      await server?.close()
    })

    it('restores the sentence exactly as Node does, with the language model in use', async () => {
      const page = await browser!.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${server!.origin}/`)
      await page.waitForFunction(() => document.querySelector('#out')?.textContent !== '', null, { timeout: 60_000 })
      expect(errors).toEqual([])
      const inBrowser = JSON.parse((await page.locator('#out').textContent())!) as RestoreResult
      const inNode = restoreText(SENTENCE)
      expect(inBrowser).toEqual(JSON.parse(JSON.stringify(inNode)))
      expect(inBrowser.text).toBe('Peskov told TASS news agency on Monday, without providing details.')
      // In use: no warning, and the confidences differ from those of priors alone.
      expect(inBrowser.warnings).toEqual([])
      expect(inBrowser.marks.map((m) => m.confidence)).not.toEqual(restoreText(SENTENCE, { languageModel: null }).marks.map((m) => m.confidence))
      expect(server!.requests).toEqual(expect.arrayContaining(['/', '/page.js', '/models/lm-en.bin', '/models/pos-en.bin']))
      await page.close()
    }, SLOW)
  })
})
