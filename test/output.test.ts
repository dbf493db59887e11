// FdWriter, which writes piped output: the bytes in the file are the text in UTF-8, exactly as
// Node's own encoder (Buffer.from) makes them, lone surrogates (valid in JSON strings) included.
import {closeSync, mkdtempSync, openSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {FdWriter} from '../src/output.js';

/** What FdWriter writes for `chunks`, read back from a file. */
function written(chunks: string[]): Buffer {
	const file = join(mkdtempSync(join(tmpdir(), 'news-read-output-')), 'out');
	const fd = openSync(file, 'w');
	const writer = new FdWriter(fd);
	for (const chunk of chunks) writer.write(chunk);
	closeSync(fd);
	return readFileSync(file);
}

describe('FdWriter', () => {
	test.each([
		['Devanagari and Latin', 'पुतिन ने राष्ट्रपति शी से बातचीत की. Russia-Chian Relation\n'],
		['a long chunk', 'क्षत्रिय ज़्यादा कॉन्फ्रेंसिंग 😀 '.repeat(20_000)],
		['a lone high surrogate', 'a\ud800b क\n'],
		['a lone low surrogate at the end', 'x\udc00'],
		['a surrogate pair', '\ud83d\ude00\n'],
	])('writes %s as UTF-8, as Buffer.from encodes it', (_, text) => {
		expect(written([text, text]).equals(Buffer.concat([Buffer.from(text), Buffer.from(text)]))).toBe(true);
	});

	test('a lone surrogate is written as U+FFFD', () => {
		expect(written(['a\ud800b']).toString('hex')).toBe('61efbfbd62');
	});
});
