// The pseudo-terminal helper itself: it returns only when all output is drawn, with the exit status.
import {describe, expect, test} from 'vitest';
import {runInPty} from '../helpers/pty.js';

describe('runInPty', () => {
	test('sees every line a command writes just before it exits, and its exit status', async () => {
		const script = 'i=1; while [ $i -le 500 ]; do echo "line $i"; i=$((i+1)); done; exit 3';
		const result = await runInPty([], {cols: 40, rows: 10, command: ['sh', '-c', script]});
		expect(result.exitCode).toBe(3);
		expect(result.rows).toHaveLength(500);
		expect(result.rows.at(-1)).toBe('line 500');
		expect(result.output.endsWith('line 500\r\n')).toBe(true);
	});

	test('passes the pid of the command itself, and Ctrl-C reaches the command, not the helper', async () => {
		const pids: number[] = [];
		let typed = false;
		const result = await runInPty([], {
			cols: 40,
			rows: 10,
			command: ['sh', '-c', 'echo "me=$$"; read -r line; echo never'],
			onOutput(output, write, pid) {
				pids.push(pid);
				if (!typed && output.includes('me=')) {
					typed = true;
					write('\x03');
				}
			},
		});
		expect(result.rows[0]).toBe(`me=${pids[0]}`);
		expect(result.exitCode).toBe(130);
		expect(result.output).not.toContain('never');
	});
});
