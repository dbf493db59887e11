'use strict';
// dist/cli.cjs as a vm.Script, for bin/news-read.cjs (which runs it with the V8 code cache) and for
// scripts/build.mjs (which makes that cache). V8 accepts a cache only for the very source it was
// made from, so both must wrap the bundle the same way: this file is the one place that does it.
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
