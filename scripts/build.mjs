// Builds dist/: the CLI bundled into one file (fast start-up: one module to load, not dozens),
// the library entry, and its type declarations.
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {build} from 'esbuild';

rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});
const common = {bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning'};
// commander is CommonJS: inside an ESM bundle its require('node:…') calls need a real require.
const requireShim = "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);";
await build({...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: {js: requireShim}});
await build({...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js'});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {stdio: 'inherit'});
