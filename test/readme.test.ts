// The README stays true: its usage output, API examples and option list match the program.
import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import * as library from '../src/index.js';
import {cellWidth, clusterSpans, lineSpans, wrap} from '../src/index.js';
import {run} from './helpers/run.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

test('the usage example shows real output', async () => {
	const block = /```\n\$ news-read --width 60 \| head -9\n([\s\S]*?)```/.exec(readme);
	expect(block).not.toBeNull();
	const {stdout} = await run(['--width', '60']);
	expect(`${stdout.split('\n').slice(0, 9).join('\n')}\n`).toBe(block?.[1]);
});

test('the API examples give what they say', () => {
	expect(readme).toContain(`cellWidth('राष्ट्रपति');                          //=> ${cellWidth('राष्ट्रपति')}`);
	expect(readme).toContain(`cellWidth('राष्ट्रपति', {widthModel: 'grapheme'}); //=> ${cellWidth('राष्ट्रपति', {widthModel: 'grapheme'})}`);
	expect(readme).toContain(
		`wrap('पुतिन ने राष्ट्रपति शी से', 12);             //=> ${JSON.stringify(wrap('पुतिन ने राष्ट्रपति शी से', 12)).replaceAll('"', "'").replaceAll(',', ', ')}`,
	);
	expect(readme).toContain(
		`wrap('यह बात है । और', 8);                      //=> ${JSON.stringify(wrap('यह बात है । और', 8)).replaceAll('"', "'").replaceAll(',', ', ')}`,
	);
});

test('every option in --help is in the README', async () => {
	const {stdout} = await run(['--help']);
	const flags = stdout.match(/(?<=^ {2}(?:-\w, )?)--[\w-]+/gm) ?? [];
	expect(flags.length).toBeGreaterThan(8);
	// A row of the options table names it.
	for (const flag of flags) expect(readme, flag).toMatch(new RegExp(`^\\| \`[^\\n]*${flag}\\b`, 'm'));
});

test('every option in --help has an example in the README, by its long or its short name', async () => {
	const {stdout} = await run(['--help']);
	const options = [...stdout.matchAll(/^ {2}(?:(-\w), )?(--[\w-]+)/gm)].map(([, short, long]) => [long, short]);
	expect(options.length).toBeGreaterThan(8);
	const examples = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
		.flatMap(([, block]) => block.split('\n'))
		.filter((line) => line.includes('news-read'));
	for (const names of options) {
		const named = examples.some((line) => names.some((name) => name && new RegExp(`(?<=\\s)${name}(?=[\\s=]|$)`).test(line)));
		expect(named, names.join(', ')).toBe(true);
	}
});

test("the options table lists every value of each option's choices in --help", async () => {
	const {stdout} = await run(['--help']);
	const help = stdout.replace(/\n\s+/g, ' ');
	const withChoices = [...help.matchAll(/(--[\w-]+) <\w+>[^(]*(?:\([^)]*\) )?\(choices: /g)].map(([, flag]) => flag);
	expect(withChoices).toEqual(expect.arrayContaining(['--color', '--format', '--width-model']));
	for (const [, flag, list] of help.matchAll(/(--[\w-]+) <\w+>[^(]*(?:\([^)]*\) )?\(choices: ([^)]*?)(?:, default: [^)]*)?\)/g)) {
		const row = new RegExp(`^\\| \`${flag} [^\\n]*`, 'm').exec(readme)?.[0] ?? '';
		const values = list.split(', ').map((v) => v.replaceAll('"', ''));
		expect(values.length, flag).toBeGreaterThan(1);
		for (const value of values) expect(row, `${flag} ${value}`).toContain(`\`${value}\``);
	}
});

test('the API section names every export of the library', () => {
	const api = readme.slice(readme.indexOf('\n## API\n'), readme.indexOf('\n## Development\n'));
	for (const name of Object.keys(library)) expect(api, name).toContain(`### ${name}(`);
	const source = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
	const types = [...source.matchAll(/^export type \{([^}]*)\}/gm)].flatMap(([, names]) => names.split(',').map((n) => n.trim()));
	expect(types.length).toBeGreaterThan(3);
	for (const type of types) expect(api, type).toContain(`\`${type}\``);
});

test('what the tests need beyond npm is what .ci/run installs', () => {
	const listed = /^apt-get install (.+)$/m.exec(readme)?.[1].split(' ') ?? [];
	const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');
	const installed = [...ci.matchAll(/^need \S+ (\S+)$/gm)].map(([, name]) => name);
	expect(listed.length).toBeGreaterThan(3);
	expect(listed.sort()).toEqual(installed.sort());
});

test('the lineSpans and clusterSpans examples give what they say', () => {
	// The spans as the README writes them: {start: 0, end: 8, cells: 6}.
	const written = (value: unknown) =>
		JSON.stringify(value)
			.replace(/"(\w+)":/g, '$1: ')
			.replace(/,(?=[[{a-z])/g, ', ');
	expect(readme).toContain(`lineSpans('पुतिन ने राष्ट्रपति', 12); //=> ${written(lineSpans('पुतिन ने राष्ट्रपति', 12))}`);
	expect(readme).toContain(`[...clusterSpans('कि क्ष')];            //=> ${written([...clusterSpans('कि क्ष')])}`);
	expect(readme).toContain(`[...clusterSpans('कि', 'grapheme')];   //=> ${written([...clusterSpans('कि', 'grapheme')])}`);
});
