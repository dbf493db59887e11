// The README stays true: its usage output, API examples and option list match the program.
import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {cellWidth, wrap} from '../src/index.js';
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
