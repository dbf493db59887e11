import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import type {Article} from '../../src/article/types.js';
import {cellWidth} from '../../src/index.js';
import {NO_DEFECTS} from '../helpers/defects.js';
import {renderedDefects, stripSgr} from '../helpers/rendered.js';
import {run} from '../helpers/run.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const bundled: Article = JSON.parse(read('../../data/article.json'));
const seedLines = read('../../data/source/article.txt').split('\n').filter(Boolean);
const fixture = (name: string) => new URL(`../fixtures/articles/${name}`, import.meta.url).pathname;
const ESC = '\x1b';

describe('the bundled article', () => {
	test('piped: plain, every part shown, one line per paragraph', async () => {
		const {code, stdout, stderr} = await run([]);
		expect([code, stderr]).toEqual([0, '']);
		expect(stdout).not.toContain(ESC);
		const lines = stdout.split('\n');
		expect(lines.slice(0, 3)).toEqual([bundled.topic, bundled.headline, '']);
		expect(lines[3]).toBe(bundled.summary);
		for (const section of bundled.sections) {
			if (section.heading) expect(lines).toContain(section.heading);
			for (const paragraph of section.paragraphs) expect(lines).toContain(paragraph);
		}
		expect(lines.at(-2)).toBe('यह भी पढ़ें: इजराइल ने की गाजा में फिर गोलीबारी, 17 लोगों की मौत; एक सैनिक भी हुआ घायल; जानें मामला');
		expect(stdout.endsWith('\n')).toBe(true);
		expect(lines.filter((line) => /\s$/u.test(line))).toEqual([]);
	});

	// Punctuation and spacing aside ("Relation :" becomes its own line, "पढ़ें-" a label), the
	// words of every seed line appear, in order, whatever the width.
	test.each([[[]], [['--width', '40']], [['--width', '23', '--color', 'always']]])(
		'every word of the seed appears in order (%j)',
		async (args) => {
			const squash = (text: string) => stripSgr(text).replace(/[\s\p{P}]/gu, '');
			const output = squash((await run(args)).stdout);
			let from = 0;
			for (const line of seedLines) {
				const at = output.indexOf(squash(line.replace(/^Russia-Chian Relation : (?=पुतिन)/u, 'Russia-Chian Relation')), from);
				expect(at, line).toBeGreaterThanOrEqual(from);
				from = at;
			}
		},
	);

	test.each([40, 80])('golden plain output at width %i', async (width) => {
		const {stdout} = await run(['--width', String(width)]);
		expect(stdout).toBe(read(`../golden/plain-${width}.txt`));
	});
});

describe('--list-sections', () => {
	test('piped: number, tab, heading; the lead shows the start of its paragraph', async () => {
		const {stdout} = await run(['-l']);
		expect(stdout).toBe(
			'1\tRussia-Chian Relation : चीनी राष्ट्रपति…\n2\tरूस को मिली आर्थिक प्रतिबंधों से राहत\n3\tदोनों देशों ने मजबूत रिश्तों पर दिया जोर\n',
		);
	});
	test('on a terminal: aligned numbers, in colour', async () => {
		const {stdout} = await run(['--list-sections'], {tty: 80});
		expect(stdout).toContain(ESC);
		expect(stripSgr(stdout).split('\n')[1]).toBe('  2  रूस को मिली आर्थिक प्रतिबंधों से राहत');
	});
	test('--format markdown: a numbered list that pandoc reads back, the lead in emphasis', async () => {
		const {stdout} = await run(['-l', '--format', 'markdown']);
		expect(stdout).toBe(
			'1. *Russia-Chian Relation : चीनी राष्ट्रपति…*\n2. रूस को मिली आर्थिक प्रतिबंधों से राहत\n3. दोनों देशों ने मजबूत रिश्तों पर दिया जोर\n',
		);
		const html = execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'html'], {input: stdout, encoding: 'utf8'});
		expect(html).toBe(
			'<ol type="1">\n<li><em>Russia-Chian Relation : चीनी राष्ट्रपति…</em></li>\n<li>रूस को मिली आर्थिक प्रतिबंधों से राहत</li>\n<li>दोनों देशों ने मजबूत रिश्तों पर दिया जोर</li>\n</ol>\n',
		);
	});
	test('--format markdown escapes headings that would be markup', async () => {
		const article = {language: 'en', headline: 'h', sections: [{heading: '2. *not* a list', paragraphs: ['p']}]};
		const {stdout} = await run(['-', '-l', '--format', 'markdown'], {stdin: JSON.stringify(article)});
		const text = execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'plain'], {input: stdout, encoding: 'utf8'});
		expect(text).toBe('1.  2. *not* a list\n');
	});
	test('--format plain on a terminal: aligned, no colour; --format terminal piped: aligned', async () => {
		expect((await run(['-l', '--format', 'plain'], {tty: 80})).stdout.split('\n')[1]).toBe('  2  रूस को मिली आर्थिक प्रतिबंधों से राहत');
		expect((await run(['-l', '--format', 'terminal'])).stdout.split('\n')[1]).toBe('  2  रूस को मिली आर्थिक प्रतिबंधों से राहत');
	});
});

