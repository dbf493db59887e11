import type {Writable} from 'node:stream';

/** Bytes gathered before each write: output goes out as it is made, never as one giant string. */
const CHUNK = 64 * 1024;

/** Resolves when `out` can take more, or will never take any (closed or failed). Never rejects. */
function drained(out: Writable): Promise<void> {
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
export async function writeLines(out: Writable, lines: Iterable<string>): Promise<Error | undefined> {
	let stopped = false;
	let failure: Error | undefined;
	out.on('error', (error: NodeJS.ErrnoException) => {
		stopped = true;
		if (error.code !== 'EPIPE') failure ??= error;
	});
	let chunk = '';
	const flush = async () => {
		if (!out.write(chunk)) await drained(out);
		chunk = '';
	};
	for (const line of lines) {
		chunk += `${line}\n`;
		if (chunk.length >= CHUNK) await flush();
		if (stopped) return failure;
	}
	if (chunk) await flush();
	return failure;
}
