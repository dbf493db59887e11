// Article content never drives the terminal: controls are shown, not obeyed, whatever the format.
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {Article} from '../../src/article/types.js';
import {run, runBin} from '../helpers/run.js';
import {openTerminal} from '../helpers/terminal.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point
const OUR_SGR = /\x1b\[[0-9;]*m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding controls is the point
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u;
// Our own output may hold SGR colours, and a tab after the number in a piped section list.
const rawControls = (output: string) =>
	output
		.replace(OUR_SGR, '')
		.replace(/^\d+\t/gm, '')
		.match(new RegExp(RAW_CONTROL, 'gu')) ?? [];

// Visible characters: what is left without white space, controls, and the symbols that stand for controls.
const visible = (text: string) => text.replace(OUR_SGR, '').replace(/[\p{Cc}\s\u202a-\u202e\u2066-\u2069\u2400-\u2421\ufffd]/gu, '');

const crafted: Article = {
	language: 'hi',
	topic: 'खबर\x1b[2J\x1b[H',
	headline: 'शीर्षक\x1b]0;pwned\x07 सुरक्षित',
	summary: 'क्लिपबोर्ड\x1b]52;c;ZWNobyBwd25lZA==\x07 नहीं',
	sections: [
		{paragraphs: ['लिंक \x1b]8;;https://evil.example/\x1b\\यहां\x1b]8;;\x1b\\ देखें', 'C1 \x9b2J और \x9d0;t\x9c रुको']},
		{
			heading: 'उलटा \u202eपाठ\u202c और \u2066अलग\u2069',
			paragraphs: ['शून्य\x00 मिटाओ\x7f बेल\x07 पीछे\x08\x08 वापसी\r टैब\tयहां', 'क्\u200dष और क्\u200cष जुड़े रहें'],
		},
	],
	related: [{label: 'देखें\x1b[31m', title: 'अंत\x1b[0m'}],
};

describe('a crafted article', () => {
	test.each([
		[['--color', 'always', '-w', '40']],
		[['--color', 'never', '--format', 'terminal']],
		[[]],
		[['--format', 'markdown']],
		[['--json']],
		[['-l']],
		[['-l', '--json']],
	])('renders with no raw control (%j)', (args) => {
		const {code, stdout, stderr} = runBin(['-', ...args], {stdin: JSON.stringify(crafted)});
		expect([code, stderr]).toEqual([0, '']);
		expect(rawControls(stdout)).toEqual([]);
	});

	test('keeps its joiners and visible words, and shows each control visibly', () => {
		const {stdout} = runBin(['-'], {stdin: JSON.stringify(crafted)});
		expect(stdout).toContain('क्\u200dष और क्\u200cष जुड़े रहें');
		expect(stdout).toContain('शीर्षक␛]0;pwned␇ सुरक्षित');
		expect(stdout).toContain('लिंक ␛]8;;https://evil.example/␛\\यहां␛]8;;␛\\ देखें');
		expect(stdout).toContain('C1 �2J और �0;t� रुको');
		expect(stdout).toContain('उलटा �पाठ� और �अलग�');
		// Cells before the tab: शून्य␀ 4, मिटाओ␡ 6, बेल␇ 3, पीछे␈␈ 5, वापसी␍ 6, टैब 2, and 5 spaces: 31.
		// So the tab becomes one space, to the tab stop at 32.
		expect(stdout).toContain('शून्य␀ मिटाओ␡ बेल␇ पीछे␈␈ वापसी␍ टैब यहां');
		expect(stdout).toContain('देखें␛[31m: अंत␛[0m');
	});

	test('in a terminal emulator: no title, no cleared screen, no link', async () => {
		const {stdout} = runBin(['-', '--color', 'always', '-w', '60'], {stdin: JSON.stringify(crafted)});
		const term = openTerminal(60, 'codepoint', 40);
		let title = '';
		term.term.onTitleChange((t) => (title = t));
		await term.draw(stdout.replace(/\n/g, '\r\n'));
		expect(title).toBe('');
		const screen = term.screen().join('\n');
		expect(screen).toContain('खबर␛[2J␛[H'); // the topic is still on screen: nothing cleared it
		expect(screen).toContain('क्लिपबोर्ड␛]52;c;ZWNobyBwd25lZA==␇ नहीं');
	});

	test('JSON output keeps the data exactly, with controls escaped', () => {
		const {stdout} = runBin(['-', '--json'], {stdin: JSON.stringify(crafted)});
		expect(JSON.parse(stdout)).toEqual(crafted);
	});
});

// Arbitrary Unicode, controls and all, as an article.
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const hostile = fc.oneof(
	fc.string({unit: 'binary', maxLength: 40}),
	fc.string({
		unit: fc.constantFrom(
			'\x1b',
			'[',
			']',
			'\x07',
			'\x9b',
			'\u202e',
			'\u2066',
			'\x00',
			'\x7f',
			'\t',
			'\r',
			'\n',
			'क',
			'्',
			'ष',
			'\u200d',
			' ',
			'।',
			'a',
		),
		maxLength: 40,
	}),
);
const articleArb = fc.record(
	{
		language: fc.constant('hi'),
		topic: hostile,
		headline: hostile.filter((s) => s.trim() !== ''),
		summary: hostile,
		sections: fc.array(
			fc.record({heading: hostile, paragraphs: fc.array(hostile, {minLength: 1, maxLength: 3})}, {requiredKeys: ['paragraphs']}),
			{minLength: 1, maxLength: 3},
		),
		related: fc.array(fc.record({label: hostile, title: hostile.filter((s) => s.trim() !== '')}, {requiredKeys: ['title']}), {
			maxLength: 2,
		}),
	},
	{requiredKeys: ['language', 'headline', 'sections']},
);
const strings = (a: Article) =>
	[
		a.topic,
		a.headline,
		a.summary,
		...a.sections.flatMap((s) => [s.heading, ...s.paragraphs]),
		...(a.related ?? []).flatMap((r) => [r.label, r.title]),
	].filter((s): s is string => s !== undefined);

describe('random hostile articles', () => {
	const formats = [
		[],
		['-w', '17'],
		['--format', 'terminal', '--color', 'always', '-w', '23', '--width-model', 'grapheme'],
		['--format', 'markdown'],
		['--json'],
		['-l'],
	];
	test('never fail, never pass a raw control, and keep every visible character', async () => {
		await fc.assert(
			fc.asyncProperty(articleArb, fc.constantFrom(...formats), async (article, args) => {
				const {code, stdout, stderr} = await run(['-', ...args], {stdin: JSON.stringify(article)});
				expect([code, stderr]).toEqual([0, '']);
				expect(rawControls(stdout)).toEqual([]);
				if (args[0] === '--json') expect(JSON.parse(stdout)).toEqual(article);
				if (args.length === 0 || args[0] === '-w' || args.includes('terminal')) {
					let output = visible(stdout);
					for (const text of strings(article)) {
						const at = output.indexOf(visible(text));
						expect(at, JSON.stringify(text)).toBeGreaterThanOrEqual(0);
						output = output.slice(at + visible(text).length);
					}
				}
			}),
			{numRuns: RUNS},
		);
	});
});
