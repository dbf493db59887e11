// Invariants of romanize() on any text: it never throws, never loses a Latin letter or a digit,
// and text without letters of the ten scripts comes back as it was (in NFC).
import fc from 'fast-check';
import {expect, test} from 'vitest';
import {romanize} from '../../src/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Text mixing Latin, Devanagari (letters, signs, nukta, virama, ZWJ/ZWNJ), the other scripts and anything else. */
const mixed = fc
	.array(
		fc.oneof(
			fc.string({unit: 'grapheme-ascii'}),
			fc.integer({min: 0x0900, max: 0x0dff}).map((cp) => String.fromCharCode(cp)),
			fc.constantFrom('क', '़', '्', 'ि', 'ं', 'ँ', 'ः', '\u200d', '\u200c', 'é', 'e\u0301', '١', '٣', 'ß', 'Ω'),
			fc.string({unit: 'binary'}),
		),
		{maxLength: 40},
	)
	.map((parts) => parts.join(''));

const KEPT = /[\p{Script=Latin}0-9]/u;
const kept = (text: string) => [...text.normalize('NFC')].filter((c) => KEPT.test(c));

/** Whether `small` is a subsequence of `big`. */
function within(small: string[], big: string[]): boolean {
	let i = 0;
	for (const c of big) if (i < small.length && c === small[i]) i++;
	return i === small.length;
}

test('never throws, and keeps every Latin letter and ASCII digit in order', () => {
	fc.assert(
		fc.property(mixed, fc.constantFrom('hi', 'sa', 'ta', 'und', undefined), (text, language) => {
			const out = romanize(text, {language});
			expect(within(kept(text), kept(out))).toBe(true);
		}),
		{numRuns: RUNS},
	);
});

test('text without the ten scripts comes back as it was, in NFC', () => {
	fc.assert(
		fc.property(fc.string({unit: 'binary'}), (text) => {
			fc.pre(!/[\u0900-\u0dff]/u.test(text));
			expect(romanize(text, {language: 'hi'})).toBe(text.normalize('NFC'));
		}),
		{numRuns: RUNS},
	);
});
