import {transcode} from 'node:buffer';
import {EventEmitter} from 'node:events';
import {fstatSync, writeSync} from 'node:fs';
import type {Writable} from 'node:stream';
import type {Pager} from './terminal/pager.js';

/** Bytes gathered before each write: output goes out as it is made, never as one giant string. */
const CHUNK = 64 * 1024;

/** Resolves when `out` can take more, or will never take any (closed or failed). Never rejects. */
function drained(out: Writable | FdWriter): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			out.off('drain', done).off('close', done).off('error', done);
			resolve();
		};
		out.on('drain', done).on('close', done).on('error', done);
	});
}

/**
Writes `lines` (each without its newline) to `out` in chunks, waiting whenever the stream is full.
If the reader goes away (EPIPE: `news-read | head`), writing stops quietly: that is not an error,
and the stream keeps a listener so that late EPIPEs from writes still in flight are quiet too.
Resolves to the write error that stopped it, if any other than EPIPE.
*/
export async function writeLines(out: Writable | FdWriter, lines: Iterable<string>): Promise<Error | undefined> {
	let stopped = false;
	let failure: Error | undefined;
	out.on('error', (error: NodeJS.ErrnoException) => {
		stopped = true;
		if (error.code !== 'EPIPE') failure ??= error;
	});
	// The lines of a chunk, then '' so that joining them with newlines ends the chunk with one too.
	let pending: string[] = [];
	let size = 0;
	for (const line of lines) {
		pending.push(line);
		size += line.length + 1;
		if (size < CHUNK) continue;
		pending.push('');
		const full = out.write(pending.join('\n'));
		pending = [];
		size = 0;
		if (!full) await drained(out);
		if (stopped) return failure;
	}
	if (pending.length > 0) {
		pending.push('');
		if (!out.write(pending.join('\n'))) await drained(out);
	}
	return failure;
}

/*
Standard output as a file or pipe, written with fs.writeSync instead of process.stdout: creating
process.stdout loads node:net and the stream machinery, about a tenth of news-read's start-up.
Only for files and pipes; a terminal gets process.stdout (its width, height and TTY-ness).
Writes block until done, so output still goes out as it is made. A non-blocking pipe that is full
(EAGAIN) is waited on 1 ms at a time. A write error (EPIPE: the reader is gone) stops all later
writes and is reported as an 'error' event when someone listens (writeLines does).
*/
export class FdWriter extends EventEmitter {
	readonly isTTY = false;
	readonly fd: number;

	constructor(fd: number) {
		super();
		this.fd = fd;
	}

	/** The write error that stopped output, if any; later writes are dropped. */
	failure: NodeJS.ErrnoException | undefined;

	write(chunk: string): boolean {
		if (this.failure) return true;
		const bytes = utf8(chunk);
		for (let offset = 0; offset < bytes.length; ) {
			try {
				offset += writeSync(this.fd, bytes, offset);
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
					Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
					continue;
				}
				// Reported to whoever listens (writeLines); commander's help, written before, just stops.
				this.failure = error as NodeJS.ErrnoException;
				if (this.listenerCount('error') > 0) this.emit('error', error);
				return true;
			}
		}
		return true;
	}
}

/**
`text` as UTF-8. ICU's transcode (from the UTF-16 the string holds) encodes Devanagari about five
times faster than Buffer#write on Node 20. It refuses a lone surrogate, which Buffer.from writes as
U+FFFD, as process.stdout would.
*/
function utf8(text: string): Uint8Array {
	try {
		return transcode(Buffer.from(text, 'utf16le'), 'utf16le', 'utf8');
	} catch {
		return Buffer.from(text);
	}
}

/** Whether file descriptor `fd` is a regular file or a pipe (not a terminal or a device). */
export function isFileOrPipe(fd: number): boolean {
	try {
		const stat = fstatSync(fd);
		return stat.isFile() || stat.isFIFO() || stat.isSocket();
	} catch {
		return false;
	}
}

/** The next `count` items of `items`, or as many as there are. */
function take(items: Iterator<string>, count: number): string[] {
	const head: string[] = [];
	while (head.length < count) {
		const next = items.next();
		if (next.done) break;
		head.push(next.value);
	}
	return head;
}

/** `head`, then the rest of `rest`. */
function* chain(head: string[], rest: Iterator<string>): Generator<string> {
	yield* head;
	for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/**
Writes the output: to the terminal, or through the pager when it is taller than the screen (or
--pager says so). If the pager cannot be started, directly. Quitting the pager early is success.
The pager starts once `terminalQuiet` resolves (nothing more will come from the terminal for us).
*/
export async function deliver(
	lines: IterableIterator<string>,
	paging: 'auto' | 'always' | 'never',
	rows: number | undefined,
	out: Writable | FdWriter,
	env: Record<string, string | undefined>,
	terminalQuiet?: Promise<unknown>,
): Promise<Error | undefined> {
	if (paging === 'never' || (paging === 'auto' && rows === undefined)) return writeLines(out, lines);
	const head = paging === 'auto' && rows !== undefined ? take(lines, rows + 1) : [];
	const tall = rows !== undefined && head.length > rows;
	let pager: Pager | undefined;
	if (paging === 'always' || tall) {
		const {pagerCommand, startPager} = await import('./terminal/pager.js');
		await terminalQuiet;
		pager = await startPager(pagerCommand(env), env);
	}
	if (!pager) return writeLines(out, chain(head, lines));
	await writeLines(pager.input, chain(head, lines));
	pager.input.end();
	await pager.exited;
	return undefined;
}
