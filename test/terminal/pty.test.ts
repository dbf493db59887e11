// On a real terminal: the width-model probe, through a pseudo-terminal and xterm.js, which answers
// it as a terminal does. xterm.js draws with Unicode 5.0's tables by default, today's with its
// Unicode 11 addon, and whole grapheme clusters with its graphemes addon: three kinds of terminal.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import type {WidthModel} from '../../src/index.js';
import {NO_DEFECTS} from '../helpers/defects.js';
import {runInPty} from '../helpers/pty.js';
import {renderedDefects, stripSgr} from '../helpers/rendered.js';
import {BIN, run} from '../helpers/run.js';
import type {Emulation} from '../helpers/terminal.js';

const bundled = JSON.parse(readFileSync(new URL('../../data/article.json', import.meta.url), 'utf8'));
const text = (name: string) =>
	readFileSync(new URL(`../fixtures/texts/${name}`, import.meta.url), 'utf8')
		.split('\n')
		.filter(Boolean);
// Myanmar has marks that Unicode 5.0 lacked (the asat ်, the medials ွ ှ), Telugu and Hindi have few.
const threeScripts = {
	language: 'my',
	headline: 'မိုးသည်းထန်စွာ ရွာသွန်း',
	sections: [
		{paragraphs: text('myanmar-weather.txt')},
		{heading: 'తెలుగు', paragraphs: text('telugu.txt')},
		{heading: 'हिंदी', paragraphs: text('../../../data/source/article.txt').slice(0, 4)},
	],
};
const dir = mkdtempSync(join(tmpdir(), 'news-read-pty-'));
const threeScriptsFile = join(dir, 'three-scripts.json');
writeFileSync(threeScriptsFile, JSON.stringify(threeScripts));

// xterm.js answers from this test's own process, which a busy machine may keep from answering
// within the default 80 ms; the outcome must not depend on that, so the wait is lengthened.
const IN_TIME = {NEWS_READ_PROBE_WAIT_MS: '10000'};

const expected = async (args: string[], model: string, cols: number) =>
	(await run([...args, '--width-model', model, '-w', String(cols), '--format', 'terminal', '--color', 'never'])).stdout
		.trimEnd()
		.split('\n');

const kinds: [Emulation, WidthModel][] = [
	['codepoint', 'codepoint-unicode5'], // xterm.js without addons
	['unicode11', 'codepoint'],
	['grapheme', 'grapheme'],
];

describe.each(kinds)('in xterm.js (%s), news-read asks the terminal and lays out for %s', (emulation, model) => {
	test.each([
		['the bundled article', 60, [], bundled],
		['the bundled article', 41, [], bundled],
		['Myanmar, Telugu and Hindi', 66, [threeScriptsFile], threeScripts],
		['Myanmar, Telugu and Hindi', 37, [threeScriptsFile], threeScripts],
	] as const)('%s at %i columns: no row wrapped by the terminal, lines filled as it measures', async (_, cols, args, article) => {
		const result = await runInPty([...args, '--no-pager'], {cols, rows: 50, emulation, env: IN_TIME});
		expect(result.exitCode).toBe(0);
		expect(result.output).toContain('\x1b[6n'); // it did ask
		expect(result.wrapped).toEqual([]); // the terminal wrapped no row
		// The screen holds exactly what that model gives: the probe left nothing behind.
		expect(result.rows).toEqual(await expected([...args], model, cols));
		expect(await renderedDefects(article, result.rows.join('\n'), cols, emulation, '  ')).toEqual(NO_DEFECTS);
	});
});

describe('the probe', () => {
	test('gives up when the terminal never answers, and the article still prints', async () => {
		const result = await runInPty(['--no-pager'], {cols: 60, rows: 50, answer: false});
		expect(result.exitCode).toBe(0);
		expect(result.wrapped).toEqual([]);
		expect(result.rows).toEqual(await expected([], 'codepoint', 60));
	});

	test('is skipped when the width model is given', async () => {
		for (const model of ['grapheme', 'codepoint', 'codepoint-unicode5']) {
			const result = await runInPty(['--no-pager', '--width-model', model], {cols: 60, rows: 50});
			expect(result.output).not.toContain('\x1b[6n');
		}
		const env = await runInPty(['--no-pager'], {cols: 60, rows: 50, env: {NEWS_READ_WIDTH_MODEL: 'grapheme'}});
		expect(env.output).not.toContain('\x1b[6n');
		// This terminal counts code points, so trusting the variable overflows it: the text shows the model was used.
		expect(stripSgr(env.output).trimEnd().split('\r\n')).toEqual(await expected([], 'grapheme', 60));
	});

	test('is skipped when TERM says the terminal knows no escape sequences', async () => {
		// node-pty sets TERM itself, so env(1) sets it for news-read.
		const result = await runInPty([], {cols: 60, rows: 50, command: ['env', 'TERM=dumb', process.execPath, BIN, '--no-pager']});
		expect(result.exitCode).toBe(0);
		expect(result.output).not.toContain('\x1b[6n');
	});

	test.each([
		['Ctrl-C', (write: (d: string) => void) => write('\x03'), 130],
		['SIGTERM', (_: unknown, pid: number) => process.kill(pid, 'SIGTERM'), 143],
	] as const)('%s during the probe ends the program and leaves the terminal as it was', async (name, interrupt, code) => {
		// bash runs news-read (an inner bash tells its pid, then becomes news-read) in a terminal that
		// never answers, then reports the exit status and the terminal's modes. The probe waits ten
		// minutes here, so it is surely still waiting when the query is seen: nothing races.
		const script = `bash -c 'echo "news-read-pid=$$"; exec "$0" "$1" --no-pager' ${process.execPath} ${BIN}; echo "code=$?"; stty -a`;
		let sent = false;
		const result = await runInPty([], {
			cols: 200,
			rows: 50,
			answer: false,
			env: {NEWS_READ_PROBE_WAIT_MS: '600000'},
			command: ['bash', '-c', script],
			onOutput(output, write) {
				const pid = /news-read-pid=(\d+)/.exec(output);
				if (sent || !pid || !output.includes('\x1b[6n')) return;
				sent = true;
				interrupt(write, Number(pid[1]));
			},
		});
		expect(sent, name).toBe(true);
		const report = result.rows.join('\n');
		expect(report).toContain(`code=${code}`);
		expect(report).toMatch(/(?<![-\w])icanon\b/);
		expect(report).toMatch(/(?<![-\w])echo\b/);
	});
});
