import {eastAsianWidthType} from 'get-east-asian-width';
import {describe, expect, test} from 'vitest';
import {cellWidth} from '../../src/index.js';
import {codePointWidth} from '../../src/layout/width.js';
import {openTerminal} from '../helpers/terminal.js';

// Columns: text, codepoint model, grapheme model. The first nine rows are shared/FACTS.md's table;
// every row is also checked against xterm.js below.
const table: [string, number, number][] = [
	['कि', 2, 1],
	['क्ष', 2, 2],
	['राष्ट्रपति', 8, 6],
	['प्रतिबंधों', 7, 5],
	['कॉन्फ्रेंसिंग', 8, 6],
	['स्ट्रेटजिक', 7, 6],
	['ज़्यादा', 5, 3],
	['क्\u200dष', 2, 2], // ZWJ
	['क्\u200cष', 2, 2], // ZWNJ
	['', 0, 0],
	['news', 4, 4],
	['Russia-Chian Relation :', 23, 23],
	['पुतिन ने', 6, 5],
	['है ।', 3, 3],
	['॥', 1, 1],
	['ड़', 1, 1], // nukta as a separate mark: ड + ़
	['\u095b', 1, 1], // ज़ as one code point
	['हिंदी (Hindi)', 12, 10],
	['ক্ষ', 2, 2], // Bengali
	['ക്ഷ', 2, 2], // Malayalam
	['க்ஷ', 2, 2], // Tamil
	['你好', 4, 4],
	['ｈｉ', 4, 4],
	['😀', 2, 2],
	['👍🏽', 4, 2],
	['👨\u200d👩\u200d👧', 6, 2],
	['🇮🇳', 2, 2],
	['❤️', 1, 2],
	['a\u0301', 1, 1],
	['a\u00adb', 3, 3], // soft hyphen: one cell in xterm, tmux and wcwidth
	['a\u200bb', 2, 3], // zero width space: a cluster of its own, so one cell per grapheme
	['x\ufeffy', 2, 2],
];

describe('cellWidth', () => {
	test('agrees with xterm.js on every row of the table', async () => {
		// Emoji need Unicode 11 tables; xterm.js's default (Unicode 6) draws them 1 cell wide.
		const codepoint = openTerminal(200, 'unicode11');
		const grapheme = openTerminal(200, 'grapheme');
		for (const [text, cp, g] of table) {
			expect([text, await codepoint.cellsOf(text)]).toEqual([text, cp]);
			expect([text, await grapheme.cellsOf(text)]).toEqual([text, g]);
		}
	});

	test.each(table)('%j is %i cells per code point and %i per grapheme', (text, codepoint, grapheme) => {
		expect(cellWidth(text)).toBe(codepoint);
		expect(cellWidth(text, {widthModel: 'codepoint'})).toBe(codepoint);
		expect(cellWidth(text, {widthModel: 'grapheme'})).toBe(grapheme);
	});
});

// The rules written above width.ts, restated from Unicode data. Not independent: these are the
// rules and data that scripts/make-unicode-tables.mjs generates width-table.ts from, so this shows
// that the code follows its generator. The independent checks are xterm.js's: the table above, and
// every Indic code point below.
const zero = /^[\p{Mn}\p{Me}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
function specWidth(cp: number): number {
	if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
	if (cp === 0xad) return 1;
	if ((cp >= 0x1160 && cp <= 0x11ff) || zero.test(String.fromCodePoint(cp))) return 0;
	const type = eastAsianWidthType(cp);
	return type === 'wide' || type === 'fullwidth' ? 2 : 1;
}

describe('codePointWidth follows its written rules (its generator)', () => {
	test('for every code point of the BMP, the ASCII fast path included', () => {
		const wrong: string[] = [];
		for (let cp = 0; cp < 0x10000; cp++) {
			if (cp >= 0xd800 && cp <= 0xdfff) continue;
			if (codePointWidth(cp) !== specWidth(cp)) wrong.push(cp.toString(16));
		}
		expect(wrong).toEqual([]);
	});
	test('for the astral planes, sampled', () => {
		const wrong: string[] = [];
		for (let cp = 0x10000; cp < 0x110000; cp += 7) {
			if (codePointWidth(cp) !== specWidth(cp)) wrong.push(cp.toString(16));
		}
		expect(wrong).toEqual([]);
	});
	test('a string sums its code points, ASCII or not', () => {
		const text = 'abc राष्ट्र 你 😀\u200d';
		const sum = [...text].reduce((n, c) => n + specWidth(c.codePointAt(0) as number), 0);
		expect(cellWidth(text)).toBe(sum);
	});
});

describe('codePointWidth against xterm.js (independent)', () => {
	// xterm.js with its Unicode 11 tables (as VS Code uses), a mark after a letter. It predates three
	// marks that current tables (glibc, tmux, VTE) give no cell, and news-read follows those.
	const newerThanUnicode11 = new Map([
		[0x0b55, 'ORIYA SIGN OVERLINE, Unicode 13'],
		[0x0c3c, 'TELUGU SIGN NUKTA, Unicode 14'],
		[0x0d81, 'SINHALA SIGN CANDRABINDU, Unicode 13'],
	]);
	test('on every assigned code point of the Indic blocks, U+0900..U+0DFF', async () => {
		const term = openTerminal(20, 'unicode11');
		const assigned = /^\p{Assigned}$/u;
		const wrong: string[] = [];
		let checked = 0;
		for (let cp = 0x900; cp < 0xe00; cp++) {
			const char = String.fromCodePoint(cp);
			if (!assigned.test(char) || newerThanUnicode11.has(cp)) continue;
			checked++;
			const cells = (await term.cellsOf(`a${char}`)) - 1;
			if (cells !== codePointWidth(cp)) wrong.push(`U+${cp.toString(16)}: xterm.js ${cells}, ours ${codePointWidth(cp)}`);
		}
		expect(wrong).toEqual([]);
		expect(checked).toBeGreaterThan(900);
		for (const cp of newerThanUnicode11.keys()) expect(codePointWidth(cp)).toBe(0);
	});
});
