// tmux from Debian, a terminal that measures text with wcwidth: news-read asks it, and no row wraps.
import {execFileSync} from 'node:child_process';
import {afterAll, expect, test} from 'vitest';
import {BIN, run} from '../helpers/run.js';

const socket = `news-read-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
afterAll(() => {
	try {
		tmux('kill-server');
	} catch {}
});

test.each([50, 37])('at %i columns, no row is wrapped by tmux and lines are filled for its model', async (cols) => {
	const done = `${process.pid}-${cols}`;
	tmux(
		'new-session',
		'-d',
		'-s',
		`s${cols}`,
		'-x',
		String(cols),
		'-y',
		'200',
		`${process.execPath} ${BIN} --no-pager; tmux -L ${socket} wait-for -S ${done}; sleep 30`,
	);
	tmux('wait-for', done);
	const rows = tmux('capture-pane', '-p', '-t', `s${cols}`).trimEnd().split('\n');
	const joined = tmux('capture-pane', '-p', '-J', '-t', `s${cols}`).trimEnd().split('\n');
	expect(joined).toEqual(rows); // -J joins rows that tmux wrapped: there are none
	const expected = (await run(['--width-model', 'codepoint', '-w', String(cols), '--format', 'terminal', '--color', 'never'])).stdout
		.trimEnd()
		.split('\n');
	expect(rows.map((row) => row.trimEnd())).toEqual(expected);
});
