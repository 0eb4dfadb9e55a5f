import {defineConfig} from 'tsup'

// Four builds: the library as ESM (dependencies external), the library as
// CommonJS (the ESM-only unified ecosystem bundled in, so that
// `require('standfirst')` works on every Node 20 without require(esm)),
// the CLI (ESM, with a shebang), and the Node-only batch entry with its
// worker thread (ESM; `dist/batch.js`, `dist/batch-worker.js` and
// `dist/cli.js` sit side by side, so both find the worker at
// `./batch-worker.js`). They run at once, so none cleans `dist/` (one
// would delete what another wrote): `npm run build` empties it first.
const entry = {index: 'src/index.ts', 'schema/index': 'src/schema/index.ts'}

export default defineConfig([
  {entry, format: ['esm'], dts: true, sourcemap: true, target: 'es2022', platform: 'neutral', treeshake: true},
  {entry, format: ['cjs'], dts: true, sourcemap: true, target: 'es2022', platform: 'neutral', noExternal: [/.*/], treeshake: true},
  {entry: {cli: 'src/cli.ts'}, format: ['esm'], sourcemap: true, target: 'node20', platform: 'node', banner: {js: '#!/usr/bin/env node'}},
  {entry: {batch: 'src/batch/index.ts', 'batch-worker': 'src/batch/worker.ts'}, format: ['esm'], dts: {entry: {batch: 'src/batch/index.ts'}}, sourcemap: true, target: 'node20', platform: 'node'}
])
