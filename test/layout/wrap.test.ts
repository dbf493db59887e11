import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {cellWidth, lineSpans, type WidthModel, wrap} from '../../src/index.js';
import {CLOSING, clusterBoundaries} from '../helpers/defects.js';

describe('wrap', () => {
	// Each expectation was worked out by hand from the widths in width.test.ts.
	test.each<[string, number, string[]]>([
		['पुतिन ने राष्ट्रपति शी से', 12, ['पुतिन ने', 'राष्ट्रपति शी', 'से']],
		['यह बात है । और', 8, ['यह बात', 'है । और']],
		['Relation : पुतिन', 10, ['Relation :', 'पुतिन']],
		['Relation : पुतिन', 9, ['Relatio', 'n : पुतिन']],
		['( जिसमें … )', 10, ['( जिसमें … )']],
		['( जिसमें … )', 9, ['(', 'जिसमें … )']],
		['सामाजिक-आर्थिक कल्याण', 10, ['सामाजिक-', 'आर्थिक', 'कल्याण']],
		['abc 2023-24', 9, ['abc', '2023-24']],
		['राष्ट्रपति,', 8, ['राष्ट्रप', 'ति,']],
		['कहा "नमस्ते" और', 12, ['कहा "नमस्ते"', 'और']],
		['कहा "नमस्ते" और', 8, ['कहा', '"नमस्ते"', 'और']],
		['你好世界', 4, ['你好', '世界']],
		['abc 你好世界', 8, ['abc 你好', '世界']],
		['你好。世界', 4, ['你', '好。', '世界']],
		['😀😀😀', 4, ['😀😀', '😀']],
		['ab\u200bcd', 3, ['ab\u200b', 'cd']],
		['a\nb\r\nc', 10, ['a', 'b', 'c']],
		['  indented text', 20, ['  indented text']],
		['a    b', 3, ['a', 'b']],
		// A word wider than the line starts where the last one ended, filling the line.
		['ab abcdefgh', 5, ['ab ab', 'cdefg', 'h']],
		['ab abcd, ef', 5, ['ab', 'abcd,', 'ef']],
		['ab abcdef, gh', 5, ['ab ab', 'cdef,', 'gh']],
		['', 10, ['']],
	])('%j at %i cells', (text, width, lines) => {
		expect(wrap(text, width)).toEqual(lines);
	});

	test.each<[string, number, string[]]>([
		['abc', 1, ['a', 'b', 'c']],
		['abc de', 2, ['ab', 'c', 'de']],
		['कि क', 1, ['कि', 'क']], // कि is 2 cells and cannot be split: it gets a line of its own
		['a,b', 1, ['a', ',', 'b']],
		['क्ष क्ष', 2, ['क्ष', 'क्ष']],
	])('narrow: %j at %i cells', (text, width, lines) => {
		expect(wrap(text, width)).toEqual(lines);
	});

	test('the grapheme model fills by clusters', () => {
		expect(wrap('राष्ट्रपति पुतिन', 6, {widthModel: 'grapheme'})).toEqual(['राष्ट्रपति', 'पुतिन']);
		expect(wrap('राष्ट्रपति पुतिन', 6, {widthModel: 'codepoint'})).toEqual(['राष्ट्रप', 'ति', 'पुतिन']);
	});

	test.each([0, -1, 1.5, Number.NaN])('rejects width %s', (width) => {
		expect(() => wrap('x', width)).toThrow(RangeError);
	});

	test('never normalises: NFD text comes back as NFD', () => {
		const text = 'क़ि\u0915\u093c caf\u0065\u0301';
		expect(wrap(text, 80)).toEqual([text]);
	});

	test('lineSpans gives offsets and cells', () => {
		expect(lineSpans('पुतिन ने राष्ट्रपति', 8)).toEqual([
			{start: 0, end: 8, cells: 6},
			{start: 9, end: 19, cells: 8},
		]);
	});
});

// Random text built from real clusters, spaces and punctuation.
const words = [
	'राष्ट्रपति',
	'पुतिन',
	'ने',
	'क्षेत्र',
	'ज़्यादा',
	'कॉन्फ्रेंसिंग',
	'है',
	'सामाजिक-आर्थिक',
	'शी',
	'Russia-Chian',
	'news',
	'स्ट्रेटजिक',
	'कि',
	'क्\u200dष',
	'क्\u200cष',
	'2023-24',
	'हूं',
	'प्रतिबंधों',
];
const closers = ['।', '॥', ',', '.', ':', ';', '!', '?', ')', '”'];
const openers = ['(', '“'];
// A word, perhaps with opening punctuation before it and closing punctuation after it, each
// attached or spaced ("( जिसमें", "है ।"); words are joined by one or more spaces or none.
const space = fc.constantFrom('', ' ', '  ');
const token = fc
	.tuple(
		fc.option(fc.tuple(fc.constantFrom(...openers), space)),
		fc.constantFrom(...words),
		fc.option(fc.tuple(space, fc.constantFrom(...closers))),
	)
	.map(([open, word, close]) => (open ? open.join('') : '') + word + (close ? close.join('') : ''));
const paragraph = fc
	.array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '  ')), {minLength: 1, maxLength: 40})
	.map((parts) => parts.map(([t, sep]) => t + sep).join(''));
const model = fc.constantFrom<WidthModel>('codepoint', 'codepoint-unicode5', 'grapheme');

function checkInvariants(text: string, width: number, widthModel: WidthModel): void {
	const spans = lineSpans(text, width, {widthModel});
	const boundaries = clusterBoundaries(text);
	let previousEnd = 0;
	for (const [i, {start, end, cells}] of spans.entries()) {
		const line = text.slice(start, end);
		// Fits, unless the line is a single cluster wider than the line.
		const oneCluster = [...new Intl.Segmenter().segment(line)].length <= 1;
		if (!oneCluster) expect(cellWidth(line, {widthModel})).toBeLessThanOrEqual(width);
		expect(cells).toBe(cellWidth(line, {widthModel}));
		// No cluster is split.
		expect(boundaries.has(start) && boundaries.has(end)).toBe(true);
		// Nothing is lost: only white space lies between lines.
		expect(text.slice(previousEnd, start)).toMatch(i === 0 ? /^$/ : /^\s*$/u);
		previousEnd = end;
	}
	expect(text.slice(previousEnd)).toMatch(/^\s*$/u);
}

describe('wrap properties', () => {
	test('lines fit, clusters stay whole, the text rejoins', () => {
		fc.assert(
			fc.property(paragraph, fc.integer({min: 1, max: 60}), model, (text, width, widthModel) => {
				checkInvariants(text, width, widthModel);
			}),
			{numRuns: 300},
		);
	});

	test('no line starts with closing punctuation', () => {
		fc.assert(
			fc.property(paragraph, fc.integer({min: 10, max: 60}), model, (text, width, widthModel) => {
				const lines = wrap(text, width, {widthModel});
				for (const line of lines.slice(1)) expect(CLOSING).not.toContain(line[0]);
			}),
			{numRuns: 300},
		);
	});

	test('any Unicode at all: never throws, and the invariants hold', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 80}), fc.integer({min: 1, max: 30}), model, (text, width, widthModel) => {
				checkInvariants(text.replace(/[\n\r\u2028\u2029]/gu, ' '), width, widthModel);
			}),
			{numRuns: 300},
		);
	});
});
