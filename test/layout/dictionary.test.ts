// Dictionary line breaks (issue 11): Thai, Lao, Khmer and Myanmar break between the words ICU's
// dictionaries find, measured here against ICU segmenting whole paragraphs, and drawn in xterm.js.
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {cellWidth, lineSpans, type WidthModel, wrap} from '../../src/index.js';
import {bmpKinds, DICTIONARY_CLOSING, Kind} from '../../src/layout/breaks.js';
import {segmentWindow} from '../../src/layout/dictionary-window.js';
import {CLOSING, clusterBoundaries, findDefects, NO_DEFECTS} from '../helpers/defects.js';
import {type Emulation, openTerminal} from '../helpers/terminal.js';

const SCRIPTS = ['thai', 'lao', 'khmer', 'myanmar'];
const texts = Object.fromEntries(
	SCRIPTS.map((name) => [
		name,
		readFileSync(new URL(`../fixtures/texts/${name}.txt`, import.meta.url), 'utf8')
			.split('\n')
			.filter(Boolean),
	]),
);
/** Each script's paragraphs run together without spaces: one long run, the hard case for windows. */
const unbroken = SCRIPTS.map((name) => texts[name].join('').replace(/ /gu, ''));

const words = new Intl.Segmenter('th', {granularity: 'word'});
const LETTER = /^(?=[\p{L}\p{M}])[\p{sc=Thai}\p{sc=Laoo}\p{sc=Mymr}\p{sc=Khmr}]$/u;
const CLOSERS = 'ฯๆ๚๛ໆ។៕៖ៗ၊။၌၍၏';
const isLetter = (text: string, i: number) => i >= 0 && i < text.length && LETTER.test(text[i]) && !CLOSERS.includes(text[i]);

/** ICU's word boundaries in the whole paragraph. */
function boundaries(text: string): number[] {
	return [...words.segment(text)].map((s) => s.index).concat(text.length);
}

/**
Where a line may break: an ICU boundary with a letter of these scripts after it and a letter or
closing mark of them before; or after spaces, unless closing punctuation follows.
*/
function opportunities(text: string): number[] {
	const clusters = clusterBoundaries(text);
	const inWords = boundaries(text).filter(
		(b) => clusters.has(b) && isLetter(text, b) && (isLetter(text, b - 1) || CLOSERS.includes(text[b - 1])),
	);
	// Not after the paragraph's leading spaces: they belong to its first line.
	const afterSpaces = [...text.matchAll(/(?<=\S) +(?=\S)/gu)].map((m) => m.index + m[0].length).filter((b) => !CLOSING.includes(text[b]));
	return [0, ...inWords, ...afterSpaces, text.length].sort((a, b) => a - b);
}

describe('runs', () => {
	test('are made of the letters and marks of the four scripts, as the table generator reads them (restated here)', () => {
		const wrong: string[] = [];
		for (let cp = 0; cp < 0x10000; cp++) {
			const ch = String.fromCharCode(cp);
			const run = LETTER.test(ch) && !DICTIONARY_CLOSING.includes(ch);
			if (run !== (bmpKinds()[cp] === Kind.Dictionary)) wrong.push(cp.toString(16));
		}
		expect(wrong).toEqual([]);
	});

	test.each([
		['ก', Kind.Dictionary],
		['\u0e31', Kind.Dictionary], // Thai mai han-akat, a mark
		['ເ', Kind.Dictionary],
		['ក', Kind.Dictionary],
		['က', Kind.Dictionary],
		['\u103a', Kind.Dictionary], // Myanmar asat
		['ๆ', Kind.Close],
		['។', Kind.Close],
		['၏', Kind.Close],
		['๑', Kind.Digit],
		['၁', Kind.Digit],
		['฿', Kind.Other],
	])('%s is of kind %i', (ch, kind) => {
		expect(bmpKinds()[ch.charCodeAt(0)]).toBe(kind);
	});
});

