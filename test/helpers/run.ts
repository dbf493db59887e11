// Running news-read: in-process through main() with fake streams, or the built binary.
import {spawnSync} from 'node:child_process';
import {Readable, Writable} from 'node:stream';
import {main} from '../../src/cli.js';

export type Result = {code: number; stdout: string; stderr: string};

export type RunOptions = {
	env?: Record<string, string | undefined>;
	/** Pretend standard output is a terminal this many columns wide. */
	tty?: number;
	stdin?: string | Uint8Array;
};

class Collector extends Writable {
	text = '';
	isTTY?: boolean;
	columns?: number;
	_write(chunk: Buffer, _: BufferEncoding, done: () => void) {
		this.text += chunk.toString();
		done();
	}
}

/** main() in-process. The environment is empty unless given: no NO_COLOR, COLUMNS or PAGER leaks in. */
export async function run(argv: string[], options: RunOptions = {}): Promise<Result> {
	const stdout = new Collector();
	const stderr = new Collector();
	if (options.tty !== undefined) {
		stdout.isTTY = true;
		stdout.columns = options.tty;
	}
	const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
	const code = await main({argv, env: options.env ?? {}, stdin, stdout, stderr});
	return {code, stdout: stdout.text, stderr: stderr.text};
}

export const BIN = new URL('../../bin/news-read.cjs', import.meta.url).pathname;

/** The built binary, with a clean environment (bat's tests clear NO_COLOR, COLUMNS and PAGER too). */
export function runBin(argv: string[], options: {env?: Record<string, string>; stdin?: string | Uint8Array; cwd?: string} = {}): Result {
	const result = spawnSync(process.execPath, [BIN, ...argv], {
		env: {PATH: process.env.PATH ?? '', ...options.env},
		input: options.stdin,
		cwd: options.cwd,
		encoding: 'utf8',
	});
	return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr};
}
