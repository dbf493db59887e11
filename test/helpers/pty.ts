// news-read in a real pseudo-terminal (node-pty), drawn by @xterm/headless, which also answers
// the program's queries (cursor position reports) the way a terminal does.
//
// When the run is over: node-pty's onExit says the process ended, not that its last output has
// been read (on Linux it can still be in flight). So the command runs inside a small sh script:
//   1. the script announces its pid and then execs the command, so that pid is the command's;
//   2. after the command, the script prints an end marker carrying its exit status;
//   3. it then keeps the terminal open (reading from it) until the helper has seen the marker.
// Both announcements are OSC sequences with a number no terminal uses, which xterm.js draws as
// nothing; they are cut out of `output`. The script traps SIGINT so that Ctrl-C typed at the
// command cannot end the script before the marker (a trapped signal is reset to default for the
// command it starts).
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
	/** The command's exit status as sh reports it (128 + n for a process ended by signal n). */
	exitCode: number;
};

export type PtyOptions = {
	cols: number;
	rows: number;
	emulation?: Emulation;
	env?: Record<string, string>;
	/** Whether the terminal answers queries. */
	answer?: boolean;
	/**
	Called each time more output has been drawn, with the output so far, a way to type, the pid of
	the command's process, and the visible rows of the screen (right-trimmed).
	*/
	onOutput?: (output: string, write: (data: string) => void, pid: number, screen: () => string[]) => void;
	command?: string[];
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: OSC sequences are the point
const START = /\x1b\]7770;pid=(\d+)\x07/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: OSC sequences are the point
const END = /\x1b\]7771;status=(\d+)\x07/;
const SCRIPT = [
	"trap ':' INT",
	`sh -c 'printf "\\033]7770;pid=%s\\007" $$; exec "$@"' sh "$@"`,
	'printf "\\033]7771;status=%s\\007" $?',
	'read -r _',
].join('\n');

export function runInPty(args: string[], options: PtyOptions): Promise<PtyRun> {
	const {cols, rows, emulation = 'codepoint', answer = true} = options;
	const screen = openTerminal(cols, emulation, rows);
	screen.term.options.scrollback = 2000;
	const command = options.command ?? [process.execPath, BIN, ...args];
	const child = pty.spawn('sh', ['-c', SCRIPT, 'sh', ...command], {
		name: 'xterm-256color',
		cols,
		rows,
		env: {PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...options.env},
	});
	const write = (data: string) => child.write(data);
	const visible = () => screen.screen();
	let raw = '';
	const answers = answer ? screen.term.onData(write) : undefined;
	return new Promise((resolve, reject) => {
		let ended = false;
		const exited = new Promise<void>((done) =>
			child.onExit(() => {
				done();
				if (!ended) reject(new Error(`the pty closed before the end marker; output so far:\n${raw}`));
			}),
		);
		// Each piece is looked at once it is drawn (xterm.js calls back in order), so the screen is up to date.
		child.onData((data) => {
			raw += data;
			const upTo = raw;
			screen.term.write(data, async () => {
				const start = START.exec(upTo);
				if (!start || ended) return;
				const end = END.exec(upTo);
				const output = upTo.slice(start.index + start[0].length, end?.index);
				if (!end) {
					options.onOutput?.(output, write, Number(start[1]), visible);
					return;
				}
				ended = true;
				answers?.dispose();
				child.kill();
				await exited;
				resolve({...readScreen(screen.term.buffer.active), output, exitCode: Number(end[1])});
			});
		});
	});
}

type Buffer = ReturnType<typeof openTerminal>['term']['buffer']['active'];

function readScreen(buffer: Buffer): {rows: string[]; wrapped: string[]} {
	const rows: string[] = [];
	const wrapped: string[] = [];
	for (let y = 0; y < buffer.length; y++) {
		const line = buffer.getLine(y);
		const text = line?.translateToString(true) ?? '';
		rows.push(text);
		if (line?.isWrapped) wrapped.push(text);
	}
	while (rows.length > 0 && rows.at(-1) === '') rows.pop();
	return {rows, wrapped};
}
