// Issue 9, hostile pages: huge, deep, unclosed, random, or carrying terminal controls. Each ends
// with exit 0 (an article) or 1 (one line saying why), never a crash or a hang; no control
// sequence from the page reaches the terminal. Outcomes are asserted, not times.
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {Article} from '../../src/article/types.js';
import {run} from '../helpers/run.js';
import {openTerminal} from '../helpers/terminal.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point
const OUR_SGR = /\x1b\[[0-9;]*m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u;
const REFUSED = 'news-read: standard input: no article found in this page\n';

const PARAGRAPH = 'नगर निगम ने बुधवार को गंगा किनारे एक नए घाट की योजना को मंजूरी दे दी, और काम अगले महीने शुरू होगा।';
const page = (body: string, head = '') =>
	`<!doctype html><html lang="hi"><head><title>बड़ा पन्ना</title>${head}</head><body>${body}</body></html>`;
const ld = (object: object) => `<script type="application/ld+json">${JSON.stringify(object)}</script>`;
const NEWS = ld({'@type': 'NewsArticle', headline: 'शीर्षक'});

async function read(html: string, args: string[] = ['--json']) {
	const result = await run(['-', ...args], {stdin: html});
	expect([0, 1]).toContain(result.code);
	if (result.code === 1) expect(result.stderr).toBe(REFUSED);
	else expect(result.stderr).toBe('');
	return result;
}

describe('large and deep pages', () => {
	test('a 20 MB page: every paragraph read', async () => {
		const count = Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(`<p>${PARAGRAPH} 0000</p>\n`));
		const paragraphs = Array.from({length: count}, (_, i) => `<p>${PARAGRAPH} ${i}</p>\n`).join('');
		const html = page(`<nav><a href="/">होम</a></nav><article>${paragraphs}</article>`, NEWS);
		expect(Buffer.byteLength(html)).toBeGreaterThan(20 * 1024 * 1024);
		const {code, stdout} = await read(html);
		expect(code).toBe(0);
		const article: Article = JSON.parse(stdout);
		expect(article.sections[0].paragraphs.length).toBe(count);
		expect(article.sections[0].paragraphs.at(-1)).toBe(`${PARAGRAPH} ${count - 1}`);
	}, 180_000);

	test('100,000 nested elements around the article', async () => {
		const depth = 100_000;
		const {code, stdout} = await read(
			page(`${'<div>'.repeat(depth)}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}`, NEWS),
		);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).sections).toEqual([{paragraphs: [PARAGRAPH, PARAGRAPH]}]);
	});

	test('100,000 nested unclosed elements, then stray end tags', async () => {
		const depth = 100_000;
		const html = page(`${'<section><span>'.repeat(depth / 2)}<p>${PARAGRAPH}${'</b></i>'.repeat(depth)}`, NEWS);
		const {code, stdout} = await read(html);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).sections[0].paragraphs).toEqual([PARAGRAPH]);
	});

	test('a 5 MB script block, with markup and a false end tag inside its strings', async () => {
		const script = `<script>${'var s = "<p>स्क्रिप्ट</p></scr" + "ipt>";\n'.repeat((5 * 1024 * 1024) / 40)}</script>`;
		const {code, stdout} = await read(page(`${script}<article><p>${PARAGRAPH}</p></article>`, NEWS));
		expect(code).toBe(0);
		expect(JSON.parse(stdout).sections).toEqual([{paragraphs: [PARAGRAPH]}]);
	});

	// Each of these once made some step read the same subtree again at every level.
	test.each([
		'<a href="/x">Also read: ',
		'<p>यह भी पढ़ें: <span><b><i><u><s><em><small><big><sub><sup><q><tt><kbd><var><cite><abbr><dfn><mark>',
		'<h1><span><b><i><u><s><em><small><big><sub><sup><q><tt><kbd><var><cite><abbr>',
		'<font>, ',
		'<section><span>',
		'<li><blockquote>Read More ',
		'<div class="read-also">ये भी पढ़ें <a href="/y">',
		'<div>लेख<br><br>',
		'<blockquote><cite>उद्धरण</cite><p>',
		'<div><h3>ये भी पढ़ें</h3><div>',
		'<div>Related Coverage <a href="/z">',
		'<li><b>नाम</b><div>',
		'<div><span>Also Read</span><a href="/r">x</a>',
	])('30,000 levels of %j', async (level) => {
		await read(page(`${level.repeat(30_000)}${PARAGRAPH}`, NEWS));
	});

	test('a page of unclosed tags', async () => {
		const soup = Array.from(
			{length: 50_000},
			(_, i) => ['<p>', '<b>', '<i>', '<a href=x>', '<li>', '<div>', '<td>'][i % 7] + (i % 3 ? 'शब्द ' : ''),
		).join('');
		const {code, stdout} = await read(page(soup, NEWS));
		if (code === 0) expect(JSON.parse(stdout).headline).toBe('शीर्षक');
	});

	test('a 100,000-deep JSON-LD block and a 5 MB articleBody', async () => {
		const deep = `<script type="application/ld+json">{"@graph": ${'['.repeat(100_000)}${']'.repeat(100_000)}}</script>`;
		const body = Array.from({length: 50_000}, (_, i) => `${PARAGRAPH} ${i}`).join('\n');
		const {code, stdout} = await read(
			page('<div id="root"></div>', deep + ld({'@type': 'NewsArticle', headline: 'शीर्षक', articleBody: body})),
		);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).sections[0].paragraphs.length).toBe(50_000);
	});
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const TOKENS = [
	'<p>',
	'</p>',
	'<div class="story">',
	'<div class="ad">',
	'</div>',
	'<article>',
	'</article>',
	'<h2>',
	'</h2>',
	'<h3>',
	'<li>',
	'<ul>',
	'</ul>',
	'<a href="/x">',
	'</a>',
	'<br>',
	'<br/>',
	'<script>',
	'</script>',
	'<style>',
	'<!--',
	'-->',
	'<nav>',
	'<figure>',
	'<blockquote>',
	'यह भी पढ़ें: ',
	'Also Read: ',
	PARAGRAPH,
	'short, text. ',
	'&amp;',
	'&#x1b;',
	'&',
	'<',
	'>',
	'"',
	"'",
	'=',
	' ',
	'\n',
	'\x1b]0;t\x07',
	'\u202e',
	'\x9b',
];
const soup = fc.array(fc.constantFrom(...TOKENS), {maxLength: 80}).map((tokens) => tokens.join(''));
const json = fc.jsonValue({maxDepth: 4});
const ldObject = fc.record(
	{
		'@type': fc.oneof(fc.constantFrom('NewsArticle', 'LiveBlogPosting', 'WebPage', ['Article', 'Thing']), json),
		headline: fc.oneof(fc.string(), json),
		description: fc.oneof(fc.string(), json),
		articleBody: fc.oneof(
			fc.string(),
			fc.array(fc.constantFrom(PARAGRAPH, '\n', 'यह भी पढ़ें: x', '<p>', ' ')).map((a) => a.join('')),
		),
		author: json,
		datePublished: fc.oneof(fc.constantFrom('2026-11-28', '2026-11-28T10:00:00Z'), json),
		url: fc.oneof(fc.webUrl(), json),
		inLanguage: fc.oneof(fc.constantFrom('hi', 'en_US', 'x'), json),
		articleSection: json,
	},
	{requiredKeys: []},
);
const rawControls = (output: string) => output.replace(OUR_SGR, '').match(new RegExp(RAW_CONTROL, 'gu')) ?? [];

