import type {Readable, Writable} from 'node:stream';
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander';
import packageJson from '../package.json' with {type: 'json'};
import {NoMatchError, SpecError, selectSections} from './article/select.js';
import type {WidthModel} from './layout/index.js';
import {deliver, FdWriter, isFileOrPipe} from './output.js';
import {cleanLine} from './render/clean.js';
import {type Flags, resolveSettings} from './settings.js';
import {loadArticle, SourceError} from './source.js';
import type {TtyIn} from './terminal/probe.js';
import {articleLines, listingLines, loadChalk} from './view.js';

/** Where the program meets the world. Tests pass fakes; bin/news-read.cjs passes `process`'s. */
export type Io = {
	argv: string[];
	env: Record<string, string | undefined>;
	stdin: Readable & TtyIn;
	stdout: (Writable | FdWriter) & {isTTY?: boolean; columns?: number; rows?: number};
	stderr: Writable;
};

const EXAMPLES = `
Examples:
  news-read                          the bundled article
  news-read article.json -w 60       another article, 60 cells wide
  news-read -l                       list the sections
  news-read -s 2 -s 'राहत'            section 2 and the one whose heading has राहत
  news-read -s 1-2 | wc -w           plain text of sections 1 and 2 into another tool
  curl -s URL | news-read -          a news page (or article JSON) from standard input
  news-read page.html --json         a saved news page converted to article JSON
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
		.argument('[file]', 'article JSON or an HTML news page, or - for standard input (default: the bundled article)')
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

/** The terminal's width model, asked (terminal/probe.ts); `codepoint` if it does not answer. */
async function askWidthModel(io: Io): Promise<WidthModel | 'interrupted'> {
	const {probeWidthModel} = await import('./terminal/probe.js');
	return (await probeWidthModel(io.stdin, io.stdout)) ?? 'codepoint';
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
	const wraps = (settings.format === 'terminal' || settings.format === 'plain') && !settings.listSections && settings.width !== undefined;
	// The terminal is asked while the article loads, so the wait for its answer overlaps that work.
	const probing = settings.widthModel === 'auto' && wraps ? askWidthModel(io) : undefined;
	try {
		const article = selectSections(await loadArticle(command.args[0], () => io.stdin), settings.sections);
		const probed = (await probing) ?? settings.widthModel;
		if (probed === 'interrupted') return 130;
		const widthModel: WidthModel = probed === 'auto' ? 'codepoint' : probed;
		const chalk = await loadChalk(settings.colorLevel);
		const lines = settings.listSections ? listingLines(article, settings, chalk) : articleLines(article, settings, widthModel, chalk);
		const failure = await deliver(lines, settings.pager, settings.rows, io.stdout, io.env);
		if (failure) throw new InputError(`cannot write the output: ${failure.message}`);
		return 0;
	} catch (error) {
		await probing; // the terminal is back as it was before anything is said
		if (error instanceof SpecError) {
			io.stderr.write(errorLine(error.message));
			return 2;
		}
		if (error instanceof InputError || error instanceof SourceError || error instanceof NoMatchError) {
			io.stderr.write(errorLine(error.message));
			return 1;
		}
		throw error;
	}
}
