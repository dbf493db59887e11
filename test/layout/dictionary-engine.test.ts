// The dictionary engine (src/layout/dictionary-engine.ts) must find the words ICU finds. Here it
// is held against Intl.Segmenter itself, ICU as Node ships it, on our texts of the four scripts
// and on random ones: words of those texts run together, letters at random, ฯ and ๆ among them.
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {wordBoundaries} from '../../src/layout/dictionary-engine.js';
import {engineFor} from '../../src/layout/dictionary-scripts.js';
import {knownBoundaries} from '../../src/layout/dictionary-window.js';

const SCRIPTS = {thai: 'thai', lao: 'lao', khmer: 'khmer', myanmar: 'myanmar'} as const;
const words = new Intl.Segmenter('th', {granularity: 'word'});

/** ICU's boundaries in `text`. */
const icu = (text: string) => [...words.segment(text)].map((s) => s.index).concat(text.length);

/** The engine's boundaries in `text`, a run of one script's letters. */
function ours(text: string): number[] {
	const engine = engineFor(text.charCodeAt(0));
	if (engine < 0) throw new Error(`no engine for ${text}`);
	const out = [0];
	if (!wordBoundaries(engine, text, 0, text.length, text.length, text.length, out)) throw new Error('no dictionary');
	return out.concat(text.length);
}

/** The places where the engine and ICU differ, shown around the first one. */
function differences(text: string): string[] {
	const [want, got] = [icu(text), ours(text)];
	if (want.join() === got.join()) return [];
	const split = (bs: number[]) => bs.slice(1).map((b, i) => text.slice(bs[i], b));
	return [`ICU ${split(want).join('|')}`, `ours ${split(got).join('|')}`];
}

const LETTER = /^[\p{L}\p{M}]$/u;
/** Runs start with a letter: ICU makes marks at the start of a text a word of their own, and so does the window (dictionary-window.ts). */
const startsWithLetter = (t: string) => !/^\p{M}/u.test(t);
/** Each script's letters and marks (its runs are made of these), and its texts' runs and words. */
const scripts = Object.entries(SCRIPTS).map(([name, file]) => {
	const paragraphs = readFileSync(new URL(`../fixtures/texts/${file}.txt`, import.meta.url), 'utf8')
		.split('\n')
		.filter(Boolean);
	const runs = paragraphs.flatMap((p) => p.split(/[^\p{L}\p{M}]+/u)).filter((run) => run.length > 0 && engineFor(run.charCodeAt(0)) >= 0);
	const vocabulary = [...new Set(runs.flatMap((run) => [...words.segment(run)].map((s) => s.segment)))];
	const first = runs[0].charCodeAt(0);
	const letters: string[] = [];
	for (let c = 0; c < 0x10000; c++) {
		const ch = String.fromCharCode(c);
		if (engineFor(c) === engineFor(first) && LETTER.test(ch) && !/\p{N}/u.test(ch)) letters.push(ch);
	}
	return {name, runs, vocabulary, letters};
});

describe.each(scripts)('$name', ({runs, vocabulary, letters}) => {
	test('every run of our texts, and all of them run together, has ICU’s words', () => {
		for (const run of [...runs, runs.join('')]) expect(differences(run)).toEqual([]);
	});

	test('words of our texts in any order, with some letters and marks between them, have ICU’s words', () => {
		const piece = fc.oneof(
			{weight: 6, arbitrary: fc.constantFrom(...vocabulary)},
			{weight: 1, arbitrary: fc.constantFrom(...letters, 'ฯ', 'ๆ')},
		);
		const text = fc
			.array(piece, {minLength: 1, maxLength: 60})
			.map((parts) => parts.join(''))
			.filter(
				(t) =>
					startsWithLetter(t) &&
					engineFor(t.charCodeAt(0)) !== undefined &&
					[...t].every((ch) => engineFor(ch.charCodeAt(0)) === engineFor(t.charCodeAt(0))),
			);
		fc.assert(
			fc.property(text, (t) => {
				expect(differences(t)).toEqual([]);
			}),
			{numRuns: 3000},
		);
	});

	test('letters at random have ICU’s words', () => {
		const text = fc
			.array(fc.constantFrom(...letters), {minLength: 1, maxLength: 40})
			.map((parts) => parts.join(''))
			.filter(startsWithLetter);
		fc.assert(
			fc.property(text, (t) => {
				expect(differences(t)).toEqual([]);
			}),
			{numRuns: 3000},
		);
	});
});

describe.each(scripts)('windows of $name with spaces, digits and punctuation', ({vocabulary, letters}) => {
	test('have ICU’s boundaries wherever they are not left to ICU', () => {
		let known = 0;
		const piece = fc.oneof(
			{weight: 8, arbitrary: fc.constantFrom(...vocabulary)},
			{weight: 1, arbitrary: fc.constantFrom(...letters)},
			{weight: 2, arbitrary: fc.constantFrom(' ', '  ', '12', '๒๕๖๖', '၂၀', '១៩')},
			{
				weight: 2,
				arbitrary: fc.constantFrom(
					...'()[]{}<>"“”„«»‹›「」!?、。–—‐‑…%/\\&+-−=*×÷#@$€£°§•|~^฿\t\u00a0\u200b๏๚๛។៕៖៘៙៚៛၊။၌၍၎၏ฯๆ:·,;.\'‘’_\u2009',
				),
			},
		);
		fc.assert(
			fc.property(fc.array(piece, {minLength: 1, maxLength: 30}), (parts) => {
				const text = parts.join('');
				const boundaries = knownBoundaries(text, 0, text.length);
				if (boundaries === undefined) return;
				known++;
				expect(boundaries).toEqual(icu(text));
			}),
			{numRuns: 3000},
		);
		// Most windows are decided here, not by ICU: the test would prove nothing otherwise.
		expect(known).toBeGreaterThan(1500);
	});
});