describe('--section', () => {
	const headings = async (args: string[]) =>
		JSON.parse((await run([...args, '--json'])).stdout).sections.map((s: {heading?: string}) => s.heading ?? '(lead)');
	test.each<[string[], string[]]>([
		[['-s', '1'], ['(lead)']],
		[
			['-s', '2-3'],
			['रूस को मिली आर्थिक प्रतिबंधों से राहत', 'दोनों देशों ने मजबूत रिश्तों पर दिया जोर'],
		],
		[['-s', 'राहत'], ['रूस को मिली आर्थिक प्रतिबंधों से राहत']],
		[
			['-s', '3', '-s', '1'],
			['(lead)', 'दोनों देशों ने मजबूत रिश्तों पर दिया जोर'],
		], // article order
		[
			['-s', '2', '-s', '2-3'],
			['रूस को मिली आर्थिक प्रतिबंधों से राहत', 'दोनों देशों ने मजबूत रिश्तों पर दिया जोर'],
		], // each once
	])('%j chooses %j', async (args, expected) => {
		expect(await headings(args)).toEqual(expected);
	});
	test('text is compared after NFC, with Latin case ignored', async () => {
		const article = JSON.stringify({
			language: 'hi',
			headline: 'h',
			sections: [{paragraphs: ['a']}, {heading: 'Modi और \u095Bिंदगी', paragraphs: ['b']}],
		});
		// U+095B is ज़ as one code point; NFC spells it ज + ़, as the heading here does not.
		for (const spec of ['MODI', 'ज\u093Cिंदगी', '\u095Bिंदगी']) {
			const {stdout, code} = await run(['-', '-s', spec], {stdin: article});
			expect([code, stdout]).toEqual([0, 'Modi और \u095Bिंदगी\nb\n']);
		}
	});
	test('shows only the chosen sections, without headline or links', async () => {
		const {stdout} = await run(['-s', '2']);
		expect(stdout).toBe(`${bundled.sections[1].heading}\n${bundled.sections[1].paragraphs[0]}\n`);
	});
	test('no match: exit 1 and the list of sections', async () => {
		const {code, stdout, stderr} = await run(['-s', 'मौसम']);
		expect([code, stdout]).toEqual([1, '']);
		expect(stderr).toBe(
			'news-read: no section matches "मौसम"; the sections are: 1 Russia-Chian Relation : चीनी राष्ट्रपति…; 2 रूस को मिली आर्थिक प्रतिबंधों से राहत; 3 दोनों देशों ने मजबूत रिश्तों पर दिया जोर\n',
		);
	});
	test.each(['0', '3-2', ' '])('%j is a usage error', async (spec) => {
		const {code, stderr} = await run(['-s', spec]);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^news-read: .+\n$/);
	});
});

