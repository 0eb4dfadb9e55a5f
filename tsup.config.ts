import {defineConfig} from 'tsup'

// Two builds: the library (ESM + CommonJS, with declarations) and the CLI (ESM, with a shebang).
// The unified ecosystem is ESM-only, so it is bundled into the CommonJS build
// (`noExternal`) so that `require('standfirst')` works.
export default defineConfig([
  {
    entry: {index: 'src/index.ts', 'schema/index': 'src/schema/index.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true
  },
  {
    entry: {cli: 'src/cli.ts'},
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'}
  }
])
