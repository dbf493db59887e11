// news-read in a real pseudo-terminal (node-pty), drawn by @xterm/headless, which also answers
// the program's queries (cursor position reports) the way a terminal does.
import pty from 'node-pty';
import {BIN} from './run.js';
import {type Emulation, openTerminal} from './terminal.js';

export type PtyRun = {
	/** Rows of the screen and scrollback, right-trimmed, trailing blank rows dropped. */
	rows: string[];
	/** Rows that the terminal itself wrapped (continuations of the row above). */
	wrapped: string[];
	/** Everything the program wrote. */
	output: string;
	exitCode: number;
};

export type PtyOptions = {
	cols: number;
	rows: number;
	emulation?: Emulation;
	env?: Record<string, string>;
	/** Whether the terminal answers queries. */
	answer?: boolean;
	/** Called with the output so far each time more arrives, a way to type, and the pid of the pty's process. */
	onOutput?: (output: string, write: (data: string) => void, pid: number) => void;
	command?: string[];
};

export function runInPty(args: string[], options: PtyOptions): Promise<PtyRun> {
	const {cols, rows, emulation = 'codepoint', answer = true} = options;
	const screen = openTerminal(cols, emulation, rows);
	screen.term.options.scrollback = 2000;
	const [file, ...fileArgs] = options.command ?? [process.execPath, BIN, ...args];
	const child = pty.spawn(file, fileArgs, {
		name: 'xterm-256color',
		cols,
		rows,
		env: {PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...options.env},
	});
	let output = '';
	const pending: Promise<void>[] = [];
	child.onData((data) => {
		output += data;
		pending.push(new Promise((resolve) => screen.term.write(data, resolve)));
		options.onOutput?.(output, (d) => child.write(d), child.pid);
	});
	if (answer) screen.term.onData((data) => child.write(data));
	return new Promise((resolve) => {
		child.onExit(async ({exitCode}) => {
			await Promise.all(pending);
			await new Promise<void>((r) => screen.term.write('', r));
			const buffer = screen.term.buffer.active;
			const all: string[] = [];
			const wrapped: string[] = [];
			for (let y = 0; y < buffer.length; y++) {
				const line = buffer.getLine(y);
				const text = line?.translateToString(true) ?? '';
				all.push(text);
				if (line?.isWrapped) wrapped.push(text);
			}
			while (all.length > 0 && all.at(-1) === '') all.pop();
			resolve({rows: all, wrapped, output, exitCode});
		});
	});
}
