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

export default defineConfig([{
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: ['!cli.js', '!cli-worker.js', '!serve-worker.js'], // the CLI build below writes them, in parallel
  sourcemap: false, // the maps would double the package: most of the bundle is dictionary data
  target: 'node18',
  // import.meta.url in the CJS build, for finding models/lm-en.bin (src/lm/default-model.ts).
  shims: true,
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
}])
