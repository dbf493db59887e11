import {closeSync, fstatSync, openSync, readFileSync, readSync, statSync} from 'node:fs';
import type {Readable} from 'node:stream';
import {decodeUtf8, parseArticle} from './article/decode.js';
import type {Article} from './article/types.js';
import {ArticleError, validateArticle} from './article/validate.js';
import {looksLikeHtml} from './page/sniff.js';

/** The article could not be read or is not an article; the message names the source. */
export class SourceError extends Error {}

/** The article that ships with news-read, found next to the program, not in the working directory. */
const BUNDLED_ARTICLE = new URL('../data/article.json', import.meta.url);

async function readAll(stream: Readable): Promise<Uint8Array[]> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	return chunks;
}

const FILE_ERRORS: Record<string, string> = {
	ENOENT: 'no such file',
	EISDIR: 'is a directory',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOTDIR: 'no such file (a part of the path is not a folder)',
};

/**
Size of the pieces a file is read and decoded in: a large article is never held whole as bytes,
and its text is read a piece at a time (article/json-pieces.ts). Each piece's short-lived copies
(bytes, UTF-16) are that small; 480 KB did better than 128 KB (time) and 2 MB (time and memory).
*/
const READ_CHUNK = 480 * 1024;

/** A file's bytes, a piece at a time, in one reused buffer (each piece is decoded before the next read). */
function* fileChunks(path: string | URL): Generator<Uint8Array> {
	const fd = openSync(path, 'r');
	try {
		if (fstatSync(fd).isDirectory()) throw Object.assign(new Error('is a directory'), {code: 'EISDIR', syscall: 'read'});
		const buffer = Buffer.allocUnsafe(READ_CHUNK);
		for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) yield buffer.subarray(0, read);
	} finally {
		closeSync(fd);
	}
}

/** From this many bytes of article file, V8 is asked to keep its young generation small (below). */
const LARGE_FILE = 8 * 1024 * 1024;

/**
While a large article is read, every string and object made survives its first collection, and
V8 answers that by growing its young generation (to two 16 MB halves), where the output's
short-lived garbage then piles up too. A growth factor of 1 keeps it at its starting size:
collections come more often but stay cheap, since little survives them once the article is read
(issue 13: peak memory at most 3x the file size; on the bench articles of 50 MB, 2.0x to 2.7x
with this and 3.1x to 4x without).
*/
async function keepYoungGenerationSmall(): Promise<void> {
	// Imported here: loading node:v8 costs start-up time that small articles should not pay.
	const {setFlagsFromString} = await import('node:v8');
	setFlagsFromString('--semi-space-growth-factor=1');
}

/**
The first characters of the input (of its first piece, byte-order mark dropped): enough to tell a
page from JSON. Read as Latin-1, which is quick: only ASCII decides (page/sniff.ts).
*/
function opening(chunks: Iterable<Uint8Array>): string {
	for (const chunk of chunks) {
		const bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
		return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1', bom, 64 * 1024);
	}
	return '';
}

/**
An HTML page's article. The page reader is loaded only for pages (its own bundle, dist/page.cjs),
and reads the whole text at once.
*/
async function pageArticle(text: string): Promise<Article> {
	const {readPage} = await import('./page/index.js');
	const result = readPage(text);
	if ('refusal' in result) throw new ArticleError(result.refusal);
	return validateArticle(result.article);
}

/**
Reads and decodes the article: a file, `-` for standard input (only then is `stdin()` called), or
the bundled article. A file is read synchronously: nothing else runs meanwhile. What it is, is
decided once, by its content: an HTML page (page/sniff.ts) goes to the page reader, anything else
is article JSON.
*/
export async function loadArticle(file: string | undefined, stdin: () => Readable): Promise<Article> {
	const name = file === undefined ? 'bundled article' : file === '-' ? 'standard input' : file;
	try {
		// A regular file larger than a piece is read in pieces, twice at least (sniffed, then parsed);
		// anything else is read into memory first: a small file whole, standard input, a pipe or a device.
		const path = file ?? BUNDLED_ARTICLE;
		const stat = file === '-' ? undefined : statSync(path);
		const input =
			stat === undefined
				? await readAll(stdin())
				: !stat.isFile()
					? Array.from(fileChunks(path), (chunk) => Buffer.from(chunk))
					: stat.size <= READ_CHUNK
						? [readFileSync(path)]
						: undefined;
		const size = input ? input.reduce((sum, chunk) => sum + chunk.length, 0) : (stat?.size ?? 0);
		if (size >= LARGE_FILE) await keepYoungGenerationSmall();
		const chunks = () => input ?? fileChunks(path);
		if (looksLikeHtml(opening(chunks()))) return await pageArticle(decodeUtf8(chunks()));
		return parseArticle(chunks, size <= READ_CHUNK);
	} catch (error) {
		if (error instanceof ArticleError) throw new SourceError(`${name}: ${error.message}`);
		const {code, syscall} = error as NodeJS.ErrnoException;
		if (code && syscall) throw new SourceError(`${name}: ${FILE_ERRORS[code] ?? `cannot read it (${code})`}`);
		throw error;
	}
}
