import type {WidthModel} from '../layout/index.js';

/*
Asks the terminal how wide it draws कि: 2 cells in terminals that add up code points (xterm, VTE,
tmux, kitty, xterm.js), 1 cell in terminals that measure grapheme clusters (xterm.js with the
unicode-graphemes addon, WezTerm, Windows Terminal 1.22+, Ghostty or foot in mode 2027).

One write does it all: carriage return, कि, a cursor position request (CSI 6n), then carriage
return and erase-line, so the probe leaves nothing on screen. The terminal answers
CSI row ; column R. Standard input is put in raw mode to read the answer without echo, and put
back as it was afterwards, also on Ctrl-C (a byte in raw mode) and on SIGTERM.
If no answer comes within the timeout (80 ms; 100 ms in all with the set-up), the answer is undefined.
*/

export type TtyIn = NodeJS.ReadableStream & {
	isTTY?: boolean;
	isRaw?: boolean;
	setRawMode?(mode: boolean): unknown;
	pause(): unknown;
	resume(): unknown;
};
export type TtyOut = {write(text: string): unknown};

// The wait after asking. With raw mode and standard input set up around it, the whole probe stays within 100 ms.
const PROBE_TIMEOUT_MS = 80;
const PROBE = '\rकि\x1b[6n\r\x1b[K';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the answer is an escape sequence
const ANSWER = /\x1b\[\d+;(\d+)R/;

/** What the probe learnt: a width model, nothing (no answer), or that the user pressed Ctrl-C. */
export type ProbeResult = WidthModel | undefined | 'interrupted';

export function probeWidthModel(input: TtyIn, output: TtyOut, timeoutMs = PROBE_TIMEOUT_MS): Promise<ProbeResult> {
	if (!input.setRawMode) return Promise.resolve(undefined);
	const wasRaw = input.isRaw === true;
	return new Promise((resolve) => {
		let received = '';
		const finish = (result: ProbeResult) => {
			clearTimeout(timer);
			input.off('data', onData);
			process.off('SIGTERM', onTerm);
			input.setRawMode?.(wasRaw);
			input.pause();
			resolve(result);
		};
		const onData = (chunk: Buffer | string) => {
			received += chunk.toString();
			if (received.includes('\x03')) return finish('interrupted');
			const match = ANSWER.exec(received);
			if (!match) return;
			const cells = Number(match[1]) - 1;
			finish(cells === 1 ? 'grapheme' : cells === 2 ? 'codepoint' : undefined);
		};
		const onTerm = () => {
			finish(undefined);
			process.kill(process.pid, 'SIGTERM');
		};
		const timer = setTimeout(() => finish(undefined), timeoutMs);
		process.once('SIGTERM', onTerm);
		input.setRawMode?.(true);
		input.on('data', onData);
		input.resume();
		output.write(PROBE);
	});
}
