// Layout speed, in this process: news-read's wrap against wrap-ansi (hard: true) on each article
// shape at 80 columns, and one unbroken 1 MB paragraph against the same text with spaces, in
// Devanagari and in Latin letters; then Thai without spaces against that Devanagari (bench-thai.mjs).
// A row group of scripts/bench.mjs.
import wrapAnsi from 'wrap-ansi';
import {wrap} from '../dist/index.js';
import {bytes, MB, time} from './bench-common.mjs';
import {SHAPES, spacedText} from './bench-shapes.mjs';
import {benchThai} from './bench-thai.mjs';

/** The headings and paragraphs of an article of `shape`, about `size` bytes. */
function shapeTexts(shape, size) {
	const {sections} = JSON.parse(shape.make(size).json);
	return sections.flatMap((s) => (s.heading === undefined ? s.paragraphs : [s.heading, ...s.paragraphs]));
}

/** MB/s of `wrapper` over `texts`. */
function speed(texts, wrapper, rounds, warmups) {
	const size = texts.reduce((n, t) => n + bytes(t), 0) / MB;
	return (
		size /
		time(
			() => {
				for (const t of texts) wrapper(t);
			},
			rounds,
			warmups,
		)
	);
}

// wrap-ansi's time grows faster than its input on long paragraphs (a 256 KB unbroken paragraph
// takes it seconds), so it is timed on a 64 KB article of each shape: that favours wrap-ansi.
const WRAP_ANSI_SAMPLE = 64 * 1024;

export async function benchLayout(report, shapes = SHAPES) {
	console.log('\nlayout at 80 columns, in this process: wrap on 1 MB of each shape, wrap-ansi 10 (hard) on 64 KB');
	for (const shape of shapes) {
		const ours = speed(shapeTexts(shape, MB), (t) => wrap(t, 80), 5, 2);
		const theirs = speed(shapeTexts(shape, WRAP_ANSI_SAMPLE), (t) => wrapAnsi(t, 80, {hard: true}), 3, 1);
		console.log(`  ${shape.name}: wrap ${ours.toFixed(1)} MB/s, wrap-ansi ${theirs.toFixed(2)} MB/s`);
		report(`  ${shape.name}: wrap ÷ wrap-ansi speed`, ours / theirs, '×', {min: 50});
	}

	console.log('\none 1 MB paragraph with no spaces ÷ the same words with spaces (time, best of 5)');
	let spacedHindi = 0;
	for (const script of ['devanagari', 'latin']) {
		const spaced = spacedText(script, MB);
		const unbroken = spaced.replaceAll(' ', '');
		const tSpaced = time(() => wrap(spaced, 80));
		const tUnbroken = time(() => wrap(unbroken, 80));
		if (script === 'devanagari') spacedHindi = tSpaced;
		console.log(
			`  ${script}: spaced ${(bytes(spaced) / MB / tSpaced).toFixed(0)} MB/s, unbroken ${(bytes(unbroken) / MB / tUnbroken).toFixed(0)} MB/s`,
		);
		report(`  ${script}: unbroken ÷ spaced time`, tUnbroken / tSpaced, '×', {max: 1.5}, 'aim 1.2');
	}
	benchThai(report, time, spacedHindi);
}
