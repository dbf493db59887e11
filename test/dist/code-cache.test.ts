// The V8 code cache that the build makes (dist/cli.cache) is the one bin/news-read.cjs can use:
// if V8 rejects it, start-up silently loses a tenth. Checked in a plain node process, as the bin runs.
import {execFileSync} from 'node:child_process';
import {expect, test} from 'vitest';

const script = new URL('../../bin/news-read.cjs', import.meta.url).pathname;
const check = (code: string) => execFileSync(process.execPath, ['-e', code, script], {encoding: 'utf8'}).trim();

test('V8 accepts the built code cache for the built bundle', () => {
	// Built by `npm test`'s pretest, or `npm run build`.
	const rejected = check(`
		const {cacheFile, compile} = require(process.argv[1]);
		console.log(compile(require('node:fs').readFileSync(cacheFile)).cachedDataRejected);`);
	expect(rejected).toBe('false');
});

test('V8 does reject a cache made for other source (so the check above can fail)', () => {
	const rejected = check(`
		const {compile} = require(process.argv[1]);
		const other = new (require('node:vm').Script)('(function () { return 1; })').createCachedData();
		console.log(compile(other).cachedDataRejected);`);
	expect(rejected).toBe('true');
});
