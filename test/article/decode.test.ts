// parseArticle reads an article file's bytes in chunks; wherever the chunks are cut (inside a
// UTF-8 sequence, a string, an escape or a number), the article is what JSON.parse and
// validateArticle make of the whole text (the independent check).
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {parseArticle} from '../../src/article/decode.js';
import {validateArticle} from '../../src/article/validate.js';

/** `bytes` cut at `cuts` (positions, in any order) into chunks. */
function chunks(bytes: Buffer, cuts: number[]): Buffer[] {
	const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
	return [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length));
}

const text = fc.string({unit: fc.constantFrom('क', '्', 'ष', 'ि', ' ', '।', '"', '\\', '\n', 'a', '😀', '\u2028', 'ा')});
const article = fc.record({
	language: fc.constant('hi'),
	headline: text.filter((t) => t.trim() !== ''),
	sections: fc.array(fc.record({heading: text, paragraphs: fc.array(text, {minLength: 1, maxLength: 4})}), {minLength: 1, maxLength: 6}),
	extra: fc.jsonValue(),
});

describe('parseArticle', () => {
	test('any article, indented or not, with or without a byte-order mark, cut into any chunks of bytes, read in pieces or whole', () => {
		fc.assert(
			fc.property(
				article,
				fc.constantFrom(undefined, 2),
				fc.boolean(),
				fc.array(fc.nat(), {maxLength: 10}),
				fc.boolean(),
				(value, indent, bom, cuts, onePiece) => {
					const json = JSON.stringify(value, null, indent);
					const bytes = Buffer.from(`${bom ? '\ufeff' : ''}${json}`);
					expect(parseArticle(() => chunks(bytes, cuts), onePiece)).toEqual(validateArticle(JSON.parse(json)));
				},
			),
			{numRuns: 500},
		);
	});
});
