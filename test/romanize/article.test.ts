// The romanised article: every text a reader sees is in Latin letters, the language tag says so,
// and the result is still an article in the format (data/article.schema.json).
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import type {Article} from '../../src/article/types.js';
import {validateArticle} from '../../src/article/validate.js';
import {latinTag, romanizeArticle} from '../../src/romanize/article.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const bundled: Article = JSON.parse(read('../../data/article.json'));
const schema = JSON.parse(read('../../data/article.schema.json'));
const DEVANAGARI = /[\u0900-\u097f]/u;

describe('romanizeArticle', () => {
	const roman = romanizeArticle(bundled);
	test('leaves no Devanagari in any text', () => {
		expect(JSON.stringify(roman)).not.toMatch(DEVANAGARI);
	});
	test('maps each text in place: same sections, paragraphs and links', () => {
		expect(roman.sections.map((s) => s.paragraphs.length)).toEqual(bundled.sections.map((s) => s.paragraphs.length));
		expect(roman.sections.map((s) => s.heading === undefined)).toEqual(bundled.sections.map((s) => s.heading === undefined));
		expect(roman.related?.length).toBe(bundled.related?.length);
		expect(roman.topic).toBe(bundled.topic); // "Russia-Chian Relation" is Latin already
		expect(roman.sections[1].heading).toBe('rūs kō milī ārthik pratibaṁdhōṁ sē rāhat'.normalize('NFC'));
	});
	test('is a valid article with language hi-Latn, under the schema pattern', () => {
		expect(roman.language).toBe('hi-Latn');
		expect(new RegExp(schema.properties.language.pattern).test(roman.language)).toBe(true);
		expect(validateArticle(JSON.parse(JSON.stringify(roman)))).toEqual(roman);
	});
	test('related labels and titles are romanised', () => {
		const article: Article = {
			language: 'hi',
			headline: 'समाचार',
			sections: [{paragraphs: ['पहला']}],
			related: [{label: 'यह भी पढ़ें', title: 'लोकसभा'}, {title: 'राष्ट्रपति'}],
		};
		expect(romanizeArticle(article).related).toEqual(
			[{label: 'yah bhī paṛhēṁ', title: 'lōksabhā'}, {title: 'rāṣṭrapati'}].map((l) => JSON.parse(JSON.stringify(l).normalize('NFC'))),
		);
	});
});

describe('latinTag', () => {
	test.each([
		['hi', 'hi-Latn'],
		['hi-IN', 'hi-Latn-IN'],
		['hi-Deva', 'hi-Latn'],
		['hi-Deva-IN', 'hi-Latn-IN'],
		['sa', 'sa-Latn'],
		['hi-Latn', 'hi-Latn'],
	])('%s → %s', (tag, want) => {
		expect(latinTag(tag)).toBe(want);
	});
});
