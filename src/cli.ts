import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import type {Readable, Writable} from 'node:stream';
import type {ChalkInstance} from 'chalk';
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander';
import packageJson from '../package.json' with {type: 'json'};
import {decodeUtf8, parseArticle} from './article/decode.js';
import {NoMatchError, SpecError, sectionList, selectSections} from './article/select.js';
import type {Article} from './article/types.js';
import {ArticleError} from './article/validate.js';
import type {WidthModel} from './layout/index.js';
import {FdWriter, isFileOrPipe, writeLines} from './output.js';
import {cleanLine} from './render/clean.js';
import {articleBlocks} from './render/document.js';
import {articleJson, safeJson} from './render/json.js';
import {blockLines} from './render/lines.js';
import {articleMarkdown} from './render/markdown.js';
import {formatLine, plainTheme, terminalTheme} from './render/theme.js';
import {type Flags, resolveSettings, type Settings} from './settings.js';
import type {Pager} from './terminal/pager.js';
import type {TtyIn} from './terminal/probe.js';

/** Where the program meets the world. Tests pass fakes; bin/news-read.cjs passes `process`'s. */
export type Io = {
	argv: string[];
	env: Record<string, string | undefined>;
	stdin: Readable & TtyIn;
	stdout: (Writable | FdWriter) & {isTTY?: boolean; columns?: number; rows?: number};
	stderr: Writable;
};

const BUNDLED_ARTICLE = new URL('../data/article.json', import.meta.url);

const EXAMPLES = `
Examples:
  news-read                          the bundled article
  news-read article.json -w 60       another article, 60 cells wide
  news-read -l                       list the sections
  news-read -s 2 -s 'राहत'            section 2 and the one whose heading has राहत
  news-read -s 1-2 | wc -w           plain text of sections 1 and 2 into another tool
  curl -s URL | news-read -          an article from standard input
  news-read --format markdown > a.md
  news-read --json -s 3              section 3 as JSON`;

/** A problem with the input or the data: exit 1, one line on stderr. */
class InputError extends Error {}

function parseWidth(value: string): number {
	if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('must be a whole number of cells, at least 1.');
	return Number(value);
}

function program(io: Io): Command {
	return new Command('news-read')
		.description('Read a news article in the terminal, wrapped correctly for Devanagari.')
		.argument('[file]', 'article JSON file, or - for standard input (default: the bundled article)')
		.option(
			'-s, --section <spec>',
			'show only this section: a number (the lead is 1), a range like 2-3, or text in its heading; repeatable',
			(v: string, all: string[] = []) => [...all, v],
		)
		.option('-l, --list-sections', 'list the sections: number and heading')
		.option('-w, --width <n>', 'wrap at n cells (default: the terminal width up to 100; when piped, no wrapping)', parseWidth)
		.addOption(new Option('--color <when>', 'when to colour').choices(['auto', 'always', 'never']).default('auto'))
		.addOption(
			new Option('--format <f>', 'output format (default: terminal on a terminal, plain when piped)').choices([
				'terminal',
				'plain',
				'json',
				'markdown',
			]),
		)
		.option('--json', 'short for --format json')
		.addOption(
			new Option('--width-model <m>', 'how the terminal measures text (default: auto on a terminal: ask it)').choices([
				'auto',
				'codepoint',
				'grapheme',
			]),
		)
		.option('--pager', 'page the output even if it fits the screen')
		.option('--no-pager', 'never page the output')
		.version(packageJson.version, '-V, --version')
		.helpOption('-h, --help', 'show this help')
		.addHelpText('after', EXAMPLES)
		.showSuggestionAfterError(true)
		.exitOverride()
		.configureOutput({
			writeOut: (s) => io.stdout.write(s),
			writeErr: (s) => io.stderr.write(s),
			outputError: (s, write) =>
				write(
					`news-read: ${s
						.replace(/^error: /, '')
						.replace(/\s*\n\s*/g, ' ')
						.trim()}\n`,
				),
		});
}

async function readAll(stream: Readable): Promise<Uint8Array[]> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	return chunks;
}

