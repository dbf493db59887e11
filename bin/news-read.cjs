#!/usr/bin/env node
'use strict';
// Runs dist/cli.cjs as a vm.Script, compiled with the V8 code cache that the build made
// (dist/cli.cache): that saves most of the compile time, a tenth of start-up. A missing or stale
// cache (another Node version) is simply not used. V8 accepts a cache only for the very source it
// was made from, so scripts/build.mjs makes it with this file's compile() and load(): required as
// a module, this file only exports them (one file to read at start-up, not two).
const {readFileSync} = require('node:fs');
const {join} = require('node:path');
const {Script} = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'cli.cjs');
const cacheFile = join(dist, 'cli.cache');

/** The bundle compiled as a CommonJS module function, with V8's code cache when given. */
function compile(cachedData) {
	const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
	return new Script(source, {filename: file, cachedData});
}

/** Runs the compiled bundle as a module and returns its exports. */
function load(script) {
	const cli = {exports: {}};
	script.runInThisContext()(cli.exports, require, cli, file, dist);
	return cli.exports;
}

module.exports = {cacheFile, compile, load};

if (require.main === module) {
	let cachedData;
	try {
		cachedData = readFileSync(cacheFile);
	} catch {}
	const cli = load(compile(cachedData));
	cli.main(cli.processIo()).then((code) => {
		process.exitCode = code;
	});
}
