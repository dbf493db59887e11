// The probe's reading of answers, with a fake terminal: which answers mean which width model,
// and when reading stops. The real terminals are in pty.test.ts and probe-late.test.ts.
import {EventEmitter} from 'node:events';
import {describe, expect, test} from 'vitest';
import {askWidthModel} from '../../src/terminal/probe.js';

/** Standard input of a terminal: raw mode, and the bytes the terminal sends. */
class FakeTtyIn extends EventEmitter {
	isTTY = true;
	isRaw = false;
	flowing = false;
	setRawMode(mode: boolean) {
		this.isRaw = mode;
	}
	pause() {
		this.flowing = false;
	}
	resume() {
		this.flowing = true;
	}
	send(...chunks: string[]) {
		for (const chunk of chunks) this.emit('data', Buffer.from(chunk));
	}
}

/** A probe on a fake terminal; the wait is ten minutes, so only answers can end it. */
function probe() {
	const input = new FakeTtyIn();
	const written: string[] = [];
	const asked = askWidthModel(input as unknown as NodeJS.ReadStream, {write: (text: string) => written.push(text)}, 600_000);
	return {input, written, ...asked};
}

const FENCE = '\x1b[?1;2c';

describe('the probe', () => {
	test('asks in one write: कि and က် each before a cursor position request, the row erased, then CSI c', () => {
		const {written, input} = probe();
		expect(written).toEqual(['\rकि\x1b[6n\rက်\x1b[6n\r\x1b[K\x1b[c']);
		expect([input.isRaw, input.flowing]).toEqual([true, true]);
		input.send(FENCE);
	});

	test.each([
		['2 and 2', '\x1b[5;2R\x1b[5;2R', 'grapheme'],
		['3 and 2', '\x1b[5;3R\x1b[5;2R', 'codepoint'],
		['3 and 3', '\x1b[5;3R\x1b[5;3R', 'codepoint-unicode5'],
		['2 and 3', '\x1b[5;2R\x1b[5;3R', undefined],
		['4 and 2', '\x1b[5;4R\x1b[5;2R', undefined],
	])('columns %s mean %s', async (_, answer, model) => {
		const {input, ...asked} = probe();
		input.send(answer, FENCE);
		expect(await asked.model).toBe(model);
		expect(await asked.finished).toBe(undefined);
		expect([input.isRaw, input.flowing, input.listenerCount('data')]).toEqual([false, false, 0]);
	});

	test('knows the model once both columns are in, and reads on to the fence', async () => {
		const {input, ...asked} = probe();
		let finished = false;
		asked.finished.then(() => {
			finished = true;
		});
		input.send('\x1b[5;3R\x1b[5;2R');
		expect(await asked.model).toBe('codepoint');
		expect([finished, input.isRaw]).toEqual([false, true]);
		input.send(FENCE);
		await asked.finished;
		expect(input.isRaw).toBe(false);
	});

	test('knows at once that a terminal which answers only the fence has no model to say', async () => {
		const {input, ...asked} = probe();
		input.send(FENCE);
		expect(await asked.model).toBe(undefined);
		await asked.finished;
	});

	test('reads answers split anywhere, with keys typed between them', async () => {
		const {input, ...asked} = probe();
		input.send('x', '\x1b', '[12;', '3Rab', '\x1b[12;3', 'R', '\x1b[?6', '4;1;22c');
		expect(await asked.model).toBe('codepoint-unicode5');
		await asked.finished;
	});

	test('Ctrl-C stops it at once and puts standard input back', async () => {
		const {input, ...asked} = probe();
		input.send('\x1b[5;3R', '\x03');
		expect(await asked.model).toBe('interrupted');
		expect(await asked.finished).toBe('interrupted');
		expect([input.isRaw, input.listenerCount('data')]).toEqual([false, 0]);
	});

	test('leaves raw mode on if it was on before', async () => {
		const input = new FakeTtyIn();
		input.isRaw = true;
		const asked = askWidthModel(input as unknown as NodeJS.ReadStream, {write: () => true}, 600_000);
		input.send(FENCE);
		await asked.finished;
		expect(input.isRaw).toBe(true);
	});
});
