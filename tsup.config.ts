import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false, // the maps would double the package: most of the bundle is dictionary data
  target: 'node18',
  // import.meta.url in the CJS build, for finding models/lm-en.bin (src/lm/default-model.ts).
  shims: true,
})
