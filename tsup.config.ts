import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'
import { builtinData } from './src/dictionary/builtin-data.js'

// The CLI (src/cli) takes the library (restorers, dictionaries, models) through '../index.js': load that
// from dist/index.js at run time instead of bundling a second copy into dist/cli.js. The few small
// modules it imports directly (formatters, option defaults, the UTF-8 decoder) are bundled.
const libraryFromDist: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'unspin-library-from-dist',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]/.test(args.importer) ? { path: './index.js', external: true } : undefined,
    )
  },
}

// The retext plugin and the textlint rule (src/integrations) take the library through '../index.js' too:
// from the build of their own format, so `require('unspin/textlint')` and `require('unspin')` share one
// copy of the library, as do their imports.
const integrationsUseLibrary: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'unspin-integrations-use-library',
  setup(build) {
    const library = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js'
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]integrations[\\/]/.test(args.importer) ? { path: library, external: true } : undefined,
    )
  },
}

// The Node build reads the built-in dictionaries' data from dist/builtin-data.txt on first use instead of
// holding it as string literals that every import must load and compile (src/dictionary/builtin-data.ts):
// this writes the file and puts a module that reads it in place of builtin-data.ts. The file is the data's
// strings one after another; the module knows where each starts. A JSON file of the same strings took
// longer to parse than the literals took to compile. The dictionaries' JSON text is written in ASCII (\uXXXX escapes) and
// ASCII parts are read as Latin-1, a copy; only parts that hold other characters are decoded as UTF-8.
const BUILTIN_DATA_FILE = 'dist/builtin-data.txt'
const builtinDataFromFile: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'unspin-builtin-data-from-file',
  setup(build) {
    build.onResolve({ filter: /^\.\/builtin-data\.js$/ }, (args) =>
      /[\\/]src[\\/]dictionary[\\/]builtin\.ts$/.test(args.importer) ? { path: join(args.resolveDir, 'builtin-data.js'), namespace: 'builtin-data-file' } : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: 'builtin-data-file' }, (args) => {
      const data = builtinData()
      const asciiJson = (json: string): string => json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      const strings = [...data.dictionaries.flatMap((d) => [asciiJson(d.json), d.analysis]), data.compounds, data.matchIndex]
      const buffers = strings.map((text) => Buffer.from(text, 'utf8'))
      // [start, end, encoding] of each string in the file.
      let offset = 0
      const spans = buffers.map((bytes, i) => [offset, (offset += bytes.length), bytes.length === strings[i]!.length ? 'latin1' : 'utf8'])
      // Both formats write the same bytes: each through a file of its own, renamed into place.
      const target = resolve(BUILTIN_DATA_FILE)
      const temporary = `${target}.${build.initialOptions.format}`
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(temporary, Buffer.concat(buffers))
      renameSync(temporary, target)
      const names = data.dictionaries.map((d) => d.name)
      const contents = [
        "import { readFileSync } from 'node:fs'",
        "import { packageFilePath } from '../package-file.js'",
        `const SPANS = ${JSON.stringify(spans)}`,
        `const NAMES = ${JSON.stringify(names)}`,
        'const strings = []',
        'let bytes',
        '/** String `i` of the file, decoded on first use (a restorer may never need the phrase tokens). */',
        'function text(i) {',
        `  bytes ??= readFileSync(packageFilePath(${JSON.stringify(BUILTIN_DATA_FILE)}, 'built-in dictionary data'))`,
        '  return (strings[i] ??= bytes.toString(SPANS[i][2], SPANS[i][0], SPANS[i][1]))',
        '}',
        'const data = {',
        '  dictionaries: NAMES.map((name, i) => ({ name, get json() { return text(2 * i) }, get analysis() { return text(2 * i + 1) } })),',
        '  get compounds() { return text(2 * NAMES.length) },',
        '  get matchIndex() { return text(2 * NAMES.length + 1) },',
        '}',
        '/** The built-in dictionaries\' data, read from the package when first used. */',
        'export function builtinData() {',
        '  return data',
        '}',
      ].join('\n')
      return { contents, loader: 'ts', resolveDir: dirname(args.path) }
    })
  },
}

export default defineConfig([{
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  esbuildPlugins: [builtinDataFromFile],
  dts: true,
  clean: ['!builtin-data.txt', '!cli.js', '!cli-worker.js', '!serve-worker.js', '!browser.js', '!browser.d.ts', '!retext.*', '!textlint.*', '!restore-prose-*'], // the builds below write them, in parallel
  sourcemap: false, // the maps would double the package
  target: 'node18',
  // import.meta.url in the CJS build, for finding models/lm-en.bin (src/lm/default-model.ts).
  shims: true,
}, {
  // The browser entry (`unspin/browser`, and the `browser` condition of `unspin`): no node: module in
  // its graph, models fetched by the caller (src/browser.ts, docs/browser.md). ESM only: bundlers and
  // browsers import it. Not minified, like the Node build: the app's bundler minifies.
  entry: { browser: 'src/browser.ts' },
  format: ['esm'],
  dts: true,
  clean: false,
  sourcemap: false,
  platform: 'browser',
  target: 'es2020',
  splitting: false,
}, {
  // The `unspin` command (package bin) and its piscina workers (the CLI's, and serve's and worker's): ESM only, no types.
  entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts', 'serve-worker': 'src/cli/serve-worker.ts' },
  format: ['esm'],
  dts: false,
  clean: false,
  sourcemap: false,
  target: 'node18',
  splitting: false, // each file stands alone: no shared chunk for the index build's clean to remove
  esbuildPlugins: [libraryFromDist],
}, {
  // `unspin/retext` and `unspin/textlint`: ESM, CommonJS (textlint's loader takes either) and types.
  entry: { retext: 'src/integrations/retext.ts', textlint: 'src/integrations/textlint.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: false,
  sourcemap: false,
  target: 'node18',
  splitting: false,
  esbuildPlugins: [integrationsUseLibrary],
}])
