// Broken input: one line on stderr naming the file and the problem, exit 1, nothing on stdout.

import {spawnSync} from 'node:child_process';
import {chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {run} from '../helpers/run.js';
import {schemaAccepts} from '../helpers/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'news-read-bad-'));
const file = (name: string, content: string | Uint8Array) => {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
};
const valid = {language: 'hi', headline: 'शीर्षक', sections: [{paragraphs: ['पहला अनुच्छेद']}]};
const withField = (patch: object) => JSON.stringify({...valid, ...patch});

describe('bad input: exit 1, one line naming the file and the problem', () => {
	// Not JSON at all: the schema has nothing to say about these.
	test.each<[string, string | Uint8Array, string]>([
		['empty.json', '', 'is empty'],
		['blank.json', ' \n\t\n', 'is empty'],
		['binary.json', new Uint8Array([0x7b, 0x00, 0x01, 0xff, 0x89, 0x50]), 'is binary data, not JSON'],
		[
			'latin1.json',
			Buffer.concat([Buffer.from('{"headline": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]),
			'is not valid UTF-8 (byte 17)',
		],
		['truncated.json', Buffer.from('{"a": "क').subarray(0, 9), 'is not valid UTF-8 (byte 7)'],
		['comma.json', '{\n  "language": "hi",\n  }', 'invalid JSON at line 3, column 3: expected a property name in double quotes'],
		['word.json', '{"language": tru}', 'invalid JSON at line 1, column 14: unexpected "t"'],
		['unclosed.json', '{"sections": [\n', 'invalid JSON at line 2, column 1: unexpected end of input'],
		['after.json', '{}\n{}', 'invalid JSON at line 2, column 1: unexpected text after the JSON value'],
		['deep-broken.json', '['.repeat(200_000), 'invalid JSON at line 1, column 200001: unexpected end of input'],
	])('%s: %s', async (name, content, problem) => {
		const path = file(name, content);
		const result = await run([path]);
		expect(result).toEqual({code: 1, stdout: '', stderr: `news-read: ${path}: ${problem}\n`});
	});

	// JSON, but no article: data/article.schema.json rejects each of these too (checked with ajv).
	test.each<[string, string, string]>([
		['deep.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'the article must be a JSON object, not an array'],
		['string.json', '"news"', 'the article must be a JSON object, not string'],
		['null.json', 'null', 'the article must be a JSON object, not null'],
		['no-language.json', JSON.stringify({headline: 'h', sections: valid.sections}), 'language is missing'],
		[
			'language.json',
			withField({language: 'Hindi language'}),
			'language must be a BCP 47 language tag such as "hi" (got "Hindi language")',
		],
		['headline.json', withField({headline: 7}), 'headline must be a string'],
		['empty-headline.json', withField({headline: '  '}), 'headline must not be empty'],
		['sections.json', withField({sections: {}}), 'sections must be an array'],
		['no-sections.json', withField({sections: []}), 'sections must not be empty'],
		['section.json', withField({sections: ['text']}), 'sections[0] must be an object'],
		['paragraphs.json', withField({sections: [{heading: 'h'}]}), 'sections[0].paragraphs is missing'],
		['no-paragraphs.json', withField({sections: [{paragraphs: ['a']}, {paragraphs: []}]}), 'sections[1].paragraphs must not be empty'],
		[
			'paragraph.json',
			withField({sections: [{paragraphs: ['a']}, {paragraphs: ['b']}, {paragraphs: ['c', 2]}]}),
			'sections[2].paragraphs[1] must be a string',
		],
		['heading.json', withField({sections: [{heading: null, paragraphs: ['a']}]}), 'sections[0].heading must be a string'],
		['related.json', withField({related: [{label: 'x'}]}), 'related[0].title is missing'],
		['topic.json', withField({topic: ['x']}), 'topic must be a string'],
	])('%s: %s', async (name, content, problem) => {
		const path = file(name, content);
		const result = await run([path]);
		expect(result).toEqual({code: 1, stdout: '', stderr: `news-read: ${path}: ${problem}\n`});
		expect(schemaAccepts(JSON.parse(content))).toBe(false);
	});

	test('a missing file', async () => {
		expect(await run([join(dir, 'nope.json')])).toEqual({
			code: 1,
			stdout: '',
			stderr: `news-read: ${join(dir, 'nope.json')}: no such file\n`,
		});
	});
	test('a directory', async () => {
		expect(await run([dir])).toEqual({code: 1, stdout: '', stderr: `news-read: ${dir}: is a directory\n`});
	});
	test('an unreadable file (the binary, as an unprivileged user)', () => {
		// root reads anything: drop to nobody for this run. nobody may not be able to enter the clone's
		// folder, so the binary runs from a copy in a folder of its own that anyone can enter.
		const asNobody = process.getuid?.() === 0;
		const home = mkdtempSync(join(asNobody ? '/tmp' : tmpdir(), 'news-read-unreadable-'));
		try {
			chmodSync(home, 0o755);
			for (const part of ['bin', 'dist']) cpSync(new URL(`../../${part}`, import.meta.url), join(home, part), {recursive: true});
			const path = join(home, 'secret.json');
			writeFileSync(path, JSON.stringify(valid), {mode: 0o000});
			const asUser = asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
			const [command, ...args] = [...asUser, process.execPath, join(home, 'bin/news-read.cjs'), path];
			const result = spawnSync(command, args, {encoding: 'utf8', env: {PATH: process.env.PATH}});
			expect([result.status, result.stdout, result.stderr]).toEqual([1, '', `news-read: ${path}: permission denied\n`]);
		} finally {
			rmSync(home, {recursive: true, force: true});
		}
	});
	test('standard input is named as such', async () => {
		expect(await run(['-'], {stdin: '[]'})).toEqual({
			code: 1,
			stdout: '',
			stderr: 'news-read: standard input: the article must be a JSON object, not an array\n',
		});
	});
	test('a file name with controls in it is shown cleaned', async () => {
		const result = await run(['\x1b]0;pwned\x07\x9b2J.json']);
		expect(result.stderr).toBe('news-read: ␛]0;pwned␇�2J.json: no such file\n');
	});
});

describe('read without complaint', () => {
	test.each<[string, string | Uint8Array]>([
		['a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(valid))])],
		['CRLF line endings', JSON.stringify(valid, null, 2).replace(/\n/g, '\r\n')],
		[
			'unknown fields',
			withField({provenance: {url: 'https://example.org'}, version: 3, sections: [{paragraphs: ['पहला अनुच्छेद'], extra: [[[]]]}]}),
		],
	])('%s', async (_, content) => {
		const result = await run([file(`ok-${_.replace(/\W/g, '')}.json`, content)]);
		expect(result).toEqual({code: 0, stdout: 'शीर्षक\n\nपहला अनुच्छेद\n', stderr: ''});
		// and data/article.schema.json accepts it (JSON text starts after a byte-order mark).
		expect(
			schemaAccepts(
				JSON.parse(
					Buffer.from(content)
						.toString('utf8')
						.replace(/^\ufeff/, ''),
				),
			),
		).toBe(true);
	});
});
