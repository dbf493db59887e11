// The man page, man/news-read.1: renders cleanly, and documents what the program does and reads.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {run} from '../helpers/run.js';

const root = new URL('../..', import.meta.url).pathname;
const page = join(root, 'man/news-read.1');
const source = readFileSync(page, 'utf8');

// groff's own rendering, as plain text on long lines without hyphenation, so phrases can be found whole.
const rendered = execFileSync('groff', ['-man', '-Tutf8', '-P-cbou', '-rLL=300n', '-rHY=0', page], {encoding: 'utf8'});
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a section of the rendered page, its lines joined, whitespace squashed. */
function section(name: string): string {
	const match = new RegExp(`^${name}\\n([\\s\\S]*?)(?=^[A-Z][A-Z ]+$)`, 'm').exec(rendered);
	expect(match, `a ${name} section`).not.toBeNull();
	return squash(match?.[1] ?? '');
}

/** The term lines of a section: the first word of each entry, as groff indents it (7 spaces). */
function terms(name: string): string[] {
	const start = rendered.indexOf(`\n${name}\n`);
	const end = rendered.slice(start + name.length + 2).search(/^[A-Z][A-Z ]+$/m);
	const body = rendered.slice(start + name.length + 2, end < 0 ? undefined : start + name.length + 2 + end);
	return [...body.matchAll(/^ {7}(\S+)/gm)].map((m) => m[1]);
}

describe('man/news-read.1 renders', () => {
	test('without warnings from groff -ww', () => {
		const result = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', page], {encoding: 'utf8'});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});
	test('without warnings from man --warnings -l, for a UTF-8 terminal', () => {
		const env = {PATH: process.env.PATH, LANG: 'C.UTF-8', MANPAGER: 'cat', MANWIDTH: '80'};
		const result = spawnSync('man', ['--warnings', '-l', page], {encoding: 'utf8', env});
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/^NEWS-READ\(1\)/);
	});
	test('from ASCII source: other characters are written as \\[uXXXX], which every formatter reads', () => {
		expect(source).toMatch(/^[\x20-\x7e\n]*$/);
		expect(rendered).toContain("news-read -s 2 -s 'राहत'");
	});
});

describe('man/news-read.1 documents', () => {
	test('every option that --help lists, with its description, values and default', async () => {
		const {stdout: help} = await run(['--help']);
		const lines = help.slice(help.indexOf('Options:\n') + 9, help.indexOf('\n\n', help.indexOf('Options:'))).split('\n');
		const entries: string[] = [];
		for (const line of lines) {
			if (/^ {2}-/.test(line)) entries.push(line.trim());
			else entries[entries.length - 1] += ` ${line.trim()}`;
		}
		expect(entries.length).toBeGreaterThan(8);
		const options = section('OPTIONS').toLowerCase();
		for (const entry of entries) {
			const [, flags, description] = /^(\S.*?) {2,}(.*)$/.exec(entry) ?? [];
			// commander appends (choices: "a", "b", default: "a") to the description.
			const [, ours, choices, fallback] =
				/ ?(.*?)(?: \((?:choices: ((?:"[^"]*"(?:, )?)+))?(?:, )?(?:default: "([^"]*)")?\))?$/.exec(description) ?? [];
			const term = flags.replace(/<([^>]+)>/, '$1');
			const start = options.indexOf(`${term} ${ours}`.toLowerCase());
			expect(start, entry).toBeGreaterThanOrEqual(0);
			// The choices and default come right after the description.
			const rest = options.slice(start, start + ours.length + term.length + 120);
			for (const choice of choices?.match(/[^", ]+/g) ?? []) expect(rest, entry).toMatch(new RegExp(`is one of [^.]*\\b${choice}\\b`));
			if (fallback) expect(rest, entry).toContain(`default: ${fallback}.`);
		}
	});

	test('what each value of --format and --width-model means', async () => {
		const {stdout: help} = await run(['--help']);
		for (const option of ['--format', '--width-model']) {
			const choices = new RegExp(`${option} <\\w+>.*?\\(choices: ([^)]*)\\)`).exec(help.replace(/\s+/g, ' '))?.[1];
			expect(choices, option).toBeDefined();
			for (const choice of choices?.match(/[^", ]+/g) ?? []) {
				// A term of DESCRIPTION with a description after it, on its line or the next.
				expect(rendered, `${option} ${choice}`).toMatch(new RegExp(`^ {7}${choice}(?: +|\\n {14})\\S`, 'm'));
			}
		}
	});

	test('every environment variable the program reads', () => {
		const files = readdirSync(join(root, 'src'), {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.ts'));
		const read = new Set<string>();
		for (const file of files) {
			if (!statSync(join(root, 'src', file)).isFile()) continue;
			for (const m of readFileSync(join(root, 'src', file), 'utf8').matchAll(
				/\benv(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g,
			)) {
				read.add(m[1] ?? m[2]);
			}
		}
		expect(read.size).toBeGreaterThan(5);
		const documented = terms('ENVIRONMENT');
		for (const name of read) expect(documented, `src reads ${name}: describe it in scripts/make-man.mjs, then npm run man`).toContain(name);
		expect(documented).toContain('LESS'); // set for the pager, not read
	});

	test('every exit status the program returns', () => {
		const cli = readFileSync(join(root, 'src/cli.ts'), 'utf8');
		const codes = new Set([...cli.matchAll(/\breturn (\d+);|\? (\d+) : (\d+);/g)].flatMap((m) => m.slice(1).filter(Boolean)));
		expect([...codes].sort()).toEqual(['0', '1', '130', '2']);
		expect(terms('EXIT STATUS').filter((term) => /^\d+$/.test(term))).toEqual([...codes].sort((a, b) => Number(a) - Number(b)));
	});

	test('every field of the article format, required ones marked so', () => {
		const schema = JSON.parse(readFileSync(join(root, 'data/article.schema.json'), 'utf8'));
		const format = section('ARTICLE FORMAT');
		type Schema = {properties?: Record<string, Schema>; items?: Schema; required?: string[]};
		const check = (object: Schema) => {
			for (const [name, field] of Object.entries(object.properties ?? {})) {
				expect(format).toMatch(new RegExp(`\\b${name} \\([^)]*\\b${object.required?.includes(name) ? 'required' : 'optional'}\\b`));
				check(field.items ?? field);
			}
		};
		check(schema);
	});

	test('the examples that end --help', async () => {
		const {stdout: help} = await run(['--help']);
		const examples = section('EXAMPLES');
		for (const [, command] of help.slice(help.indexOf('Examples:')).matchAll(/^ {2}(.+?)(?: {2,}|$)/gm))
			expect(examples).toContain(command);
	});
});

// This compares the committed page with the script that makes it (from dist/, which `npm test` builds first);
// the tests above check the page itself.
test('the committed page is what `npm run man` makes now', () => {
	const out = join(mkdtempSync(join(tmpdir(), 'news-read-man-')), 'news-read.1');
	execFileSync(process.execPath, [join(root, 'scripts/make-man.mjs'), out]);
	expect(readFileSync(out, 'utf8'), 'man/news-read.1 is stale: run npm run man').toBe(source);
});
