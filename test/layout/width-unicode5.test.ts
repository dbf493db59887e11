// The codepoint-unicode5 width model: Unicode 5.0's wcwidth tables, as xterm.js without addons
// draws (issue 11: Myanmar laid out for today's tables overflowed there).
import {readFileSync} from 'node:fs';
import xterm from '@xterm/headless';
import {describe, expect, test} from 'vitest';
import {cellWidth, wrap} from '../../src/index.js';
import {codePointWidth} from '../../src/layout/width.js';
import {findDefects} from '../helpers/defects.js';
import {openTerminal} from '../helpers/terminal.js';

// Columns: text, codepoint model (today's tables), codepoint-unicode5. Each is also drawn below.
const table: [string, number, number][] = [
	['က်', 1, 2], // Myanmar asat U+103A, added in Unicode 5.1
	['လွှတ်', 2, 5], // medial wa U+103D and ha U+103E, asat
	['क\u0900', 1, 2], // Devanagari inverted candrabindu
	['క\u0c00', 1, 2], // Telugu combining candrabindu
	['ಕ\u0c81', 1, 2], // Kannada candrabindu
	['ക\u0d00', 1, 2], // Malayalam combining anusvara above
	['ക\u0d62', 1, 2], // Malayalam vowel sign vocalic l
	['कि', 2, 2],
	['राष्ट्रपति', 8, 8],
	['హైదరాబాద్‌లో', 6, 6],
	['😀', 2, 1], // emoji became wide in Unicode 9
	['你好', 4, 4],
	['news', 4, 4],
];

describe('codepoint-unicode5', () => {
	test.each(table)('%s: %i cells today, %i with Unicode 5.0 tables, as xterm.js draws them', async (text, today, old) => {
		expect([cellWidth(text), cellWidth(text, {widthModel: 'codepoint-unicode5'})]).toEqual([today, old]);
		expect(await openTerminal(100, 'unicode11').cellsOf(text)).toBe(today);
		expect(await openTerminal(100, 'codepoint').cellsOf(text)).toBe(old);
	});

	test('the generated tables equal xterm.js default table, code point by code point', () => {
		// This compares the tables with the source they were generated from (scripts/make-unicode-tables.mjs),
		// so it catches a new xterm.js release or a stale file. The independent checks are the drawn
		// rows above and, in terminal.test.ts, every word of every test text drawn in that terminal.
		const terminal = new xterm.Terminal({allowProposedApi: true});
		// biome-ignore lint/suspicious/noExplicitAny: xterm.js's width service is internal
		const service = (terminal as any)._core.unicodeService;
		const differing: string[] = [];
		for (let cp = 0xa0; cp < 0x110000; cp++) {
			if (cp >= 0xd800 && cp <= 0xdfff) continue;
			if (codePointWidth(cp, 'unicode5') !== service.wcwidth(cp)) differing.push(cp.toString(16));
		}
		expect(differing).toEqual([]);
	});

	test('Myanmar laid out for today tables overflows xterm.js default rows, and laid out for its tables fits them', async () => {
		const paragraphs = readFileSync(new URL('../fixtures/texts/myanmar-weather.txt', import.meta.url), 'utf8')
			.split('\n')
			.filter(Boolean);
		const overflowing = async (widthModel: 'codepoint' | 'codepoint-unicode5') => {
			let rows = 0;
			for (let width = 20; width <= 80; width += 15) {
				for (const paragraph of paragraphs)
					rows += (await findDefects(paragraph, wrap(paragraph, width, {widthModel}), width, 'codepoint')).overflow.length;
			}
			return rows;
		};
		expect(await overflowing('codepoint')).toBeGreaterThan(5);
		expect(await overflowing('codepoint-unicode5')).toBe(0);
	});
});