describe('width', () => {
	const widest = (text: string) =>
		Math.max(
			...stripSgr(text)
				.split('\n')
				.map((line) => cellWidth(line)),
		);
	test('on a terminal: its width', async () => expect(widest((await run([], {tty: 50})).stdout)).toBeLessThanOrEqual(50));
	test('on a wide terminal: capped at 100 for reading', async () => {
		const width = widest((await run([], {tty: 200})).stdout);
		expect(width).toBeLessThanOrEqual(100);
		expect(width).toBeGreaterThan(90);
	});
	test('piped with COLUMNS: wrapped', async () => expect(widest((await run([], {env: {COLUMNS: '60'}})).stdout)).toBeLessThanOrEqual(60));
	test.each(['0', '-3', '2.5', 'wide', '1e2'])('COLUMNS=%j is ignored (no wrapping), as --width refuses it', async (value) => {
		expect((await run([], {env: {COLUMNS: value}})).stdout).toBe((await run([])).stdout);
		expect((await run(['--width', value])).code).toBe(2);
	});
	test('COLUMNS and --width read " 30 " alike', async () => {
		expect((await run([], {env: {COLUMNS: ' 30 '}})).stdout).toBe((await run(['--width', ' 30 '])).stdout);
	});
	test('--width beats the terminal', async () => expect(widest((await run(['-w', '30'], {tty: 120})).stdout)).toBeLessThanOrEqual(30));
	test('narrow widths: every line fits, margin and colour included, unless it is one cluster', async () => {
		const segmenter = new Intl.Segmenter();
		for (let width = 1; width <= 24; width++) {
			const {stdout} = await run(['-w', String(width), '--format', 'terminal', '--color', 'always']);
			const tooWide = stripSgr(stdout)
				.split('\n')
				.filter((line) => cellWidth(line) > width && [...segmenter.segment(line)].length > 1);
			expect({width, tooWide}).toEqual({width, tooWide: []});
		}
	});
	test('a line never ends in a space it broke at (ideographic, em, tab), but keeps a no-break space', async () => {
		const article = {language: 'en', headline: 'h', sections: [{paragraphs: ['aaa\u3000bbb\u2003ccc\tddd', 'eee\u00a0ff']}]};
		const {stdout} = await run(['-', '-w', '4'], {stdin: JSON.stringify(article)});
		expect(stdout).toBe('h\n\naaa\nbbb\nccc\nddd\n\neee\u00a0\nff\n');
	});
	test('the grapheme model fits more on a line', async () => {
		const lines = async (model: string) => (await run(['-w', '40', '--width-model', model])).stdout.split('\n').length;
		expect(await lines('grapheme')).toBeLessThan(await lines('codepoint'));
	});
});

describe('--color', () => {
	test.each<[string[], Record<string, string>, number | undefined, boolean]>([
		[[], {}, 80, true],
		[[], {NO_COLOR: '1'}, 80, false],
		[[], {NO_COLOR: ''}, 80, true], // only a non-empty NO_COLOR counts
		[[], {}, undefined, false],
		[[], {FORCE_COLOR: '1'}, undefined, true],
		[['--color', 'never'], {FORCE_COLOR: '1'}, 80, false],
		[['--color', 'always'], {NO_COLOR: '1'}, undefined, true],
		[['--color', 'auto'], {FORCE_COLOR: '0'}, 80, false],
		[['--format', 'plain', '--color', 'always'], {}, 80, false], // plain never has escapes
	])('%j with %j, terminal %s: colour %s', async (args, env, tty, coloured) => {
		const {stdout} = await run(args, {env, tty});
		expect(stdout.includes(ESC)).toBe(coloured);
	});
	test('colour never changes where lines break', async () => {
		const coloured = await run(['-w', '37', '--color', 'always']);
		const plain = await run(['-w', '37', '--color', 'never', '--format', 'terminal']);
		expect(stripSgr(coloured.stdout)).toBe(plain.stdout);
	});
});

describe('--format', () => {
	test('json: the article format, after section filtering', async () => {
		const {stdout} = await run(['--format', 'json']);
		expect(JSON.parse(stdout)).toEqual(bundled);
		const one = JSON.parse((await run(['--json', '-s', '2'])).stdout);
		expect(one).toEqual({...bundled, sections: [bundled.sections[1]]});
	});
	test('markdown: pandoc reads back the headline, the headings and the text', async () => {
		const {stdout} = await run(['--format', 'markdown']);
		const ast = JSON.parse(execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'json'], {input: stdout, encoding: 'utf8'}));
		const plain = (inlines: unknown) =>
			execFileSync('pandoc', ['-f', 'json', '-t', 'plain', '--wrap=none'], {
				input: JSON.stringify({...ast, blocks: [{t: 'Plain', c: inlines}]}),
				encoding: 'utf8',
			}).trim();
		const headers = ast.blocks.filter((b: {t: string}) => b.t === 'Header');
		expect(headers.map((h: {c: [number, unknown, unknown]}) => [h.c[0], plain(h.c[2])])).toEqual([
			[1, bundled.headline],
			...bundled.sections.filter((s) => s.heading).map((s) => [2, s.heading]),
		]);
		const text = execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'plain', '--wrap=none'], {input: stdout, encoding: 'utf8'});
		for (const section of bundled.sections) for (const p of section.paragraphs) expect(text).toContain(p);
	});
	test('markdown escapes what would be markup', async () => {
		const article = {language: 'en', headline: '# not *a* heading', sections: [{paragraphs: ['1. not a list <b>x</b> [y](z) _u_']}]};
		const {stdout} = await run(['-', '--format', 'markdown'], {stdin: JSON.stringify(article)});
		const text = execFileSync('pandoc', ['-f', 'markdown-smart', '-t', 'plain', '--wrap=none'], {input: stdout, encoding: 'utf8'});
		expect(text).toBe('# not *a* heading\n\n1. not a list <b>x</b> [y](z) _u_\n');
	});
});

