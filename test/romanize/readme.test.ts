// The README's romanised view stays true: its example output and API lines match the program.
import {readFileSync} from 'node:fs';
import {expect, test} from 'vitest';
import {romanize} from '../../src/index.js';
import {run} from '../helpers/run.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the romanised example shows real output', async () => {
	const block = /```\n\$ news-read --romanize --width 60 \| head -6\n([\s\S]*?)```/.exec(readme);
	expect(block).not.toBeNull();
	const {stdout} = await run(['--romanize', '--width', '60']);
	expect(`${stdout.split('\n').slice(0, 6).join('\n')}\n`).toBe(block?.[1]);
});

test('the romanize API examples give what they say', () => {
	expect(readme).toContain(
		`romanize('ग्रामसभा ने बातचीत की।', {language: 'hi'}); //=> '${romanize('ग्रामसभा ने बातचीत की।', {language: 'hi'})}'`,
	);
	expect(readme).toContain(`romanize('नमस्ते', {language: 'sa'});              //=> '${romanize('नमस्ते', {language: 'sa'})}'`);
});

test('the accuracy the README states is the one the word lists measure', () => {
	const score = (name: string) => {
		const rows = readFileSync(new URL(`../fixtures/romanize/${name}`, import.meta.url), 'utf8')
			.split('\n')
			.filter((l) => l && !l.startsWith('#'))
			.map((l) => l.split('\t'));
		const right = rows.filter(([word, want]) => romanize(word, {language: 'hi'}) === want.normalize('NFC')).length;
		return `${right} of ${rows.length}`;
	};
	expect(readme).toContain(`${score('hindi-words.tsv')} words`);
	expect(readme).toContain(`${score('hindi-held-out.tsv')} (`);
});
