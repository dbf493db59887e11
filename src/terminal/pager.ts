import {type ChildProcess, spawn} from 'node:child_process';
import type {Writable} from 'node:stream';

/*
The pager, for articles taller than the screen: $NEWS_READ_PAGER, then $PAGER, else
`less -R -F -X` (colours pass, a text that fits quits at once, the screen is not cleared).
If LESS is not set, it is set to FRX for the pager, as git does, so a plain PAGER=less keeps colour.
While the pager runs, Ctrl-C is the pager's: news-read ignores SIGINT until it exits.
*/

const DEFAULT_PAGER = 'less -R -F -X';

export function pagerCommand(env: Record<string, string | undefined>): string {
	return env.NEWS_READ_PAGER || env.PAGER || DEFAULT_PAGER;
}

export type Pager = {input: Writable; exited: Promise<void>};

const SHELL_SYNTAX = /[|&;<>()$`"'\\*?[\]#~=%]/;

/** Starts `command`, showing on this process's own terminal; undefined if it cannot be started. */
export async function startPager(command: string, env: Record<string, string | undefined>): Promise<Pager | undefined> {
	const words = command.trim().split(/\s+/);
	const options = {stdio: ['pipe', 'inherit', 'inherit'] as ['pipe', 'inherit', 'inherit'], env: {LESS: 'FRX', ...env}};
	let child: ChildProcess;
	try {
		child = SHELL_SYNTAX.test(command) ? spawn(command, {...options, shell: true}) : spawn(words[0], words.slice(1), options);
	} catch {
		return undefined;
	}
	const started = await new Promise<boolean>((resolve) => {
		child.once('spawn', () => resolve(true));
		child.once('error', () => resolve(false));
	});
	if (!started || !child.stdin) return undefined;
	const ignore = () => {};
	process.on('SIGINT', ignore);
	const exited = new Promise<void>((resolve) =>
		child.once('close', () => {
			process.off('SIGINT', ignore);
			resolve();
		}),
	);
	return {input: child.stdin, exited};
}
