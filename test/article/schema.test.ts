// data/article.schema.json and src/article/validate.ts describe one format: a real JSON Schema
// validator (ajv) and news-read's validator must accept and reject the same values.
import {readdirSync, readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {schemaAccepts, schemaErrors, validatorAccepts} from '../helpers/schema.js';

const fixtures = new URL('../fixtures/articles/', import.meta.url);
const articles = [
	new URL('../../data/article.json', import.meta.url),
	...readdirSync(fixtures)
		.filter((name) => name.endsWith('.json'))
		.map((name) => new URL(name, fixtures)),
];

describe('every article the project ships or tests with', () => {
	test.each(articles.map((url) => [url.pathname.replace(/.*\/(?=[^/]+\/[^/]+$)/, ''), url] as const))(
		'%s: the schema and the validator accept it',
		(_, url) => {
			const article = JSON.parse(readFileSync(url, 'utf8'));
			expect(schemaAccepts(article), schemaErrors()).toBe(true);
			expect(validatorAccepts(article)).toBe(true);
		},
	);
	test('there are fixtures to check', () => expect(articles.length).toBeGreaterThanOrEqual(3));
});

// Values shaped like articles: each part is mostly right, sometimes nearly right (empty, blank, an
// odd language tag), sometimes any JSON at all, sometimes missing.
const anyJson = fc.jsonValue({maxDepth: 2});
const mostly = <T>(good: fc.Arbitrary<T>, nearly: fc.Arbitrary<unknown>) =>
	fc.oneof({weight: 30, arbitrary: good}, {weight: 1, arbitrary: nearly}, {weight: 1, arbitrary: anyJson});
const optional = <T>(value: fc.Arbitrary<T>, freq = 3) => fc.option(value, {nil: undefined, freq});
const words = fc.string({minLength: 1, maxLength: 4}).filter((s) => s.trim() !== '');
const text = mostly(fc.string({maxLength: 4}), fc.constantFrom('', ' ', '\u00a0', '\ufeff', '\u2028', '\t\n', ' a '));
const title = mostly(words, fc.constantFrom('', ' ', '\u00a0', '\ufeff', '\u2028', '\t\n', ' a ', 7, null));
const language = mostly(
	fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$/),
	fc.constantFrom('x', 'abcdefghi', 'hi_IN', 'hi-', '-hi', 'hi-abcdefghi', 'Hindi language', 'hi\n', 'हि', 'en--IN'),
);
const paragraphs = mostly(fc.array(text, {minLength: 1, maxLength: 3}), fc.constantFrom([], [null], {}));
const section = mostly(
	fc.record({heading: optional(text), paragraphs: optional(paragraphs, 30), extra: optional(anyJson)}),
	fc.constantFrom([], 'x'),
);
const link = mostly(fc.record({label: optional(text), title: optional(title, 30)}), fc.constantFrom([], 'x'));
const articleLike = fc
	.oneof(
		{
			weight: 30,
			arbitrary: fc.record({
				language: optional(language, 30),
				topic: optional(text),
				headline: optional(title, 30),
				summary: optional(text),
				sections: optional(mostly(fc.array(section, {minLength: 1, maxLength: 3}), fc.constantFrom([], {})), 30),
				related: optional(mostly(fc.array(link, {maxLength: 2}), fc.constantFrom({}, 'x'))),
				unknown: optional(anyJson),
			}),
		},
		{weight: 1, arbitrary: anyJson},
	)
	.map((value) => JSON.parse(JSON.stringify(value) ?? 'null')); // as it would come out of JSON.parse

describe('the schema and the validator agree', () => {
	test('on thousands of values shaped like articles', () => {
		fc.assert(
			fc.property(articleLike, (value) => {
				expect(schemaAccepts(value), `${JSON.stringify(value)}: ${schemaErrors()}`).toBe(validatorAccepts(value));
			}),
			{numRuns: 5000},
		);
	});
	test('the values are a fair test: many of them are articles, many are not', () => {
		const accepted = fc.sample(articleLike, {numRuns: 2000, seed: 1}).filter(validatorAccepts).length;
		expect(accepted).toBeGreaterThan(100);
		expect(accepted).toBeLessThan(1900);
	});
});
