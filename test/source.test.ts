// Reading an article from a path that is not a regular file (a pipe, a device): it can be read only
// once, and invalid JSON from it still gets its line and column (found by reading the text again).
import {describe, expect, test} from 'vitest';
import {runBin} from './helpers/run.js';

describe('an article from a pipe named as a file', () => {
	test('invalid JSON is reported with its line and column', () => {
		expect(runBin(['/dev/stdin'], {stdin: '{\n "language": tru}'})).toEqual({
			code: 1,
			stdout: '',
			stderr: 'news-read: /dev/stdin: invalid JSON at line 2, column 14: unexpected "t"\n',
		});
	});

	test('a valid article is shown', () => {
		const article = {language: 'hi', headline: 'शीर्षक', sections: [{paragraphs: ['पहला "अनुच्छेद" है ।']}]};
		expect(runBin(['/dev/stdin'], {stdin: JSON.stringify(article)})).toEqual({
			code: 0,
			stdout: 'शीर्षक\n\nपहला "अनुच्छेद" है ।\n',
			stderr: '',
		});
	});
});
