// Issue 9 end to end: the built binary reads a page from a file or a pipe, refuses a home page
// with one line, and does not need the page reader (dist/page.cjs) to read JSON.
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {runBin} from '../helpers/run.js';

const pages = new URL('../fixtures/pages/', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(`${pages}hindi-graph.expected.json`, 'utf8'));

describe('news-read with a page', () => {
	test('news-read page.html: the article, plain, with its byline', () => {
		const {code, stdout, stderr} = runBin([`${pages}hindi-graph.html`]);
		expect([code, stderr]).toEqual([0, '']);
		expect(stdout.split('\n').slice(0, 5)).toEqual([
			expected.article.topic,
			expected.article.headline,
			expected.byline,
			'',
			expected.article.summary,
		]);
		expect(stdout).toContain(`\n${expected.article.sections[2].paragraphs[1]}\n`);
	});

	test('news-read - < page.html: the same', () => {
		const stdin = readFileSync(`${pages}hindi-graph.html`);
		expect(runBin(['-'], {stdin})).toEqual(runBin([`${pages}hindi-graph.html`]));
	});

	test('news-read page.html --json: the converter', () => {
		const {code, stdout} = runBin([`${pages}hindi-graph.html`, '--json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(expected.article);
	});

	test('a home page: one line, exit 1', () => {
		const file = `${pages}hindi-home.html`;
		expect(runBin([file])).toEqual({code: 1, stdout: '', stderr: `news-read: ${file}: no article found in this page\n`});
		expect(runBin(['-'], {stdin: readFileSync(file)})).toEqual({
			code: 1,
			stdout: '',
			stderr: 'news-read: standard input: no article found in this page\n',
		});
	});

	test('JSON is read without the page reader: a copy without dist/page.cjs still reads articles', () => {
		const copy = mkdtempSync(join(tmpdir(), 'news-read-no-page-'));
		for (const folder of ['bin', 'dist', 'data']) mkdirSync(join(copy, folder));
		for (const file of ['bin/news-read.cjs', 'dist/cli.cjs', 'dist/cli.cache', 'data/article.json'])
			copyFileSync(join(root, file), join(copy, file));
		const article = join(root, 'test/fixtures/articles/hindi-weather.json');
		const copied = spawnSync(process.execPath, [join(copy, 'bin/news-read.cjs'), article, '--json'], {
			encoding: 'utf8',
			env: {PATH: process.env.PATH},
		});
		expect({code: copied.status, stdout: copied.stdout, stderr: copied.stderr}).toEqual(runBin([article, '--json']));
		// The page does need it: the copy cannot read one, the checkout can.
		const page = `${pages}hindi-graph.html`;
		expect(spawnSync(process.execPath, [join(copy, 'bin/news-read.cjs'), page], {encoding: 'utf8'}).status).not.toBe(0);
		expect(runBin([page]).code).toBe(0);
	});
});