const FILE_ERRORS: Record<string, string> = {
	ENOENT: 'no such file',
	EISDIR: 'is a directory',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOTDIR: 'no such file (a part of the path is not a folder)',
};

/** Size of the pieces a file is read and decoded in: a large article is never held whole as bytes. */
const READ_CHUNK = 1024 * 1024;

/** A file's bytes, a piece at a time, in one reused buffer (each piece is decoded before the next read). */
function* fileChunks(path: string | URL): Generator<Uint8Array> {
	const fd = openSync(path, 'r');
	try {
		if (fstatSync(fd).isDirectory()) throw Object.assign(new Error('is a directory'), {code: 'EISDIR', syscall: 'read'});
		const buffer = Buffer.allocUnsafe(READ_CHUNK);
		for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) yield buffer.subarray(0, read);
	} finally {
		closeSync(fd);
	}
}

/** Past this many UTF-16 units of article text, memory is given back between the steps of loading. */
const LARGE_TEXT = 8 * 1024 * 1024;

/**
A full garbage collection, now. Loading a large article makes two short-lived copies of its text
(the decoded pieces, then the joined text); collecting each before the next step keeps the peak
near text plus article (issue: peak memory at most 4x the file size). Node offers gc() only
behind --expose-gc, which the bin cannot pass, so the flag is set here and gc taken from a new context.
*/
async function collectGarbage(): Promise<void> {
	// Imported here: loading node:v8 costs start-up time that small articles should not pay.
	const [{setFlagsFromString}, {runInNewContext}] = await Promise.all([import('node:v8'), import('node:vm')]);
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}

/** Reads and decodes the article; `io.stdin` is only touched for `-`. A file is read synchronously: nothing runs meanwhile. */
async function loadArticle(file: string | undefined, io: Io): Promise<Article> {
	const name = file === undefined ? 'bundled article' : file === '-' ? 'standard input' : file;
	try {
		let text = decodeUtf8(file === '-' ? await readAll(io.stdin) : fileChunks(file ?? BUNDLED_ARTICLE));
		if (text.length < LARGE_TEXT) return parseArticle(text);
		await collectGarbage(); // the decoded pieces
		const article = parseArticle(text);
		text = '';
		await collectGarbage(); // the text
		return article;
	} catch (error) {
		if (error instanceof ArticleError) throw new InputError(`${name}: ${error.message}`);
		const {code, syscall} = error as NodeJS.ErrnoException;
		if (code && syscall) throw new InputError(`${name}: ${FILE_ERRORS[code] ?? `cannot read it (${code})`}`);
		throw error;
	}
}

/** chalk at the level settled on, or undefined for no colour (then chalk is not even loaded). */
async function loadChalk(level: 0 | 1): Promise<ChalkInstance | undefined> {
	return level === 0 ? undefined : new (await import('chalk')).Chalk({level});
}

function* listingLines(article: Article, settings: Settings, chalk: ChalkInstance | undefined): Generator<string> {
	const entries = sectionList(article);
	if (settings.format === 'json') {
		yield safeJson(entries.map((e) => ({number: e.number, heading: e.lead ? null : e.title})));
		return;
	}
	if (!settings.isTTY && settings.format !== 'terminal') {
		for (const e of entries) yield `${e.number}\t${cleanLine(e.title)}`;
		return;
	}
	const digits = String(entries.length).length;
	for (const e of entries) {
		const number = String(e.number).padStart(digits);
		const title = cleanLine(e.title);
		yield `  ${chalk?.cyan(number) ?? number}  ${(e.lead ? chalk?.italic(title) : chalk?.bold(title)) ?? title}`;
	}
}

function* articleLines(article: Article, settings: Settings, widthModel: WidthModel, chalk: ChalkInstance | undefined): Generator<string> {
	if (settings.format === 'json') return yield articleJson(article).trimEnd();
	const sectionsOnly = settings.sections.length > 0;
	if (settings.format === 'markdown') return yield articleMarkdown(article, {sectionsOnly}).trimEnd();
	const theme = settings.format === 'terminal' ? terminalTheme(chalk) : plainTheme;
	const width = settings.width === undefined ? undefined : Math.max(1, settings.width - theme.margin.length);
	for (const line of blockLines(articleBlocks(article, {sectionsOnly}), {width, widthModel})) {
		yield formatLine(line, theme);
	}
}

