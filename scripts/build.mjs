// Builds dist/: the CLI bundled into one file (fast start-up: one module to load, not dozens),
// the library entry, and its type declarations.
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {build} from 'esbuild';

rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});
const common = {bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning'};
await build({...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js'});
await build({...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js'});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--emitDeclarationOnly', '--outDir', 'dist'], {stdio: 'inherit'});
