import {isUtf8, transcode} from 'node:buffer';
import {findJsonProblem, lineAndColumn} from './json-error.js';
import {parseJsonPieces} from './json-pieces.js';
import type {Article} from './types.js';
import {ArticleError, validateArticle} from './validate.js';

/*
Bytes of an article file (utf16Pieces) to an Article (parseArticle), or an ArticleError whose
message says what is wrong:
1. Binary data (a NUL byte): "is binary data, not JSON".
2. Invalid UTF-8: "is not valid UTF-8 (byte N)", N counted from 0.
3. Empty (or only white space): "is empty".
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

/** Bytes at the end of `chunk` that start a UTF-8 sequence the chunk does not finish. */
function unfinishedTail(chunk: Uint8Array): number {
	for (let back = 1; back <= Math.min(3, chunk.length); back++) {
		const b = chunk[chunk.length - back];
		if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
		const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
		return need > back ? back : 0;
	}
	return 0;
}

/** Rules 1 and 2 for `bytes`, which start `offset` bytes into the file. */
function checkText(bytes: Uint8Array, offset: number): void {
	if (bytes.indexOf(0) !== -1) throw new ArticleError('is binary data, not JSON');
	if (!isUtf8(bytes)) throw new ArticleError(`is not valid UTF-8 (byte ${offset + invalidUtf8Offset(bytes)})`);
}

/**
UTF-8, in chunks, to UTF-16LE bytes, one piece per chunk. Each chunk is checked (a NUL byte means
binary data; invalid UTF-8 is reported with its byte offset) and converted on its own, so a large
file is never held whole as bytes, nor its text as one string. The conversion is ICU's transcode:
on Node 20 that is about four times faster than Buffer#toString or TextDecoder for Devanagari.
A byte-order mark is dropped.
*/
function* utf16Pieces(chunks: Iterable<Uint8Array>): Generator<Buffer> {
	let carried: Uint8Array = new Uint8Array(0);
	let offset = 0; // bytes converted so far
	for (const next of chunks) {
		const chunk = carried.length > 0 ? Buffer.concat([carried, next]) : next;
		const cut = chunk.length - unfinishedTail(chunk);
		const body = chunk.subarray(0, cut); // the unfinished tail holds no NUL: its bytes are 0x80 and up
		checkText(body, offset);
		const units = transcode(body, 'utf8', 'utf16le');
		yield offset === 0 && units.length >= 2 && units.readUInt16LE(0) === 0xfeff ? units.subarray(2) : units;
		carried = Uint8Array.from(chunk.subarray(cut));
		offset += cut;
	}
	if (carried.length > 0) throw new ArticleError(`is not valid UTF-8 (byte ${offset})`);
}

/**
UTF-8 held in memory (a small file, standard input) to one string, with the same checks and
messages as utf16Pieces but one conversion by Buffer#toString, which is quicker to start than
transcode: it opens no ICU converter, and start-up is what small articles pay for.
*/
function decodeInMemory(chunks: Iterable<Uint8Array>): string {
	const bytes = Buffer.concat([...chunks]);
	checkText(bytes, 0);
	const text = bytes.toString('utf8');
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-8, in chunks, to one string (utf16Pieces, joined). */
export function decodeUtf8(chunks: Iterable<Uint8Array>): string {
	return Buffer.concat([...utf16Pieces(chunks)]).toString('utf16le');
}

/**
Parses an article file, given as a function that reads its bytes in chunks from the start. An
article of one piece (`onePiece`: at most one piece of source.ts, so already in memory) is made one
string for JSON.parse, which is native and the fastest for it. A larger one is read once, piece by
piece (json-pieces.ts), so that its text is never held whole beside a copy of every string in it;
only if that finds it invalid is it made one string, to find the error.
*/
export function parseArticle(chunks: () => Iterable<Uint8Array>, onePiece: boolean): Article {
	if (!onePiece) {
		const value = parseJsonPieces(utf16Pieces(chunks()));
		if (value !== undefined) return validateArticle(value);
	}
	const text = onePiece ? decodeInMemory(chunks()) : decodeUtf8(chunks());
	if (text.trim() === '') throw new ArticleError('is empty');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		const problem = findJsonProblem(text);
		const {line, column} = lineAndColumn(text, problem?.offset ?? 0);
		throw new ArticleError(`invalid JSON at line ${line}, column ${column}: ${problem?.message ?? 'not JSON'}`);
	}
	return validateArticle(value);
}
