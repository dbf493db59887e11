// The pictures in docs/: up to date with `npm run screenshots`, and true to what a terminal shows.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {escapeXml, GRID, terminalSvg} from '../../scripts/svg-terminal.mjs';
import type {Article} from '../../src/article/types.js';
import {runBin} from '../helpers/run.js';
import {openTerminal} from '../helpers/terminal.js';

const root = new URL('../..', import.meta.url).pathname;
const committed = (name: string) => readFileSync(join(root, 'docs', name), 'utf8');
const article: Article = JSON.parse(readFileSync(join(root, 'data/article.json'), 'utf8'));

/** A run of text in a picture; `fitted`: the width it is stretched to (textLength), if any. */
type Drawn = {x: number; y: number; fitted?: number; fill: string; classes: string[]; text: string};

const xmlText = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** The text runs of a picture (window titles left out), read back from the SVG source. */
function drawnTexts(svg: string): Drawn[] {
	const out: Drawn[] = [];
	for (const [, attributes, content] of svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)) {
		const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '';
		const classes = attribute('class').split(' ').filter(Boolean);
		if (classes.includes('title')) continue;
		const fitted = attribute('textLength') === '' ? undefined : Number(attribute('textLength'));
		out.push({x: Number(attribute('x')), y: Number(attribute('y')), fitted, fill: attribute('fill'), classes, text: xmlText(content)});
	}
	return out;
}

// Measures how many cells a run takes, in a terminal of its own.
const ruler = openTerminal(200, 'codepoint');

/**
The rows a window shows, as text: each run put at the column its x says, gaps filled with spaces.
Runs fitted to their cells must be fitted to as many cells as the terminal gives them.
*/
async function windowRows(texts: Drawn[], left: number, cols: number): Promise<string[]> {
	const rows: string[] = [];
	const cursor: number[] = [];
	const mine = texts
		.filter((t) => t.x >= left && t.x < left + cols * GRID.cellWidth + 2 * GRID.left)
		.sort((a, b) => a.y - b.y || a.x - b.x);
	for (const t of mine) {
		const row = (t.y - GRID.top - GRID.baseline) / GRID.rowHeight;
		const col = (t.x - left - GRID.left) / GRID.cellWidth;
		expect(Number.isInteger(row) && Number.isInteger(col), `${t.text} on the cell grid`).toBe(true);
		const cells = await ruler.cellsOf(t.text);
		if (t.fitted !== undefined) expect(t.fitted, t.text).toBe(cells * GRID.cellWidth);
		while (rows.length <= row) rows.push('');
		rows[row] += ' '.repeat(col - (cursor[row] ?? 0)) + t.text;
		cursor[row] = col + cells;
	}
	return rows;
}

/** What a terminal `cols` wide shows after `output` (LF taken as CR LF), right-trimmed, trailing blank rows dropped. */
async function terminalRows(output: string, cols: number): Promise<string[]> {
	const screen = openTerminal(cols, 'codepoint', output.split('\n').length + 2);
	await screen.draw(output.replaceAll('\n', '\r\n'));
	const rows = screen.screen();
	while (rows.at(-1) === '') rows.pop();
	return rows;
}

describe('docs/article-60.svg', () => {
	const svg = committed('article-60.svg');
	const texts = drawnTexts(svg);

	test('shows, row by row, what a terminal 60 columns wide shows of the same run', async () => {
		const {stdout} = runBin(['--color', 'always', '--width-model', 'codepoint', '-w', '60']);
		expect(await windowRows(texts, 0, 60)).toEqual(await terminalRows(stdout, 60));
	});

	test('keeps the colours and styles of the terminal theme', () => {
		// The runs of the rows of `text`: rows of three words or more whose words, single-spaced, are in it.
		const rows = new Map<number, Drawn[]>();
		for (const t of texts) rows.set(t.y, [...(rows.get(t.y) ?? []), t]);
		const runsOf = (text: string) =>
			[...rows.values()].filter((runs) => runs.length > 2 && text.includes(runs.map((r) => r.text).join(' '))).flat();
		const headings = article.sections.flatMap((s) => (s.heading ? runsOf(s.heading) : []));
		const summary = runsOf(article.summary ?? '');
		const paragraph = runsOf(article.sections[0].paragraphs[0]);
		expect([headings.length, summary.length, paragraph.length].every((n) => n > 4)).toBe(true);
		for (const run of headings) expect(run.classes).toEqual(['b']);
		for (const run of summary) expect(run.classes).toEqual(['i']);
		for (const run of paragraph) expect(run.classes).toEqual([]);
		expect(new Set(headings.map((r) => r.fill)).size).toBe(1);
		expect(new Set(paragraph.map((r) => r.fill))).toEqual(new Set([summary[0].fill]));
		expect(headings[0].fill).not.toBe(paragraph[0].fill);
		// The related link's title is underlined: a one-pixel rectangle under its row.
		expect(svg).toMatch(/<rect [^>]*height="1"/);
	});
});

