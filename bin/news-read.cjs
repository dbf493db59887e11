#!/usr/bin/env node
'use strict';
// Runs dist/cli.cjs. It is compiled with the V8 code cache that the build made (dist/cli.cache):
// that saves most of the compile time, a tenth of start-up. A missing or stale cache (another
// Node version) is simply not used.
const {readFileSync} = require('node:fs');
const {join} = require('node:path');
const {Script} = require('node:vm');

const file = join(__dirname, '..', 'dist', 'cli.cjs');
let cachedData;
try {
	cachedData = readFileSync(`${file.slice(0, -4)}.cache`);
} catch {}
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
const cli = {exports: {}};
new Script(source, {filename: file, cachedData}).runInThisContext()(cli.exports, require, cli, file, join(file, '..'));
cli.exports.main(cli.exports.processIo()).then((code) => {
	process.exitCode = code;
});
