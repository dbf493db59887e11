// Reading an article from a path that is not a regular file (here a pipe, as /dev/stdin): it can be
// read only once, and invalid JSON from it still gets its line and column (found by reading the
// text again).
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {BIN} from './helpers/run.js';

/** news-read /dev/stdin, with `content` piped in by cat (a real pipe, which can be opened by name). */
function throughPipe(content: string) {
	const file = join(mkdtempSync(join(tmpdir(), 'news-read-source-')), 'article.json');
	writeFileSync(file, content);
	const result = spawnSync('sh', ['-c', 'cat "$1" | "$2" "$3" /dev/stdin', 'sh', file, process.execPath, BIN], {
		env: {PATH: process.env.PATH ?? ''},
		encoding: 'utf8',
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('an article from a pipe named as a file', () => {
	test('invalid JSON is reported with its line and column', () => {
		expect(throughPipe('{\n "language": tru}')).toEqual({
			code: 1,
			stdout: '',
			stderr: 'news-read: /dev/stdin: invalid JSON at line 2, column 14: unexpected "t"\n',
		});
	});

	test('a valid article is shown', () => {
		const article = {language: 'hi', headline: 'शीर्षक', sections: [{paragraphs: ['पहला "अनुच्छेद" है ।']}]};
		expect(throughPipe(JSON.stringify(article))).toEqual({code: 0, stdout: 'शीर्षक\n\nपहला "अनुच्छेद" है ।\n', stderr: ''});
	});
});