describe('other articles render without layout defects in a real terminal', () => {
	const cases = ['hindi-weather.json', 'bengali-rain.json'].flatMap((name) =>
		[20, 37, 60, 80].flatMap((width) =>
			(
				[
					['codepoint', false],
					['grapheme', true],
				] as const
			).map(([model, coloured]) => [name, width, model, coloured] as const),
		),
	);
	test.each(cases)('%s at %i cells, %s model, coloured: %s', async (name, width, model, coloured) => {
		const article: Article = JSON.parse(readFileSync(fixture(name), 'utf8'));
		const color = coloured ? 'always' : 'never';
		const {stdout} = await run([fixture(name), '-w', String(width), '--width-model', model, '--format', 'terminal', '--color', color]);
		expect(stdout.includes(ESC)).toBe(coloured);
		const emulation = model === 'grapheme' ? 'grapheme' : 'codepoint';
		expect(await renderedDefects(article, stdout, width, emulation, '  ')).toEqual(NO_DEFECTS);
		const plain = await run([fixture(name), '-w', String(width), '--width-model', model]);
		expect(await renderedDefects(article, plain.stdout, width, emulation)).toEqual(NO_DEFECTS);
	});
});

describe('help, version, usage errors', () => {
	test('--version prints the package version', async () => {
		const version = JSON.parse(read('../../package.json')).version;
		expect(await run(['-V'])).toEqual({code: 0, stdout: `${version}\n`, stderr: ''});
	});
	test('--help ends with examples', async () => {
		const {code, stdout} = await run(['--help']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/Examples:\n(?:.*\n)+$/);
		for (const flag of ['--section', '--list-sections', '--width', '--color', '--format', '--json', '--width-model'])
			expect(stdout).toContain(flag);
	});
	test.each([
		[['--widht', '3'], /^news-read: unknown option '--widht' \(Did you mean --width\?\)\n$/],
		[['--width', '0'], /^news-read: option .*--width.* argument '0' is invalid/],
		[['--width', 'wide'], /^news-read: option .*--width.*'wide' is invalid/],
		[
			['--color', 'sometimes'],
			/^news-read: option '--color <when>' argument 'sometimes' is invalid. Allowed choices are auto, always, never.\n$/,
		],
		[['--format', 'html'], /^news-read: option '--format <f>' argument 'html' is invalid/],
		[['--width-model', 'x'], /^news-read: .*--width-model/],
		[['a.json', 'b.json'], /^news-read: too many arguments/],
	])('%j: exit 2, one line', async (args, message) => {
		const {code, stdout, stderr} = await run(args);
		expect([code, stdout]).toEqual([2, '']);
		expect(stderr).toMatch(message);
		expect(stderr.split('\n')).toHaveLength(2);
	});
});

describe('reading articles', () => {
	test('- reads standard input', async () => {
		const {code, stdout} = await run(['-'], {stdin: read('../fixtures/articles/hindi-weather.json')});
		expect(code).toBe(0);
		expect(stdout.split('\n')[1]).toBe('दिल्ली में घना कोहरा , कई ट्रेनें देरी से चल रही हैं ।');
	});
	test('a file, with unknown fields ignored', async () => {
		const {code, stdout} = await run([fixture('hindi-weather.json'), '--json']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).provenance).toBeUndefined();
	});
});

test('--list-sections --json: number and heading, null for the lead', async () => {
	const {stdout} = await run(['-l', '--json']);
	expect(JSON.parse(stdout)).toEqual([
		{number: 1, heading: null},
		{number: 2, heading: 'रूस को मिली आर्थिक प्रतिबंधों से राहत'},
		{number: 3, heading: 'दोनों देशों ने मजबूत रिश्तों पर दिया जोर'},
	]);
});

test('no line ends in spaces, empty paragraphs and spaced text included, in any layout', async () => {
	const article = {language: 'hi', headline: 'खबर  ', sections: [{paragraphs: ['', 'पहला   दूसरा   ', '   ']}]};
	for (const args of [[], ['-w', '7'], ['-w', '30', '--format', 'terminal'], ['-w', '30', '--format', 'terminal', '--color', 'always']]) {
		const {stdout} = await run(['-', ...args], {stdin: JSON.stringify(article)});
		expect(
			stripSgr(stdout)
				.split('\n')
				.filter((line) => /\s$/u.test(line)),
		).toEqual([]);
	}
});