/** The next `count` items of `items`, or as many as there are. */
function take(items: Iterator<string>, count: number): string[] {
	const head: string[] = [];
	while (head.length < count) {
		const next = items.next();
		if (next.done) break;
		head.push(next.value);
	}
	return head;
}

/** `head`, then the rest of `rest`. */
function* chain(head: string[], rest: Iterator<string>): Generator<string> {
	yield* head;
	for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/**
Writes the output: to the terminal, or through the pager when it is taller than the screen (or
--pager says so). If the pager cannot be started, directly. Quitting the pager early is success.
*/
async function deliver(lines: Iterator<string>, settings: Settings, io: Io): Promise<Error | undefined> {
	const rows = settings.rows;
	if (settings.pager === 'never' || (settings.pager === 'auto' && rows === undefined)) return writeLines(io.stdout, chain([], lines));
	const head = settings.pager === 'auto' && rows !== undefined ? take(lines, rows + 1) : [];
	const tall = rows !== undefined && head.length > rows;
	let pager: Pager | undefined;
	if (settings.pager === 'always' || tall) {
		const {pagerCommand, startPager} = await import('./terminal/pager.js');
		pager = await startPager(pagerCommand(io.env), io.env);
	}
	if (!pager) return writeLines(io.stdout, chain(head, lines));
	await writeLines(pager.input, chain(head, lines));
	pager.input.end();
	await pager.exited;
	return undefined;
}

/** One line for stderr, made safe: no control from a file name or an article reaches the terminal. */
function errorLine(message: string): string {
	return `news-read: ${cleanLine(message, '\u2424')}\n`;
}

/**
The Io of this process. Node makes process.stdin and process.stderr on first use, at a cost to
start-up, so they are only touched when needed; a piped standard output is written directly.
*/
export function processIo(): Io {
	return {
		argv: process.argv.slice(2),
		env: process.env,
		stdout: isFileOrPipe(1) ? new FdWriter(1) : process.stdout,
		get stderr() {
			return process.stderr;
		},
		get stdin() {
			return process.stdin;
		},
	};
}

/** Runs news-read and resolves to its exit code: 0 done, 1 bad input or data, 2 usage error. */
export async function main(io: Io): Promise<number> {
	const command = program(io);
	try {
		command.parse(io.argv, {from: 'user'});
	} catch (error) {
		if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
		throw error;
	}
	const flags = command.opts<Flags>();
	const settings = resolveSettings(flags, {
		env: io.env,
		isTTY: io.stdout.isTTY === true,
		columns: io.stdout.columns,
		rows: io.stdout.rows,
		stdinIsTTY: io.stdout.isTTY === true && io.stdin.isTTY === true, // stdin is only looked at when it matters
	});
	try {
		const article = selectSections(await loadArticle(command.args[0], io), settings.sections);
		const wraps = (settings.format === 'terminal' || settings.format === 'plain') && !settings.listSections && settings.width !== undefined;
		let widthModel: WidthModel = settings.widthModel === 'auto' ? 'codepoint' : settings.widthModel;
		if (settings.widthModel === 'auto' && wraps) {
			const {probeWidthModel} = await import('./terminal/probe.js');
			const probed = await probeWidthModel(io.stdin, io.stdout);
			if (probed === 'interrupted') return 130;
			widthModel = probed ?? 'codepoint';
		}
		const chalk = await loadChalk(settings.colorLevel);
		const lines = settings.listSections ? listingLines(article, settings, chalk) : articleLines(article, settings, widthModel, chalk);
		const failure = await deliver(lines, settings, io);
		if (failure) throw new InputError(`cannot write the output: ${failure.message}`);
		return 0;
	} catch (error) {
		if (error instanceof SpecError) {
			io.stderr.write(errorLine(error.message));
			return 2;
		}
		if (error instanceof InputError || error instanceof NoMatchError) {
			io.stderr.write(errorLine(error.message));
			return 1;
		}
		throw error;
	}
}
