import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
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

/** Size of the pieces a file is read and decoded in: a large article is never held whole as bytes. */
const READ_CHUNK = 8 * 1024 * 1024;

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

/** Past this many UTF-16 units of article text, memory is given back between the steps of loading. */
const LARGE_TEXT = 8 * 1024 * 1024;

/**
A full garbage collection, now. Loading a large article makes two short-lived copies of its text
(the decoded pieces, then the joined text); collecting each before the next step keeps the peak
near text plus article (issue: peak memory at most 4x the file size). Node offers gc() only
behind --expose-gc, which the bin cannot pass, so the flag is set here and gc taken from a new context.
*/
async function collectGarbage(): Promise<void> {
	// Imported here: loading node:v8 costs start-up time that small articles should not pay.
	const [{setFlagsFromString}, {runInNewContext}] = await Promise.all([import('node:v8'), import('node:vm')]);
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}

/**
The article in a page's or a file's text, decided once by its content: an HTML page (page/sniff.ts)
goes to the page reader, which is loaded only then (its own bundle, dist/page.cjs); anything else
is article JSON.
*/
async function articleIn(text: string): Promise<Article> {
	if (!looksLikeHtml(text)) return parseArticle(text);
	const {readPage} = await import('./page/index.js');
	const result = readPage(text);
	if ('refusal' in result) throw new ArticleError(result.refusal);
	return validateArticle(result.article);
}

/**
Reads and decodes the article: a file, `-` for standard input (only then is `stdin()` called), or
the bundled article. A file is read synchronously: nothing else runs meanwhile.
*/
export async function loadArticle(file: string | undefined, stdin: () => Readable): Promise<Article> {
	const name = file === undefined ? 'bundled article' : file === '-' ? 'standard input' : file;
	try {
		let text = decodeUtf8(file === '-' ? await readAll(stdin()) : fileChunks(file ?? BUNDLED_ARTICLE));
		if (text.length < LARGE_TEXT) return await articleIn(text);
		await collectGarbage(); // the decoded pieces
		const article = await articleIn(text);
		text = '';
		await collectGarbage(); // the text
		return article;
	} catch (error) {
		if (error instanceof ArticleError) throw new SourceError(`${name}: ${error.message}`);
		const {code, syscall} = error as NodeJS.ErrnoException;
		if (code && syscall) throw new SourceError(`${name}: ${FILE_ERRORS[code] ?? `cannot read it (${code})`}`);
		throw error;
	}
}