/** The words of each script's texts in a random order (the same every run), run together into `count` paragraphs of about 3,000 characters. */
function shuffled(count: number): string[] {
	let seed = 2026;
	const next = () => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed / 2147483648;
	};
	return unbroken.flatMap((run) => {
		const vocabulary = [...new Set([...words.segment(run)].map((s) => s.segment))];
		return Array.from({length: count}, () => {
			let text = '';
			while (text.length < 3000) text += vocabulary[Math.floor(next() * vocabulary.length)];
			return text;
		});
	});
}

describe('windows of ICU segmentation', () => {
	test('give the boundaries that ICU finds in the whole paragraph, at every position', () => {
		const wrong: string[] = [];
		for (const text of [...Object.values(texts).flat(), ...unbroken, ...shuffled(3)]) {
			const whole = boundaries(text);
			let k = 0;
			for (let at = 1; at < text.length; at++) {
				while (whole[k + 1] <= at) k++;
				// `from` is where the piece starts: a break already made, so one of the paragraph's boundaries.
				for (const from of [0, whole[Math.max(0, k - 1)], whole[k]]) {
					const words = segmentWindow(text, from, at);
					const {start} = words.word(at);
					// The window's start is the paragraph's boundary only when it is `from`, a known break.
					const got = start > words.low || words.low === from ? start : -1;
					const want = whole[k] > words.low || whole[k] === from ? whole[k] : -1;
					if (got !== want) wrong.push(`${text.slice(at - 10, at)}|${text.slice(at, at + 10)} from ${from}: ${got} ≠ ${want}`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});
});

// Every width up to 30, where words and lines meet most often, then every third one up to 120.
const WIDTHS = Array.from({length: 113}, (_, i) => 8 + i).filter((width) => width <= 30 || width % 3 === 0);

// Each kind of terminal with the width model that describes it (as in terminal.test.ts).
const models: [Emulation, WidthModel][] = [
	['codepoint', 'codepoint-unicode5'],
	['unicode11', 'codepoint'],
	['grapheme', 'grapheme'],
];

/**
Breaks inside a unit (from one opportunity to the next, trailing spaces left out) that fits a line,
and lines that the next line's first unit would have fitted.
*/
function wordDefects(text: string, width: number, widthModel: WidthModel): {split: string[]; underfill: string[]} {
	const spans = lineSpans(text, width, {widthModel});
	const breaks = opportunities(text);
	const cells = (from: number, to: number) => cellWidth(text.slice(from, to).trimEnd(), {widthModel});
	const split: string[] = [];
	const underfill: string[] = [];
	for (let i = 1; i < spans.length; i++) {
		const at = spans[i].start;
		const previous = spans[i - 1];
		const next = breaks.find((b) => b > at) as number;
		if (!breaks.includes(at) && (isLetter(text, at) || isLetter(text, at - 1))) {
			const start = breaks.filter((b) => b < at).pop() as number;
			if (cells(start, next) <= width) split.push(`${text.slice(previous.start, at)}|${text.slice(at, next)}`);
		} else if (previous.cells + (at - previous.end) + cells(at, next) <= width) {
			underfill.push(`${text.slice(previous.start, at)}|${text.slice(at, next)}`);
		}
	}
	return {split, underfill};
}

describe.each(models)('in xterm.js (%s)', (emulation, widthModel) => {
	test('cellWidth agrees with the terminal on every word of the four scripts', async () => {
		const term = openTerminal(1000, emulation);
		const wrong: string[] = [];
		for (const text of Object.values(texts).flat()) {
			for (const {segment} of words.segment(text)) {
				if (cellWidth(segment, {widthModel}) !== (await term.cellsOf(segment))) wrong.push(segment);
			}
		}
		expect(wrong).toEqual([]);
	});

	test.each(SCRIPTS)('%s at widths from 8 to 120: no layout defects, no word split or line left short', async (name) => {
		for (const width of WIDTHS) {
			for (const paragraph of [...texts[name], unbroken[SCRIPTS.indexOf(name)]]) {
				const lines = wrap(paragraph, width, {widthModel});
				const found = {...(await findDefects(paragraph, lines, width, emulation)), ...wordDefects(paragraph, width, widthModel)};
				expect({width, ...found}).toEqual({width, ...NO_DEFECTS});
				expect(lines.join('').replace(/ /gu, '')).toBe(paragraph.replace(/ /gu, ''));
			}
		}
	});
});

describe('wrap in dictionary scripts', () => {
	// Each expectation was checked by hand against ICU's words (boundaries in the comment) and the widths.
	test.each<[string, number, string[]]>([
		// มนุษย์|ทั้ง|หลาย|เกิด|มา|มี|อิสระ: 4 + 2 + 4 + 3 + 2 + 1 + 4 cells (marks above and below take none)
		['มนุษย์ทั้งหลายเกิดมามีอิสระ', 10, ['มนุษย์ทั้งหลาย', 'เกิดมามีอิสระ']],
		['มนุษย์ทั้งหลายเกิดมามีอิสระ', 6, ['มนุษย์ทั้ง', 'หลาย', 'เกิดมามี', 'อิสระ']],
		// ๆ and ฯ stay with the word before them, spaced or not.
		['ไปมาแล้วมากๆ', 8, ['ไปมาแล้ว', 'มากๆ']],
		['ไปมาแล้วมาก ๆ', 8, ['ไปมาแล้ว', 'มาก ๆ']],
		// ๆ after spaces and before a word of the run (ab| |ๆ|กรม|อุตุ|นิยม): the line may end after it.
		['ab ๆกรมอุตุนิยม', 5, ['ab ๆ', 'กรมอุตุ', 'นิยม']],
		// ที่ 1 cell, กรุงเทพฯ 7
		['ที่กรุงเทพฯ', 7, ['ที่', 'กรุงเทพฯ']],
		// A word wider than the line fills it and is cut between clusters: ใน 2, เกียรติศักดิ์ 8 cells.
		['ในเกียรติศักดิ์', 6, ['ในเกียร', 'ติศักดิ์']],
	])('%j at %i cells', (text, width, lines) => {
		expect(wrap(text, width)).toEqual(lines);
	});
});

// Random mixes: phrases of the four scripts (runs of words with no spaces), Devanagari and Latin words.
const phrases = Object.values(texts)
	.flat()
	.flatMap((p) => p.split(' '));
const others = ['राष्ट्रपति', 'पुतिन', 'ने', 'है।', 'news', 'Russia-Chian', '2023', '(जिसमें', 'क्षेत्र,'];
const mixed = fc
	.array(
		fc.oneof(
			fc.tuple(fc.constantFrom(...phrases), fc.constantFrom(' ', '', '  ')),
			// A run glued to other letters is one word at its edge, beyond what the dictionary decides.
			fc.tuple(
				fc.constantFrom(...others).map((word) => ` ${word}`),
				fc.constant(' '),
			),
		),
		{minLength: 1, maxLength: 30},
	)
	.map((parts) => parts.map(([word, space]) => word + space).join(''));

describe('wrap properties in dictionary scripts', () => {
	test('lines fit, clusters stay whole, the text rejoins, no fitting word is split, no line is left short', () => {
		fc.assert(
			fc.property(
				mixed,
				fc.integer({min: 1, max: 60}),
				fc.constantFrom<WidthModel>('codepoint', 'codepoint-unicode5', 'grapheme'),
				(text, width, widthModel) => {
					const spans = lineSpans(text, width, {widthModel});
					const clusters = clusterBoundaries(text);
					let previousEnd = 0;
					for (const [i, {start, end, cells}] of spans.entries()) {
						const line = text.slice(start, end);
						expect(cells).toBe(cellWidth(line, {widthModel}));
						if ([...new Intl.Segmenter().segment(line)].length > 1) expect(cells).toBeLessThanOrEqual(width);
						expect(clusters.has(start) && clusters.has(end)).toBe(true);
						expect(text.slice(previousEnd, start)).toMatch(i === 0 ? /^$/ : /^\s*$/u);
						// Narrower, a word with closing punctuation spaced after it ("क्षेत्र, ฯลฯ") may not fit any line whole.
						if (i > 0 && width >= 10) expect(CLOSING).not.toContain(line[0]);
						previousEnd = end;
					}
					expect(text.slice(previousEnd)).toMatch(/^\s*$/u);
					expect(wordDefects(text, width, widthModel)).toEqual({split: [], underfill: []});
				},
			),
			{numRuns: 300},
		);
	});
});
