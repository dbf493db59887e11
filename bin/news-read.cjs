#!/usr/bin/env node
'use strict';
// Runs dist/cli.cjs, compiled with the V8 code cache that the build made (dist/cli.cache; see
// cli-script.cjs): that saves most of the compile time, a tenth of start-up. A missing or stale
// cache (another Node version) is simply not used.
const {readFileSync} = require('node:fs');
const {cacheFile, compile, load} = require('./cli-script.cjs');

let cachedData;
try {
	cachedData = readFileSync(cacheFile);
} catch {}
const cli = load(compile(cachedData));
cli.main(cli.processIo()).then((code) => {
	process.exitCode = code;
});
