// Our allocation-free segmenter against two others. unicode-segmenter is not independent: the
// grapheme table is generated from it (scripts/make-unicode-tables.mjs), so agreeing with it only
// shows that the code follows its generator. ICU's Intl.Segmenter is independent: it is checked on
// short texts made of the code points of the tricky rules, and on real text.
import {readdirSync, readFileSync} from 'node:fs';
import fc from 'fast-check';
import {graphemeSegments} from 'unicode-segmenter/grapheme';
import {expect, test} from 'vitest';
import {scanCluster, scanTable} from '../../src/layout/segment.js';

const ours = (text: string) => {
	const out: string[] = [];
	for (let start = 0; start < text.length; ) {
		const end = scanCluster(text, start, scanTable());
		out.push(text.slice(start, end));
		start = end;
	}
	return out;
};
const theirs = (text: string) => [...graphemeSegments(text)].map((s) => s.segment);
const icu = new Intl.Segmenter('und', {granularity: 'grapheme'});

// Code points that meet in the tricky rules: conjuncts, joiners, Hangul, emoji, flags, Prepend, CR LF.
const tricky = [
	'क',
	'्',
	'ष',
	'ि',
	'\u200d',
	'\u200c',
	'़',
	'ं',
	'ा',
	'\r',
	'\n',
	'\u0600',
	'👨',
	'👩',
	'🏽',
	'\ufe0f',
	'🇮',
	'🇳',
	'\u1100',
	'\u1161',
	'\u11a8',
	'가',
	'a',
	' ',
	'\u0301',
	'\u0d4e',
	'ക',
	'്',
	'ഷ',
	'\u0900',
	'\t',
	'\x1b',
];

test('agrees with unicode-segmenter, its generator, on arbitrary text', () => {
	const text = fc.oneof(fc.string({unit: fc.constantFrom(...tricky), maxLength: 30}), fc.string({unit: 'binary', maxLength: 30}));
	fc.assert(
		fc.property(text, (t) => {
			expect(ours(t)).toEqual(theirs(t));
		}),
		{numRuns: 3000},
	);
});

test('agrees with Intl.Segmenter (independent) on short texts of the tricky code points', () => {
	const short = fc.string({unit: fc.constantFrom(...tricky), minLength: 2, maxLength: 8});
	fc.assert(
		fc.property(short, (t) => {
			expect(ours(t)).toEqual([...icu.segment(t)].map((s) => s.segment));
		}),
		{numRuns: 3000},
	);
});

test('agrees with Intl.Segmenter (independent) on real text', () => {
	const dir = new URL('../fixtures/texts/', import.meta.url);
	const texts = [readFileSync(new URL('../../data/source/article.txt', import.meta.url), 'utf8')];
	for (const name of readdirSync(dir)) texts.push(readFileSync(new URL(name, dir), 'utf8'));
	for (const text of texts) expect(ours(text)).toEqual([...icu.segment(text)].map((s) => s.segment));
});
