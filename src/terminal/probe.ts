import type {WidthModel} from '../layout/index.js';

/*
Asks the terminal how it measures text (layout/width-model.ts), in one write and one round trip:

    CR कि CSI 6n   CR က် CSI 6n   CR CSI K   CSI c

Each cursor position request (CSI 6n) is answered CSI row ; column R. After a carriage return the
column is one more than the cells taken by the text before the request:
    कि (क and the vowel sign ि)  1 cell where whole grapheme clusters are measured, 2 per code point;
    က် (က and the asat U+103A)  1 cell with today's tables, where the asat is a mark, and where
                                clusters are measured; 2 with Unicode 5.0's, which predate the asat.
So the columns 2, 2 mean `grapheme`; 3, 2 `codepoint`; 3, 3 `codepoint-unicode5`; anything else, no
model. The carriage return and erase-line leave the row as it was.

Then the fence: primary device attributes (CSI c), which every terminal since the VT100 answers
(CSI ? … c), and answers after the requests before it. Reading up to the fence leaves nothing of an
answer behind, and a terminal that ignores CSI 6n is known at once (a fence without columns).

Timing: why the answer is waited for twice.
- The decision waits at most `waitMs` after the write (80 ms, settings.ts; the set-up makes it
  100 ms in all, measured by the bench). The model is known when both columns are in, or when the
  fence comes, or, failing both, when the wait ends: then the caller lays out with its fallback.
- Reading goes on after the decision, while the article is laid out and written, until the fence
  comes. Standard input stays in raw mode without echo until then, so an answer that comes late
  (over a slow ssh link) is read and dropped: never echoed on the screen, never left for the shell.
- `finished` resolves when reading has stopped and standard input is back as it was. The caller
  waits for it before the pager starts (the pager reads the keyboard too) and before it exits.
  Reading stops at the fence, or at the latest FENCE_LIMIT_MS after the write.
- That limit is the price of the fence. A terminal that answers late and one that never answers
  look the same until the answer comes, and only waiting tells them apart. A real terminal answers
  CSI c, so it holds the exit for one round trip at most, and usually not at all: the round trip
  overlaps the layout and the writing. Only a pseudo-terminal that answers nothing at all (a script
  driving one) holds the exit until the limit; terminals known to answer nothing (TERM unset or
  `dumb`, as in Emacs's shell) are not asked (settings.ts). Without a pager the article is on the
  screen by then: the wait delays the prompt, not the reading. Without the limit's wait, any answer
  slower than the program's run would be typed into the shell, which is what the fence is for.
- Ctrl-C (a byte in raw mode) ends it at once: standard input is put back and the result is
  `interrupted`, even if that leaves an answer on its way. SIGTERM puts standard input back and
  then ends the process as SIGTERM does. Keys typed while it reads are read and dropped.
*/

export type TtyIn = NodeJS.ReadableStream & {
	isTTY?: boolean;
	isRaw?: boolean;
	setRawMode?(mode: boolean): unknown;
	pause(): unknown;
	resume(): unknown;
};
export type TtyOut = {write(text: string): unknown};

const QUESTION = '\rकि\x1b[6n\rက်\x1b[6n\r\x1b[K\x1b[c';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the answers are escape sequences
const ANSWERS = /\x1b\[\d+;(\d+)R|\x1b\[\?[\d;]*c/g;
/** The longest wait for the fence, from the write: a round trip of a second covers slow links. */
const FENCE_LIMIT_MS = 1000;

/** What the probe learnt: a width model, nothing (no answer in time), or that the user pressed Ctrl-C. */
export type ProbeResult = WidthModel | undefined | 'interrupted';

export type Probe = {
	/** The width model the terminal showed, known within the wait. */
	model: Promise<ProbeResult>;
	/** Resolves when reading has stopped and standard input is back as it was (see above). */
	finished: Promise<'interrupted' | undefined>;
};

/** The model shown by the columns after कि and after က် (see above). */
function modelOf(columns: number[]): WidthModel | undefined {
	if (columns[0] === 2 && columns[1] === 2) return 'grapheme';
	if (columns[0] === 3 && columns[1] === 2) return 'codepoint';
	if (columns[0] === 3 && columns[1] === 3) return 'codepoint-unicode5';
	return undefined;
}

/** Asks the terminal on `output` its width model and reads the answer from `input` (see above). */
export function askWidthModel(input: TtyIn, output: TtyOut, waitMs: number): Probe {
	if (!input.setRawMode) return {model: Promise.resolve(undefined), finished: Promise.resolve(undefined)};
	const wasRaw = input.isRaw === true;
	let decide: (result: ProbeResult) => void = () => {};
	let finish: (result: 'interrupted' | undefined) => void = () => {};
	const model = new Promise<ProbeResult>((resolve) => {
		decide = resolve;
	});
	const finished = new Promise<'interrupted' | undefined>((resolve) => {
		finish = resolve;
	});
	const answers = new RegExp(ANSWERS);
	const columns: number[] = [];
	let received = '';
	let decided = false;

	const settle = (result: ProbeResult) => {
		if (decided) return;
		decided = true;
		clearTimeout(decisionTimer);
		decide(result);
	};
	const stop = (result: 'interrupted' | undefined) => {
		clearTimeout(decisionTimer);
		clearTimeout(fenceTimer);
		input.off('data', onData);
		input.off('end', onEnd);
		process.off('SIGTERM', onTerm);
		input.setRawMode?.(wasRaw);
		input.pause();
		settle(result);
		finish(result);
	};
	const onData = (chunk: Buffer | string) => {
		const text = chunk.toString();
		if (text.includes('\x03')) return stop('interrupted');
		received += text;
		let matchedUpTo = 0;
		for (let match = answers.exec(received); match; match = answers.exec(received)) {
			if (match[1] === undefined) {
				settle(modelOf(columns));
				return stop(undefined);
			}
			columns.push(Number(match[1]));
			if (columns.length === 2) settle(modelOf(columns));
			matchedUpTo = answers.lastIndex;
		}
		answers.lastIndex = 0;
		// Only the start of an answer not yet complete is kept: from the last ESC after the last answer.
		const incomplete = received.indexOf('\x1b', Math.max(matchedUpTo, received.lastIndexOf('\x1b')));
		received = incomplete < 0 ? '' : received.slice(incomplete);
	};
	const onEnd = () => stop(undefined);
	const onTerm = () => {
		stop(undefined);
		process.kill(process.pid, 'SIGTERM');
	};

	const decisionTimer = setTimeout(() => settle(undefined), waitMs);
	const fenceTimer = setTimeout(() => stop(undefined), Math.max(FENCE_LIMIT_MS, waitMs));
	process.once('SIGTERM', onTerm);
	input.setRawMode(true);
	input.on('data', onData);
	input.on('end', onEnd);
	input.resume();
	output.write(QUESTION);
	return {model, finished};
}
