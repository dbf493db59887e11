// parseJsonPieces must be JSON.parse for any text cut into any pieces: the same value for valid
// JSON, undefined (then the caller asks JSON.parse for the error) for anything JSON.parse rejects.
// JSON.parse is the independent check: the parser shares no code with it.
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {parseJsonPieces} from '../../src/article/json-pieces.js';

/** parseJsonPieces on `pieces` of text, each given as UTF-16LE bytes, as decode.ts gives them. */
const read = (pieces: string[]) => parseJsonPieces(pieces.map((piece) => Buffer.from(piece, 'utf16le')));

/** `text` cut at `cuts` (positions, in any order) into pieces. */
function cut(text: string, cuts: number[]): string[] {
	const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
	return [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
}

/** What JSON.parse makes of `text`, or undefined where it throws. */
function reference(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

// Text that JSON cares about: quotes, escapes, controls, brackets, numbers, Devanagari, a surrogate pair.
const jsonish = fc
	.array(
		fc.constantFrom(...'{}[]:," \\/bfnrtu0123456789-+.eE\n\t\r\x00\x1ftruefalsenull'.split(''), 'क', 'ि', '😀', '\\"', '\\u0041', '"a"'),
		{maxLength: 40},
	)
	.map((parts) => parts.join(''));

describe('parseJsonPieces', () => {
	test.each([
		['{"a":1}', {a: 1}],
		['  [1, -0.5e+2, true, false, null, "x"]  ', [1, -50, true, false, null, 'x']],
		['"पुतिन ने \\"राष्ट्रपति\\" शी \\u0915\\n"', 'पुतिन ने "राष्ट्रपति" शी क\n'],
		['{"a":1,"a":2}', {a: 2}],
		['{"\\\\":"\\\\\\\\"}', {'\\': '\\\\'}],
	])('%#: %s', (text, expected) => {
		expect(read([text])).toEqual(expected);
		expect(JSON.parse(text)).toEqual(expected);
	});

	test('200,000 nested arrays cost memory, not the call stack', () => {
		let value = read([`${'['.repeat(200_000)}${']'.repeat(200_000)}`]);
		let depth = 0;
		for (; Array.isArray(value) && value.length > 0; depth++) value = value[0];
		expect([depth, value]).toEqual([199_999, []]);
	});

	test('"__proto__" is an own property, as JSON.parse makes it', () => {
		const value = read(['{"__proto__": {"polluted": true}, "a": 1}']) as Record<string, unknown>;
		expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
		expect(Object.keys(value)).toEqual(['__proto__', 'a']);
		expect(value).toEqual(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'));
	});

	test.each(['', ' ', '{', '{"a"}', '{"a":1,}', '[1,]', '"\x01"', '"a\nb"', '01', '1.', 'tru', '"\\x"', '[1] 2', '{"a":1}}', '\ufeff{}'])(
		'rejects %j as JSON.parse does',
		(text) => {
			expect(() => JSON.parse(text)).toThrow();
			expect(read([text])).toBeUndefined();
		},
	);

	test('a string may span many pieces, escapes and all', () => {
		const long = `${'क्ष '.repeat(5000)}\\"${'ा'.repeat(3000)}`;
		const text = `{"p": ["${long}", "b"]}`;
		const pieces = cut(
			text,
			Array.from({length: 50}, (_, i) => 7 + i * 331),
		);
		expect(read(pieces)).toEqual(JSON.parse(text));
	});

	test('any JSON value, indented or not, cut into any pieces, reads as JSON.parse reads it', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), fc.array(fc.nat(), {maxLength: 8}), (value, indent, cuts) => {
				const text = JSON.stringify(value, null, indent);
				expect(read(cut(text, cuts))).toEqual(JSON.parse(text));
			}),
			{numRuns: 500},
		);
	});

	test('any text, valid JSON or not, cut into any pieces: the same value as JSON.parse, or undefined where it throws', () => {
		fc.assert(
			fc.property(jsonish, fc.array(fc.nat(), {maxLength: 4}), (text, cuts) => {
				expect(read(cut(text, cuts))).toEqual(reference(text));
			}),
			{numRuns: 3000},
		);
	});
});
