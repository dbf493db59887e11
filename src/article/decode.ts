import {findJsonProblem, lineAndColumn} from './json-error.js';
import type {Article} from './types.js';
import {ArticleError, validateArticle} from './validate.js';

/*
Bytes of an article file to an Article, or an ArticleError whose message says what is wrong:
1. Empty (or only white space): "is empty".
2. Binary data (a NUL byte): "is binary data, not JSON".
3. Invalid UTF-8: "is not valid UTF-8 (byte N)", N counted from 0.
4. A UTF-8 byte-order mark is skipped.
5. Invalid JSON: "invalid JSON at line L, column C: ...".
6. Valid JSON that is not an article: the path and the problem (validate.ts).
*/

function invalidUtf8Offset(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i];
		const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
		}
		// Overlong forms, surrogates and code points past U+10FFFF.
		const c1 = bytes[i + 1];
		if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
		i += need + 1;
	}
	return -1;
}

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false});

export function decodeArticle(bytes: Uint8Array): Article {
	if (bytes.indexOf(0) !== -1) throw new ArticleError('is binary data, not JSON');
	let text: string;
	try {
		text = decoder.decode(bytes);
	} catch {
		throw new ArticleError(`is not valid UTF-8 (byte ${invalidUtf8Offset(bytes)})`);
	}
	if (text.trim() === '') throw new ArticleError('is empty');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const problem = findJsonProblem(text);
		if (!problem) throw error;
		const {line, column} = lineAndColumn(text, problem.offset);
		throw new ArticleError(`invalid JSON at line ${line}, column ${column}: ${problem.message}`);
	}
	return validateArticle(value);
}
