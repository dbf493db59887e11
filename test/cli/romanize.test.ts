// --romanize on the command line: the flag, the variable, every format, -l and -s, and the layout
// of romanised text in a real terminal emulator (@xterm/headless) at several widths.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import type {Article} from '../../src/article/types.js';
import {romanizeArticle} from '../../src/romanize/article.js';
import {NO_DEFECTS} from '../helpers/defects.js';
import {renderedDefects} from '../helpers/rendered.js';
import {run} from '../helpers/run.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const bundled: Article = JSON.parse(read('../../data/article.json'));
const roman = romanizeArticle(bundled);
const DEVANAGARI = /[\u0900-\u097f]/u;

describe('choosing the romanised view', () => {
	test('--romanize shows the article in Latin letters', async () => {
		const {code, stdout} = await run(['--romanize']);
		expect(code).toBe(0);
		expect(stdout).not.toMatch(DEVANAGARI);
		expect(stdout).toContain(roman.headline);
	});
	test.each([
		[[], {NEWS_READ_ROMANIZE: '1'}, true],
		[[], {NEWS_READ_ROMANIZE: '0'}, false],
		[[], {}, false],
		[['--no-romanize'], {NEWS_READ_ROMANIZE: '1'}, false],
		[['--romanize'], {NEWS_READ_ROMANIZE: '0'}, true],
	] as const)('argv %j with env %j: romanised %s (the flag wins)', async (argv, env, romanised) => {
		const {stdout} = await run([...argv], {env});
		expect(DEVANAGARI.test(stdout)).toBe(!romanised);
	});
	test('--json --romanize prints a valid article with language hi-Latn', async () => {
		const {stdout} = await run(['--json', '--romanize']);
		expect(JSON.parse(stdout)).toEqual(roman);
	});
	test('markdown is romanised too', async () => {
		const {stdout} = await run(['--format', 'markdown', '--romanize']);
		expect(stdout).not.toMatch(DEVANAGARI);
		expect(stdout).toContain(`## ${roman.sections[1].heading}`);
	});
	test('-l lists the romanised headings', async () => {
		const {stdout} = await run(['-l', '--romanize']);
		expect(stdout.split('\n')[1]).toBe(`2\t${roman.sections[1].heading}`);
	});
	test('-s matches the original heading or its romanised form', async () => {
		const original = await run(['-s', 'राहत', '--romanize', '--json']);
		const romanised = await run(['-s', 'RĀHAT', '--romanize', '--json']);
		expect(JSON.parse(original.stdout).sections).toEqual([roman.sections[1]]);
		expect(romanised.stdout).toBe(original.stdout);
		expect((await run(['-s', 'rahat', '--romanize', '--json'])).stdout).toBe(original.stdout); // marks on Latin letters are optional
		const none = await run(['-s', 'rāhat']);
		expect(none.code).toBe(1); // without --romanize only the original heading counts
	});
});

describe('romanised text lays out without defects in a real terminal', () => {
	// A long Hindi text: every paragraph of the seed article as one paragraph, and the weather article.
	const seed = read('../../data/source/article.txt').split('\n').filter(Boolean);
	const long: Article = {
		language: 'hi',
		headline: seed[0],
		sections: [{paragraphs: [seed.join(' ')]}, {heading: seed[1], paragraphs: seed}],
	};
	const dir = mkdtempSync(join(tmpdir(), 'news-read-romanize-'));
	const longFile = join(dir, 'long.json');
	writeFileSync(longFile, JSON.stringify(long));
	const weather = new URL('../fixtures/articles/hindi-weather.json', import.meta.url).pathname;
	const articles: [string, string | undefined, Article][] = [
		['bundled', undefined, bundled],
		['long', longFile, long],
		['weather', weather, JSON.parse(read('../fixtures/articles/hindi-weather.json'))],
	];
	const cases = articles.flatMap(([name, file, article]) =>
		[20, 33, 60, 80].flatMap((width) => (['codepoint', 'grapheme'] as const).map((model) => [name, width, model, file, article] as const)),
	);
	test.each(cases)('%s at %i cells, %s model', async (_, width, model, file, article) => {
		const argv = [...(file ? [file] : []), '--romanize', '-w', String(width), '--width-model', model];
		const terminal = await run([...argv, '--format', 'terminal', '--color', 'always']);
		// Drawn as each model measures: xterm.js with its Unicode 11 addon (today's tables), or its graphemes addon.
		const emulation = model === 'grapheme' ? 'grapheme' : 'unicode11';
		expect(await renderedDefects(romanizeArticle(article), terminal.stdout, width, emulation, '  ')).toEqual(NO_DEFECTS);
		const plain = await run(argv);
		expect(await renderedDefects(romanizeArticle(article), plain.stdout, width, emulation)).toEqual(NO_DEFECTS);
	});
});