describe('random pages', () => {
	const formats = [['--json'], ['-w', '30'], ['--format', 'terminal', '--color', 'always', '-w', '25'], ['--format', 'markdown']];
	test('tag soup: exit 0 or 1, no raw control in any format', async () => {
		await fc.assert(
			fc.asyncProperty(soup, fc.constantFrom(...formats), async (body, args) => {
				const {stdout} = await read(page(body), args);
				expect(rawControls(stdout)).toEqual([]);
			}),
			{numRuns: RUNS},
		);
	});
	test('random JSON-LD, valid and broken, beside random soup', async () => {
		await fc.assert(
			fc.asyncProperty(ldObject, fc.boolean(), soup, async (object, broken, body) => {
				const block = broken ? ld(object).replace(/}<\/script>$/, ',\n</script>') : ld({'@graph': [object]});
				const {code, stdout} = await read(page(body, block));
				if (code === 0) expect(rawControls(stdout)).toEqual([]);
			}),
			{numRuns: RUNS},
		);
	});
	test('random nesting of open and end tags', async () => {
		const tag = fc.constantFrom('div', 'p', 'span', 'li', 'ul', 'a', 'h2', 'table', 'td', 'tr', 'article', 'section');
		const nesting = fc.array(fc.tuple(fc.boolean(), tag, fc.constantFrom('', PARAGRAPH)), {maxLength: 200});
		await fc.assert(
			fc.asyncProperty(nesting, async (steps) => {
				await read(page(steps.map(([open, name, text]) => (open ? `<${name}>${text}` : `</${name}>`)).join(''), NEWS));
			}),
			{numRuns: RUNS},
		);
	});
});

describe('a page with terminal controls in its headline and body', () => {
	const headline = 'शीर्षक\x1b]0;pwned\x07 और \x1b[2J\x1b[H साफ़';
	const html = page(
		`<article><p>पहला \x1b[8mछिपा\x1b[28m अनुच्छेद, \x9b2J और \u202eउलटा\u202c पाठ।</p><h2>उप\x1b[31mशीर्षक</h2><p>दूसरा अनुच्छेद \x1b]8;;https://evil.example/\x1b\\कड़ी\x1b]8;;\x1b\\ यहां।</p></article>`,
		ld({'@type': 'NewsArticle', headline, author: 'लेखक\x1b[5m'}),
	);

	test('renders in xterm.js with no title change, no cleared screen, nothing hidden', async () => {
		const {code, stdout} = await read(html, ['--color', 'always', '-w', '60']);
		expect(code).toBe(0);
		expect(rawControls(stdout)).toEqual([]);
		const term = openTerminal(60, 'codepoint', 30);
		let title = '';
		term.term.onTitleChange((t) => {
			title = t;
		});
		await term.draw(stdout.replace(/\n/g, '\r\n'));
		expect(title).toBe('');
		const screen = term.screen().join('\n');
		expect(screen).toContain('शीर्षक␛]0;pwned␇ और ␛[2J␛[H साफ़'); // the first line is still there: nothing cleared it
		expect(screen).toContain('पहला ␛[8mछिपा␛[28m अनुच्छेद, �2J और �उलटा� पाठ।');
		expect(screen).toContain('उप␛[31mशीर्षक');
		expect(screen).toContain('लेखक␛[5m');
	});

	test('JSON keeps the page’s text exactly, controls escaped', async () => {
		const {stdout} = await read(html);
		expect(rawControls(stdout)).toEqual([]);
		const article: Article = JSON.parse(stdout);
		expect(article.headline).toBe(headline);
		expect(article.sections[0].paragraphs[0]).toBe('पहला \x1b[8mछिपा\x1b[28m अनुच्छेद, \x9b2J और \u202eउलटा\u202c पाठ।');
	});
});
