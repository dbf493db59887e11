// tmux from Debian, a terminal that measures text with wcwidth: news-read asks it, and no row wraps.
import {execFileSync} from 'node:child_process';
import {afterAll, expect, test} from 'vitest';
import {BIN, run} from '../helpers/run.js';
import {waitFor} from '../helpers/wait.js';

const socket = `news-read-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
afterAll(() => {
	try {
		tmux('kill-server');
	} catch {}
});

test.each([50, 37])('at %i columns, no row is wrapped by tmux and lines are filled for its model', async (cols) => {
	// After news-read, the shell sets the pane's title (an escape tmux reads in order with the output
	// before it, and draws nothing for): once the title shows, every row is drawn.
	tmux(
		'new-session',
		'-d',
		'-s',
		`s${cols}`,
		'-x',
		String(cols),
		'-y',
		'200',
		`${process.execPath} ${BIN} --no-pager; printf '\\033]2;news-read-done\\033\\\\'; exec cat`,
	);
	await waitFor(() => tmux('display-message', '-p', '-t', `s${cols}`, '#{pane_title}').trim() === 'news-read-done');
	const rows = tmux('capture-pane', '-p', '-t', `s${cols}`).trimEnd().split('\n');
	const joined = tmux('capture-pane', '-p', '-J', '-t', `s${cols}`).trimEnd().split('\n');
	expect(joined).toEqual(rows); // -J joins rows that tmux wrapped: there are none
	const expected = (await run(['--width-model', 'codepoint', '-w', String(cols), '--format', 'terminal', '--color', 'never'])).stdout
		.trimEnd()
		.split('\n');
	expect(rows.map((row) => row.trimEnd())).toEqual(expected);
});
