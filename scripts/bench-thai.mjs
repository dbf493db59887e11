// Dictionary line breaks on Thai (issue 11): one 1 MB paragraph with no spaces against the 1 MB
// spaced Devanagari paragraph of bench-layout.mjs, and 1 MB against 100 KB. Called by
// bench-layout.mjs, in its process, with its time function.
import {readFileSync} from 'node:fs';
import {wrap} from '../dist/index.js';
import {MB} from './bench-common.mjs';

/**
The phrases of our Thai fixture (our own sentences) in a fixed pseudo-random order until `bytes`
long, run together (as in the hardest case) or spaced as Thai news puts spaces between phrases.
*/
function thaiText(bytes, separator = '') {
	const phrases = readFileSync(new URL('../test/fixtures/texts/thai.txt', import.meta.url), 'utf8')
		.split(/\s+/u)
		.filter(Boolean);
	let seed = 20261128;
	const random = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed / 2147483648;
	};
	const parts = [];
	for (let size = 0; size < bytes; ) {
		const phrase = phrases[Math.floor(random() * phrases.length)];
		parts.push(phrase);
		size += Buffer.byteLength(phrase);
	}
	return parts.join(separator);
}

/** Reports the Thai rows; `spacedHindi` is the time of the spaced 1 MB Hindi paragraph, measured by `time`. */
export function benchThai(report, time, spacedHindi) {
	console.log("\nThai at 80 columns, ICU's words, found with its dictionaries (best of 5)");
	const thai = thaiText(MB);
	const small = thaiText(MB / 10);
	const spaced = thaiText(MB, ' ');
	const tThai = time(() => wrap(thai, 80));
	const tSmall = time(() => wrap(small, 80));
	const tSpaced = time(() => wrap(spaced, 80));
	console.log(
		`  1 MB paragraph: no spaces ${(Buffer.byteLength(thai) / MB / tThai).toFixed(1)} MB/s, phrases spaced as news writes them ${(Buffer.byteLength(spaced) / MB / tSpaced).toFixed(1)} MB/s`,
	);
	report('  Thai unbroken ÷ Devanagari spaced time', tThai / spacedHindi, '×', {max: 3});
	report('  Thai unbroken 1 MB ÷ 100 KB time', tThai / tSmall, '×', {max: 12});
}
