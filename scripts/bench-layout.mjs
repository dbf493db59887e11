// Layout speed, in this process: news-read's wrap against wrap-ansi (hard: true) on the same ~1 MB
// of Devanagari at 80 columns, and one unbroken 1 MB paragraph against the same text with spaces.
// Run by scripts/bench.mjs in a process of its own, so that its heap does not slow the others.
import wrapAnsi from 'wrap-ansi';
import {wrap} from '../dist/index.js';
import {reporter, seedParagraphs} from './bench-common.mjs';

const MB = 1024 * 1024;
const {report, allMet} = reporter();

const bytes = (s) => Buffer.byteLength(s);
function repeatTo(paragraphs, size) {
	const out = [];
	let total = 0;
	for (let i = 0; total < size; i++) {
		const p = paragraphs[i % paragraphs.length];
		out.push(p);
		total += bytes(p);
	}
	return out;
}

/** Best of `rounds` timed runs in seconds, after `warmups` untimed ones that let the JIT settle. */
function time(fn, rounds = 5, warmups = 2) {
	for (let i = 0; i < warmups; i++) fn();
	let best = Infinity;
	for (let i = 0; i < rounds; i++) {
		const t0 = process.hrtime.bigint();
		fn();
		best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
	}
	return best;
}

const paragraphs = repeatTo(seedParagraphs(), MB);
const size = paragraphs.reduce((n, p) => n + bytes(p), 0) / MB;
console.log(`\nlayout: ${size.toFixed(2)} MB of Devanagari at 80 columns, in a process of its own`);

const ours = time(() => {
	for (const p of paragraphs) wrap(p, 80);
});
const theirs = time(
	() => {
		for (const p of paragraphs) wrapAnsi(p, 80, {hard: true});
	},
	1,
	1,
);
report('wrap (news-read)', size / ours, 'MB/s', undefined, 'aim > 50');
report('wrap-ansi 10, hard', size / theirs, 'MB/s');
report('news-read ÷ wrap-ansi speed', theirs / ours, '×', {min: 20}, 'aim 50');

const spaced = paragraphs.join(' ');
const unbroken = spaced.replace(/\s+/gu, '');
const tSpaced = time(() => wrap(spaced, 80));
const tUnbroken = time(() => wrap(unbroken, 80));
report('one 1 MB paragraph, spaced', bytes(spaced) / MB / tSpaced, 'MB/s');
report('one 1 MB paragraph, no spaces', bytes(unbroken) / MB / tUnbroken, 'MB/s');
report('unbroken ÷ spaced time', tUnbroken / tSpaced, '×', {max: 3});
(await import('./bench-thai.mjs')).benchThai(report, time, tSpaced);

process.exitCode = allMet() ? 0 : 1;
