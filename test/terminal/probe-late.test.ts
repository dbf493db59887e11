// Issue 11: an answer to the width probe that comes after its 80 ms wait (a slow ssh link) was
// typed into the shell after news-read exited (^[[1;3R at the prompt). The probe now reads up to
// the answer to CSI c, so nothing of the answer is left for the shell or the pager.
import {chmodSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {BIN} from '../helpers/run.js';
import {openSlowTerminal} from '../helpers/slow-terminal.js';

const dir = mkdtempSync(join(tmpdir(), 'news-read-late-'));
const env = {NODE: process.execPath, BIN, TERM: 'xterm-256color'};
// A pager that reads the article, then a line from the keyboard, and shows what it read.
const pager = join(dir, 'pager.sh');
writeFileSync(pager, `#!/bin/bash\ncat > /dev/null\necho PAGER-READY\nIFS= read -r line < /dev/tty\nprintf 'pager-read=%q\\n' "$line"\n`);
chmodSync(pager, 0o755);
const read = (drawn: string, what: string) => new RegExp(`${what}=(\\S*)`).exec(drawn)?.[1];

describe.each([50, 150, 400])('on a terminal whose answers take %i ms', (delayMs) => {
	test('nothing of the answer reaches the shell after news-read exits', async () => {
		// After news-read, the shell reads the next line typed and shows it, quoted.
		const script = `"$NODE" "$BIN" --no-pager; echo "exit=$?"; echo READY; IFS= read -r line; printf 'shell-read=%q\\n' "$line"`;
		const terminal = openSlowTerminal(script, {delayMs, env});
		// Every answer the terminal made has reached the pseudo-terminal before anything is typed.
		await terminal.until(() => terminal.drawn().includes('READY') && terminal.pending() === 0);
		expect(terminal.delivered()).toBeGreaterThanOrEqual(3); // two cursor positions and the fence
		terminal.type('typed\r');
		await terminal.until(() => read(terminal.drawn(), 'shell-read') !== undefined);
		expect(terminal.drawn()).toContain('exit=0');
		expect(read(terminal.drawn(), 'shell-read')).toBe('typed');
		expect(terminal.drawn()).not.toContain('^['); // nor echoed on the screen
	});

	test('nothing of the answer reaches the pager', async () => {
		const script = `NEWS_READ_PAGER="${pager}" "$NODE" "$BIN" --pager; echo "exit=$?"`;
		const terminal = openSlowTerminal(script, {delayMs, env});
		await terminal.until(() => terminal.drawn().includes('PAGER-READY') && terminal.pending() === 0);
		expect(terminal.delivered()).toBeGreaterThanOrEqual(3);
		terminal.type('typed\r');
		await terminal.until(() => terminal.drawn().includes('exit='));
		expect(read(terminal.drawn(), 'pager-read')).toBe('typed');
		expect(terminal.drawn()).toContain('exit=0');
	});
});

test('news-read - with the terminal as standard input never asks it: what is typed is the article', async () => {
	const article = JSON.stringify({language: 'hi', headline: 'सीधे कीबोर्ड से', sections: [{paragraphs: ['यह लेख टाइप किया गया।']}]});
	const terminal = openSlowTerminal(`echo START; "$NODE" "$BIN" - --no-pager; echo "exit=$?"`, {delayMs: 50, env});
	await terminal.until(() => terminal.drawn().includes('START'));
	terminal.type(`${article}\r\x04`); // a line, then end of input (Ctrl-D)
	await terminal.until(() => terminal.drawn().includes('exit='));
	expect(terminal.drawn()).toContain('exit=0');
	expect(terminal.drawn()).not.toContain('\x1b[6n');
	expect(terminal.delivered()).toBe(0);
	expect(terminal.drawn()).toContain('  यह लेख टाइप किया गया।');
});
