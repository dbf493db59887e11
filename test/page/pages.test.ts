// Issue 9: fixture pages laid out like real Hindi and English news sites, each with its article
// written out by hand beside it (test/fixtures/pages/*.expected.json), not copied from a run.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import type {Article} from '../../src/article/types.js';
import {stripSgr} from '../helpers/rendered.js';
import {run} from '../helpers/run.js';

const folder = new URL('../fixtures/pages/', import.meta.url).pathname;
type Expected = {about: string; article?: Article; refusal?: string; byline?: string; boilerplate: string[]};
const pages = readdirSync(folder)
	.filter((name) => name.endsWith('.html'))
	.map((name) => {
		const expected: Expected = JSON.parse(readFileSync(`${folder}${name.replace(/\.html$/, '.expected.json')}`, 'utf8'));
		return {name, file: `${folder}${name}`, html: readFileSync(`${folder}${name}`, 'utf8'), expected};
	});
const articles = pages.filter((page) => page.expected.article);

const FORMATS: [string, string[]][] = [
	['terminal', ['--format', 'terminal', '--color', 'always', '-w', '72']],
	['plain', ['--format', 'plain']],
	['markdown', ['--format', 'markdown']],
	['json', ['--json']],
];

test('there are fixtures of every kind the issue names', () => {
	expect(pages.map((page) => page.name).sort()).toEqual([
		'english-articlebody.html',
		'english-liveblog.html',
		'english-opengraph.html',
		'hindi-amp.html',
		'hindi-graph.html',
		'hindi-home.html',
	]);
});

describe.each(articles)('$name', ({file, html, expected}) => {
	const article = expected.article as Article;

	test('gives its expected article exactly', async () => {
		const {code, stdout, stderr} = await run([file, '--json']);
		expect([code, stderr]).toEqual([0, '']);
		expect(JSON.parse(stdout)).toEqual(article);
	});

	test('reads the same from standard input', async () => {
		const {code, stdout} = await run(['-', '--json'], {stdin: html});
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(article);
	});

	test('plain: topic, headline and byline on top, then every block', async () => {
		const {stdout} = await run([file]);
		const lines = stdout.split('\n');
		const top = [article.topic, article.headline, expected.byline].filter((line) => line !== undefined);
		expect(lines.slice(0, top.length)).toEqual(top);
		for (const section of article.sections) for (const paragraph of section.paragraphs) expect(lines).toContain(paragraph);
	});

	test('markdown: the byline links its host to the source', async () => {
		const {stdout} = await run([file, '--format', 'markdown']);
		const host = new URL(article.source as string).hostname;
		expect(stdout).toContain(`](${article.source})`);
		expect(stdout).toContain(`[${host}]`);
	});

	// Each boilerplate string is in the page (so the check means something) and in no output.
	test.each(FORMATS)('no boilerplate in the %s format', async (_, args) => {
		const {code, stdout} = await run([file, ...args]);
		expect(code).toBe(0);
		for (const junk of expected.boilerplate) {
			expect(html, junk).toContain(junk);
			expect(stripSgr(stdout), junk).not.toContain(junk);
		}
	});
});

describe.each(pages.filter((page) => page.expected.refusal))('$name', ({name, file, html, expected}) => {
	test('is refused with one line and exit 1', async () => {
		const {code, stdout, stderr} = await run([file, ...FORMATS[0][1]]);
		expect({code, stdout, stderr}).toEqual({code: 1, stdout: '', stderr: `news-read: ${file}: ${expected.refusal}\n`});
		expect(name).toMatch(/home/);
	});
	test.each(FORMATS)('in the %s format too, with none of its text shown', async (_, args) => {
		const {code, stdout, stderr} = await run(['-', ...args], {stdin: html});
		expect([code, stdout, stderr]).toEqual([1, '', `news-read: standard input: ${expected.refusal}\n`]);
		for (const junk of expected.boilerplate) expect(html, junk).toContain(junk);
	});
	test('also when its teasers are <div>s rather than <article>s', async () => {
		const divs = html.replaceAll('<article class="story-card">', '<div class="story-card">').replaceAll('</article>', '</div>');
		expect(divs).not.toContain('<article');
		expect((await run(['-'], {stdin: divs})).stderr).toBe(`news-read: standard input: ${expected.refusal}\n`);
	});
});
