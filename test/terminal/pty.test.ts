// On a real terminal: the width-model probe, through a pseudo-terminal and xterm.js.

import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {NO_DEFECTS} from '../helpers/defects.js';
import {runInPty} from '../helpers/pty.js';
import {renderedDefects, stripSgr} from '../helpers/rendered.js';
import {BIN, run} from '../helpers/run.js';

const bundled = JSON.parse(readFileSync(new URL('../../data/article.json', import.meta.url), 'utf8'));
const expected = async (model: string, cols: number) =>
	(await run(['--width-model', model, '-w', String(cols), '--format', 'terminal', '--color', 'never'])).stdout.trimEnd().split('\n');

describe.each([
	['codepoint', 'codepoint'],
	['grapheme', 'grapheme'],
] as const)('in xterm.js (%s), news-read asks the terminal', (emulation, model) => {
	test.each([60, 41])('and lays the article out as it measures, at %i columns', async (cols) => {
		const result = await runInPty(['--no-pager'], {cols, rows: 50, emulation});
		expect(result.exitCode).toBe(0);
		expect(result.output).toContain('\x1b[6n'); // it did ask
		expect(result.wrapped).toEqual([]); // the terminal wrapped no row
		// The screen holds exactly what that model gives: the probe left nothing behind.
		expect(result.rows).toEqual(await expected(model, cols));
		expect(await renderedDefects(bundled, result.rows.join('\n'), cols, emulation, '  ')).toEqual(NO_DEFECTS);
	});
});

describe('the probe', () => {
	test('gives up when the terminal never answers, and the article still prints', async () => {
		const result = await runInPty(['--no-pager'], {cols: 60, rows: 50, answer: false});
		expect(result.exitCode).toBe(0);
		expect(result.wrapped).toEqual([]);
		expect(result.rows).toEqual(await expected('codepoint', 60));
	});

	test('is skipped when the width model is given', async () => {
		for (const args of [
			['--width-model', 'grapheme'],
			['--width-model', 'codepoint'],
		]) {
			const result = await runInPty(['--no-pager', ...args], {cols: 60, rows: 50});
			expect(result.output).not.toContain('\x1b[6n');
		}
		const env = await runInPty(['--no-pager'], {cols: 60, rows: 50, env: {NEWS_READ_WIDTH_MODEL: 'grapheme'}});
		expect(env.output).not.toContain('\x1b[6n');
		// This terminal counts code points, so trusting the variable overflows it: the text shows the model was used.
		expect(stripSgr(env.output).trimEnd().split('\r\n')).toEqual(await expected('grapheme', 60));
	});

	test.each([
		['Ctrl-C', (write: (d: string) => void) => write('\x03'), 130],
		['SIGTERM', (_: unknown, pid: number) => process.kill(pid, 'SIGTERM'), 143],
	] as const)('%s during the probe ends the program and leaves the terminal as it was', async (name, interrupt, code) => {
		// bash runs news-read in a terminal that never answers, then reports the exit status and the terminal's modes.
		const script = `${process.execPath} ${BIN} --no-pager; echo "code=$?"; stty -a`;
		let sent = false;
		const result = await runInPty([], {
			cols: 200,
			rows: 50,
			answer: false,
			command: ['bash', '-c', script],
			onOutput(output, write, bashPid) {
				if (sent || !output.includes('\x1b[6n')) return;
				sent = true;
				const pid = Number(execFileSync('pgrep', ['-P', String(bashPid)], {encoding: 'utf8'}).trim());
				interrupt(write, pid);
			},
		});
		expect(sent, name).toBe(true);
		const report = result.rows.join('\n');
		expect(report).toContain(`code=${code}`);
		expect(report).toMatch(/(?<![-\w])icanon\b/);
		expect(report).toMatch(/(?<![-\w])echo\b/);
	});
});
