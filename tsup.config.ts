import {defineConfig} from 'tsup'

// Three builds: the library as ESM (dependencies external), the library as
// CommonJS (the ESM-only unified ecosystem bundled in, so that
// `require('standfirst')` works on every Node 20 without require(esm)), and
// the CLI (ESM, with a shebang).
const entry = {index: 'src/index.ts', 'schema/index': 'src/schema/index.ts'}

export default defineConfig([
  {entry, format: ['esm'], dts: true, sourcemap: true, clean: true, target: 'es2022', platform: 'neutral', treeshake: true},
  {entry, format: ['cjs'], dts: true, sourcemap: true, target: 'es2022', platform: 'neutral', noExternal: [/.*/], treeshake: true},
  {entry: {cli: 'src/cli.ts'}, format: ['esm'], sourcemap: true, target: 'node20', platform: 'node', banner: {js: '#!/usr/bin/env node'}}
])
