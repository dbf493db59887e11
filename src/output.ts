import {once} from 'node:events';
import type {Writable} from 'node:stream';

/** Bytes gathered before each write: output goes out as it is made, never as one giant string. */
const CHUNK = 64 * 1024;

/**
Writes `lines` (each without its newline) to `out` in chunks, waiting when the stream is full.
Resolves to false if the reader went away (EPIPE: `news-read | head`), which is not an error.
*/
export async function writeLines(out: Writable, lines: Iterable<string>): Promise<boolean> {
	let closed = false;
	const onError = (error: NodeJS.ErrnoException) => {
		if (error.code !== 'EPIPE') throw error;
		closed = true;
	};
	out.on('error', onError);
	try {
		let chunk = '';
		const flush = async () => {
			if (closed) return;
			if (!out.write(chunk)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
			chunk = '';
		};
		for (const line of lines) {
			chunk += `${line}\n`;
			if (chunk.length >= CHUNK) await flush();
			if (closed) return false;
		}
		if (chunk) await flush();
		return !closed;
	} finally {
		out.off('error', onError);
	}
}
