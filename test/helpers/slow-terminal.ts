// A terminal at the end of a slow link: a pseudo-terminal (node-pty) running a bash script, drawn
// by xterm.js, whose answers to queries (cursor position, device attributes) reach the program
// `delayMs` after xterm.js makes them, as over ssh with that round trip.
import pty from 'node-pty';
import {openTerminal} from './terminal.js';

export type SlowTerminal = {
	/** Everything the terminal has drawn so far (the script's output, and the tty's echo). */
	drawn(): string;
	/** Types `data` at the keyboard. */
	type(data: string): void;
	/** Answers the terminal has made and not yet delivered. */
	pending(): number;
	/** Answers delivered to the program so far. */
	delivered(): number;
	/** Resolves once `condition()` holds, looked at after each drawn piece and each delivered answer. */
	until(condition: () => boolean): Promise<void>;
};

export function openSlowTerminal(
	script: string,
	options: {delayMs: number; env?: Record<string, string>; cols?: number; rows?: number},
): SlowTerminal {
	const {delayMs, cols = 80, rows = 24} = options;
	const screen = openTerminal(cols, 'codepoint', rows);
	const child = pty.spawn('bash', ['-c', script], {
		name: 'xterm-256color',
		cols,
		rows,
		env: {PATH: process.env.PATH ?? '', ...options.env},
	});
	let received = '';
	let drawn = '';
	let pending = 0;
	let delivered = 0;
	const waiters: {condition: () => boolean; resolve: () => void}[] = [];
	const look = () => {
		for (const waiter of [...waiters]) {
			if (!waiter.condition()) continue;
			waiters.splice(waiters.indexOf(waiter), 1);
			waiter.resolve();
		}
	};
	child.onData((data) => {
		received += data;
		const upTo = received;
		screen.term.write(data, () => {
			drawn = upTo;
			look();
		});
	});
	screen.term.onData((answer) => {
		pending++;
		setTimeout(() => {
			child.write(answer);
			pending--;
			delivered++;
			look();
		}, delayMs);
	});
	return {
		drawn: () => drawn,
		type: (data) => child.write(data),
		pending: () => pending,
		delivered: () => delivered,
		until(condition) {
			return new Promise((resolve) => {
				waiters.push({condition, resolve});
				look();
			});
		},
	};
}
