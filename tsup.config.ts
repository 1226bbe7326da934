import { defineConfig, type Options } from 'tsup'

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

export default defineConfig([{
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: ['!cli.js', '!cli-worker.js', '!serve-worker.js', '!browser.js', '!browser.d.ts', '!retext.*', '!textlint.*', '!restore-prose-*'], // the builds below write them, in parallel
  sourcemap: false, // the maps would double the package: most of the bundle is dictionary data
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
