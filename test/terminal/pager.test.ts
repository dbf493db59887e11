// The pager, on a real pseudo-terminal 20 rows high.
import {chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {runInPty} from '../helpers/pty.js';
import {BIN} from '../helpers/run.js';

const dir = mkdtempSync(join(tmpdir(), 'news-read-pager-'));
let count = 0;
/** A pager that records that it ran (and its arguments), then shows what it gets, like cat. */
function fakePager(): {command: string; ran: () => boolean; log: () => string} {
	const mark = join(dir, `ran-${++count}`);
	const command = join(dir, `pager-${count}.sh`);
	writeFileSync(command, `#!/bin/sh\necho "LESS=$LESS $*" >> "${mark}"\nexec cat\n`);
	chmodSync(command, 0o755);
	return {command, ran: () => existsSync(mark), log: () => readFileSync(mark, 'utf8')};
}
const short = join(dir, 'short.json');
writeFileSync(short, JSON.stringify({language: 'hi', headline: 'छोटी खबर', sections: [{paragraphs: ['बस इतना ही।']}]}));

const screen = {cols: 60, rows: 20, answer: true} as const;

describe('the pager', () => {
	test('runs for an article taller than the screen ($NEWS_READ_PAGER)', async () => {
		const pager = fakePager();
		const result = await runInPty([], {...screen, env: {NEWS_READ_PAGER: pager.command, PAGER: 'false'}});
		expect(result.exitCode).toBe(0);
		expect(pager.ran()).toBe(true);
		expect(pager.log()).toBe('LESS=FRX \n');
		expect(result.rows.join('\n')).toContain('यह भी पढ़ें: इजराइल ने की गाजा');
	});
	test('falls back to $PAGER', async () => {
		const pager = fakePager();
		await runInPty([], {...screen, env: {PAGER: pager.command}});
		expect(pager.ran()).toBe(true);
	});
	test('keeps the LESS the user set', async () => {
		const pager = fakePager();
		await runInPty([], {...screen, env: {PAGER: pager.command, LESS: 'S'}});
		expect(pager.log()).toBe('LESS=S \n');
	});
	test('does not run with --no-pager', async () => {
		const pager = fakePager();
		const result = await runInPty(['--no-pager'], {...screen, env: {PAGER: pager.command}});
		expect([result.exitCode, pager.ran()]).toEqual([0, false]);
	});
	test('does not run when the article fits', async () => {
		const pager = fakePager();
		const result = await runInPty([short], {...screen, env: {PAGER: pager.command}});
		expect([result.exitCode, pager.ran()]).toEqual([0, false]);
		expect(result.rows).toContain('  छोटी खबर');
	});
	test('--pager forces it even when the article fits', async () => {
		const pager = fakePager();
		await runInPty([short, '--pager'], {...screen, env: {PAGER: pager.command}});
		expect(pager.ran()).toBe(true);
	});
	test('never runs when the output is piped', async () => {
		const pager = fakePager();
		const result = await runInPty([], {
			...screen,
			command: ['bash', '-c', `${process.execPath} ${BIN} --pager | cat`],
			env: {PAGER: pager.command},
		});
		expect([result.exitCode, pager.ran()]).toEqual([0, false]);
	});
	test('if it cannot be started, the article is printed directly', async () => {
		const result = await runInPty([], {...screen, env: {PAGER: join(dir, 'no-such-pager')}});
		expect(result.exitCode).toBe(0);
		expect(result.rows.join('\n')).toContain('यह भी पढ़ें: इजराइल ने की गाजा');
	});
	test('quitting the pager early is success', async () => {
		const result = await runInPty([], {...screen, env: {PAGER: 'head -n 3'}});
		expect(result.exitCode).toBe(0);
		expect(result.rows[0]).toBe('  Russia-Chian Relation');
		expect(result.rows.length).toBeLessThanOrEqual(3);
	});
	test('with less itself: quit with q, exit 0', async () => {
		// less shows its prompt, ':', alone on the last row once the first screenful is drawn (the
		// article's own "Relation :" is no prompt); by then it reads keys, so q can be typed at once.
		let quit = false;
		const result = await runInPty([], {
			...screen,
			env: {PAGER: 'less -R -F -X'},
			onOutput(_, write, _pid, rows) {
				if (!quit && rows().at(-1) === ':') {
					quit = true;
					write('q');
				}
			},
		});
		expect(quit).toBe(true);
		expect(result.exitCode).toBe(0);
		expect(result.rows.join('\n')).toContain('Russia-Chian Relation');
	});
});
