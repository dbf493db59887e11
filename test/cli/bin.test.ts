// The built binary, spawned as a user would run it.
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {BIN, runBin} from '../helpers/run.js';
import {waitFor, waitsInEventLoop} from '../helpers/wait.js';

const bundled = readFileSync(new URL('../../data/article.json', import.meta.url), 'utf8');

describe('bin/news-read.cjs', () => {
	test('piped output is plain text with no escape at all', () => {
		const {code, stdout, stderr} = runBin([], {env: {TERM: 'xterm-256color'}});
		expect([code, stderr]).toEqual([0, '']);
		expect(stdout).toContain('रूस को मिली आर्थिक प्रतिबंधों से राहत');
		// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escapes
		expect(stdout).not.toMatch(/[\x1b\x9b]/);
	});

	test('runs from any directory and finds its bundled article', () => {
		const {code, stdout} = runBin(['-l'], {cwd: tmpdir()});
		expect(code).toBe(0);
		expect(stdout.split('\n')).toHaveLength(4);
	});

	test('- reads standard input', () => {
		const {code, stdout} = runBin(['-', '--json'], {stdin: bundled});
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(JSON.parse(bundled));
	});

	test.each<[string[], number, RegExp]>([
		[['--help'], 0, /^$/],
		[['/no/such/file.json'], 1, /^news-read: \/no\/such\/file\.json: no such file\n$/],
		[['-s', 'nothing-like-this'], 1, /^news-read: no section matches "nothing-like-this"; the sections are: 1 /],
		[['--width', '0'], 2, /^news-read: option '-w, --width <n>' argument '0' is invalid/],
		[['--bogus'], 2, /^news-read: unknown option '--bogus'\n$/],
	])('%j exits %i with %s on stderr, no stack trace', (args, code, stderr) => {
		const result = runBin(args);
		expect(result.code).toBe(code);
		expect(result.stderr).toMatch(stderr);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	test('a reader that closes the pipe early (| head -c 200): exit 0, nothing on stderr', () => {
		const dir = mkdtempSync(join(tmpdir(), 'news-read-'));
		const article = JSON.parse(bundled);
		article.sections = Array.from({length: 2000}, () => article.sections[1]);
		const big = join(dir, 'big.json');
		writeFileSync(big, JSON.stringify(article));
		const out = execFileSync('bash', ['-c', `node "${BIN}" "${big}" 2>"${dir}/err" | head -c 200 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
			encoding: 'utf8',
		});
		expect(out.trim()).toBe('0');
		expect(readFileSync(join(dir, 'err'), 'utf8')).toBe('');
	});
});

describe('signals', () => {
	test.each(['SIGTERM', 'SIGINT'] as const)('%s ends the program, even while it waits for input', async (signal) => {
		// Standard input stays open, so only the signal can end it. It is sent once news-read is seen
		// waiting for that input (asleep in its event loop), not before it has started.
		const child = spawn(process.execPath, [BIN, '-'], {stdio: ['pipe', 'pipe', 'pipe']});
		const exit = new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
		await waitFor(() => waitsInEventLoop(child.pid ?? 0));
		child.kill(signal);
		const [code, received] = await exit;
		expect(code === 130 || code === 143 || received === signal).toBe(true);
	});
});

describe('a large article', () => {
	test('past 8 million characters (where memory is collected between loading steps) it still renders', () => {
		const dir = mkdtempSync(join(tmpdir(), 'news-read-large-'));
		const paragraph = `${'news '.repeat(199)}news`;
		const sections = Array.from({length: 9000}, (_, i) => ({
			heading: `part ${i + 1}`,
			paragraphs: [paragraph, paragraph, paragraph, paragraph, paragraph],
		}));
		const path = join(dir, 'large.json');
		writeFileSync(path, JSON.stringify({language: 'en', headline: 'large', sections}));
		const result = runBin([path, '-l']);
		expect([result.code, result.stderr]).toEqual([0, '']);
		expect(result.stdout.split('\n')).toHaveLength(9001);
	});
});

test('--help into a reader that closes early: exit 0, nothing on stderr', () => {
	const err = join(mkdtempSync(join(tmpdir(), 'news-read-help-')), 'err');
	const out = execFileSync('bash', ['-c', `node "${BIN}" --help 2>"${err}" | true; echo "\${PIPESTATUS[0]}"; cat "${err}"`], {
		encoding: 'utf8',
	});
	expect(out).toBe('0\n');
});
