// Issue 9: the optional fields published, authors and source, in JSON input as from pages, and
// the byline they make under the headline.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import type {Article} from '../../src/article/types.js';
import {ArticleError, validateArticle} from '../../src/article/validate.js';
import {stripSgr} from '../helpers/rendered.js';
import {run} from '../helpers/run.js';

const base: Article = {language: 'hi', headline: 'शीर्षक', sections: [{paragraphs: ['पहला अनुच्छेद']}]};
const schema = JSON.parse(readFileSync(new URL('../../data/article.schema.json', import.meta.url), 'utf8'));

describe('validateArticle', () => {
	test('keeps the three fields, exactly, after summary', () => {
		const article = {...base, source: 'https://www.example.in/a?b=1#c', authors: ['क', 'Jane Doe'], published: '2026-11-28T10:30:00+05:30'};
		const valid = validateArticle(article);
		expect(valid).toEqual(article);
		expect(Object.keys(valid)).toEqual(['language', 'headline', 'published', 'authors', 'source', 'sections']);
	});
	test.each([
		[
			{published: '28 November 2026'},
			'published must be an ISO 8601 date such as "2026-11-28" or "2026-11-28T10:30:00+05:30" (got "28 November 2026")',
		],
		[{published: 20261128}, 'published must be a string'],
		[{authors: 'क'}, 'authors must be an array'],
		[{authors: ['क', '  ']}, 'authors[1] must not be empty'],
		[{authors: [{name: 'क'}]}, 'authors[0] must be a string'],
		[{source: 'www.example.in'}, 'source must be an http or https URL (got "www.example.in")'],
		[{source: 'https://example.in/a b'}, 'source must be an http or https URL (got "https://example.in/a b")'],
		[{source: 'https://example.in/\u001b]0;x\u0007'}, 'source must be an http or https URL (got "https://example.in/\\u001b]0;x\\u0007")'],
		[{source: 'javascript:alert(1)'}, 'source must be an http or https URL (got "javascript:alert(1)")'],
	])('%j: %s', (fields, message) => {
		expect(() => validateArticle({...base, ...fields})).toThrow(new ArticleError(message));
	});

	// The schema's patterns are written apart from the validator's; both must agree on these.
	test.each([
		['published', '2026-11-28', true],
		['published', '2026-11-28T10:30Z', true],
		['published', '2026-11-28T10:30:00.123+0530', true],
		['published', '2026-11-28 10:30', false],
		['published', '2026-13-01', false],
		['published', '2026-11-32', false],
		['source', 'http://a.example', true],
		['source', 'HTTPS://a.example/%E0%A4%95', true],
		['source', 'https:///path', false],
		['source', 'https://क.example', false],
	])('%s %j is valid: %s, in the validator and the schema', (field, value, valid) => {
		const accepted = (() => {
			try {
				validateArticle({...base, [field]: value});
				return true;
			} catch {
				return false;
			}
		})();
		expect(accepted).toBe(valid);
		expect(new RegExp(schema.properties[field].pattern, 'u').test(value)).toBe(valid);
	});
});

describe('the byline', () => {
	const article = {
		...base,
		summary: 'सार',
		authors: ['राम कुमार', 'सीता'],
		published: '2026-11-28T23:30:00-08:00',
		source: 'https://www.example.in/x',
	};
	test('plain: under the headline, authors · the date in the article’s language · the host', async () => {
		const {stdout} = await run(['-'], {stdin: JSON.stringify(article)});
		// The calendar date as written (the 28th), whatever this machine's time zone.
		expect(stdout.split('\n').slice(0, 4)).toEqual(['शीर्षक', 'राम कुमार, सीता · 28 नवंबर 2026 · www.example.in', '', 'सार']);
	});
	test.each([
		['en', 'November 28, 2026'],
		['en-GB', '28 November 2026'],
		['und', 'November 28, 2026'],
		['zz', 'November 28, 2026'],
	])('the date for %s: %s', async (language, date) => {
		const {stdout} = await run(['-'], {stdin: JSON.stringify({...base, language, published: '2026-11-28'})});
		expect(stdout.split('\n')[1]).toBe(date);
	});
	test('terminal: dim, in the margin', async () => {
		const {stdout} = await run(['-', '--color', 'always', '-w', '60'], {stdin: JSON.stringify(article)});
		const line = stdout.split('\n')[1];
		expect(line).toBe('  \x1b[2mराम कुमार, सीता · 28 नवंबर 2026 · www.example.in\x1b[22m');
		expect(stripSgr(line)).toBe('  राम कुमार, सीता · 28 नवंबर 2026 · www.example.in');
	});
	test('markdown: a paragraph with the host linked to the source', async () => {
		const {stdout} = await run(['-', '--format', 'markdown'], {stdin: JSON.stringify({...article, source: 'https://x.example/a_(b)'})});
		expect(stdout.split('\n\n').slice(0, 3)).toEqual([
			'# शीर्षक',
			'राम कुमार, सीता · 28 नवंबर 2026 · [x.example](https://x.example/a_%28b%29)',
			'*सार*',
		]);
	});
	test('markdown: pandoc reads the byline back as text with a link to the source', async () => {
		const {stdout} = await run(['-', '--format', 'markdown'], {stdin: JSON.stringify({...article, source: 'https://x.example/a_(b)*c'})});
		const html = execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'html', '--wrap=none'], {input: stdout, encoding: 'utf8'});
		expect(html).toContain('<p>राम कुमार, सीता · 28 नवंबर 2026 · <a href="https://x.example/a_%28b%29*c">x.example</a></p>');
	});
	test('not with --section, and none without the fields', async () => {
		expect((await run(['-', '-s', '1'], {stdin: JSON.stringify(article)})).stdout).toBe('पहला अनुच्छेद\n');
		expect((await run(['-'], {stdin: JSON.stringify(base)})).stdout).toBe('शीर्षक\n\nपहला अनुच्छेद\n');
	});
	test('JSON carries the fields', async () => {
		expect(JSON.parse((await run(['-', '--json'], {stdin: JSON.stringify(article)})).stdout)).toEqual(article);
	});
});