describe('docs/wrap-ansi-vs-news-read.svg', () => {
	const texts = drawnTexts(committed('wrap-ansi-vs-news-read.svg'));
	const cols = 36;
	const [paragraph] = article.sections[1].paragraphs;
	let wrapAnsiRows: string[] = [];
	let newsReadRows: string[] = [];
	beforeAll(async () => {
		wrapAnsiRows = await windowRows(texts, 0, cols);
		newsReadRows = await windowRows(texts, cols * GRID.cellWidth + 2 * GRID.left + 24, cols);
	});
	const squash = (text: string) => text.replace(/\s+/g, '');

	test('both windows show the same paragraph, word for word', () => {
		expect(squash(wrapAnsiRows.join(''))).toBe(squash(paragraph));
		expect(squash(newsReadRows.join(''))).toBe(squash(paragraph));
	});

	test("wrap-ansi's lines are re-wrapped by the terminal inside words: rows start with a vowel sign or mark", () => {
		expect(wrapAnsiRows.filter((row) => /^\p{M}/u.test(row)).length).toBeGreaterThan(2);
	});

	test("news-read's rows are its lines exactly: broken at spaces or after a hyphen, none re-wrapped", () => {
		const alone = JSON.stringify({language: 'hi', headline: '-', sections: [{paragraphs: [paragraph]}]});
		const {stdout} = runBin(['-', '-s', '1', '--format', 'plain', '--width-model', 'codepoint', '-w', String(cols)], {stdin: alone});
		expect(newsReadRows).toEqual(stdout.trimEnd().split('\n'));
		const rejoined = newsReadRows.reduce((text, row) => (text === '' || text.endsWith('-') ? text + row : `${text} ${row}`), '');
		expect(rejoined).toBe(paragraph.replace(/\s+/g, ' '));
	});
});

test('text is escaped for XML, and the drawing depends on the cells alone', () => {
	const cell = (col: number, chars: string) => ({
		col,
		width: 1,
		chars,
		fg: 1,
		bg: null,
		bold: false,
		italic: false,
		underline: false,
		inverse: false,
	});
	const svg = terminalSvg(
		[{title: 'a <b> & "c"', cols: 10, rows: [{cells: [...'<&>"x'].map((c, i) => cell(i, c)), wrapped: false}]}],
		'd & e',
	);
	expect(svg).toContain('>&lt;&amp;&gt;&quot;x</text>');
	expect(svg).toContain('a &lt;b&gt; &amp; &quot;c&quot;');
	expect(svg).toBe(
		terminalSvg([{title: 'a <b> & "c"', cols: 10, rows: [{cells: [...'<&>"x'].map((c, i) => cell(i, c)), wrapped: false}]}], 'd & e'),
	);
	expect(escapeXml('a\u0000b\u001bc')).toBe('a\ufffdb\ufffdc');
	expect(svg).not.toMatch(/font-face|url\(|<image|@import/);
});

test('inverse video swaps the colours, the default ones too', () => {
	const plain = {width: 1, fg: null, bg: null, bold: false, italic: false, underline: false};
	const cells = [
		{...plain, col: 0, chars: 'a', inverse: false},
		{...plain, col: 1, chars: 'b', inverse: true},
	];
	const svg = terminalSvg([{title: '', cols: 2, rows: [{cells, wrapped: false}]}], 'inverse');
	const window = /<rect [^>]*rx="8" fill="([^"]+)"/.exec(svg)?.[1];
	const ink = (text: string) => new RegExp(`fill="([^"]+)"[^>]*>${text}</text>`).exec(svg)?.[1];
	expect(window).toBeDefined();
	expect(ink('b')).toBe(window);
	expect(ink('a')).not.toBe(window);
	expect(svg).toContain(`width="${GRID.cellWidth}" height="${GRID.rowHeight}" fill="${ink('a')}"/>`);
});

// This compares the committed pictures with the script that made them; the tests above check the pictures themselves.
test('the committed pictures are what `npm run screenshots` makes now', () => {
	const out = mkdtempSync(join(tmpdir(), 'news-read-screenshots-'));
	execFileSync(process.execPath, [join(root, 'scripts/screenshots.mjs'), out]);
	const made = readdirSync(out).sort();
	expect(made).toEqual(['article-60.svg', 'wrap-ansi-vs-news-read.svg']);
	for (const name of made)
		expect(readFileSync(join(out, name), 'utf8'), `docs/${name} is stale: run npm run screenshots`).toBe(committed(name));
});
