// Romanising speed, in this process: 1 MB of Hindi (the seed article's paragraphs, repeated) through
// romanize(), and the same amount of text in which every word is new, so that the word memory
// never helps (each seed word given a different two-letter tail).
import {seedParagraphs} from './bench-common.mjs';

const MB = 1024 * 1024;
const bytes = (s) => Buffer.byteLength(s);

/** Best of `rounds` timed runs in seconds, after one untimed run. */
function time(fn, rounds = 5) {
	fn();
	let best = Infinity;
	for (let i = 0; i < rounds; i++) {
		const t0 = process.hrtime.bigint();
		fn();
		best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
	}
	return best;
}

/** About `size` bytes of `paragraphs`, repeated. */
function repeatTo(paragraphs, size) {
	const out = [];
	for (let total = 0, i = 0; total < size; i++) {
		out.push(paragraphs[i % paragraphs.length]);
		total += bytes(out[out.length - 1]);
	}
	return out;
}

const LETTERS = [...'कखगचजतदनपबमयरलवसह'];

/** `paragraphs` with every Devanagari word made different from all others by a tail of letters. */
function distinctWords(paragraphs) {
	let n = 0;
	const tail = () => {
		let k = n++;
		let s = '';
		do {
			s += LETTERS[k % LETTERS.length];
			k = Math.floor(k / LETTERS.length);
		} while (k > 0);
		return s;
	};
	return paragraphs.map((p) => p.replace(/[\u0900-\u097f]+/gu, (word) => word + tail()));
}

/** Reports the romanising rows through `report` (bench-common.mjs). The library is loaded only now. */
export async function benchRomanize(report) {
	const {romanize} = await import('../dist/index.js');
	const paragraphs = repeatTo(seedParagraphs(), MB);
	const size = paragraphs.reduce((n, p) => n + bytes(p), 0) / MB;
	const seconds = time(() => {
		for (const p of paragraphs) romanize(p, {language: 'hi'});
	});
	report('romanize 1 MB of Hindi', size / seconds, 'MB/s', {min: 20});
	const fresh = distinctWords(paragraphs);
	const freshSize = fresh.reduce((n, p) => n + bytes(p), 0) / MB;
	const t0 = process.hrtime.bigint();
	for (const p of fresh) romanize(p, {language: 'hi'});
	report('romanize, every word new (once)', freshSize / (Number(process.hrtime.bigint() - t0) / 1e9), 'MB/s');
}
