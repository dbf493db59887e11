import type {Readable, Writable} from 'node:stream';
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander';
import packageJson from '../package.json' with {type: 'json'};
import {NoMatchError, SpecError, selectSections} from './article/select.js';
import type {Article} from './article/types.js';
import {WIDTH_MODELS} from './layout/index.js';
import {deliver, FdWriter, isFileOrPipe} from './output.js';
import {cleanLine} from './render/clean.js';
import {listingLines, sectionsInOneLine} from './render/listing.js';
import {type Flags, positiveInteger, resolveSettings} from './settings.js';
import {loadArticle, SourceError} from './source.js';
import type {Probe, TtyIn} from './terminal/probe.js';
import {articleLines, loadChalk} from './view.js';

/** Where the program meets the world. Tests pass fakes; bin/news-read.cjs passes `process`'s. */
export type Io = {
	argv: string[];
	env: Record<string, string | undefined>;
	stdin: Readable & TtyIn;
	stdout: (Writable | FdWriter) & {isTTY?: boolean; columns?: number; rows?: number};
	stderr: Writable;
};

/** The examples that end --help (and the man page's EXAMPLES). */
export const EXAMPLES = `
Examples:
  news-read                          the bundled article
  news-read article.json -w 60       another article, 60 cells wide
  news-read -l                       list the sections
  news-read -s 2 -s 'राहत'            section 2 and the one whose heading has राहत
  news-read -s 1-2 | wc -w           plain text of sections 1 and 2 into another tool
  curl -s URL | news-read -          a news page (or article JSON) from standard input
  news-read page.html --json         a saved news page converted to article JSON
  news-read --format markdown > a.md
  news-read --json -s 3              section 3 as JSON
  news-read --romanize               in Latin letters, for terminals that cannot draw Devanagari`;

/** A problem with the input or the data: exit 1, one line on stderr. */
class InputError extends Error {}

function parseWidth(value: string): number {
	const width = positiveInteger(value);
	if (width === undefined) throw new InvalidArgumentError('must be a whole number of cells, at least 1.');
	return width;
}

/** The command line: every option, its help and its checks (also read by scripts/make-man.mjs). */
export function program(io: Io): Command {
	return new Command('news-read')
		.description('Read a news article in the terminal, wrapped correctly for Devanagari.')
		.argument('[file]', 'article JSON or an HTML news page, or - for standard input (default: the bundled article)')
		.option(
			'-s, --section <spec>',
			'show only this section: a number (the lead is 1), a range like 2-3, or text in its heading; repeatable',
			(v: string, all: string[] = []) => [...all, v],
		)
		.option('-l, --list-sections', 'list the sections: number and heading')
		.option('-w, --width <n>', 'wrap at n cells (default: the terminal width up to 100; piped: $COLUMNS, else no wrapping)', parseWidth)
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
				...WIDTH_MODELS,
			]),
		)
		.option('--pager', 'page the output even if it fits the screen')
		.option('--no-pager', 'never page the output')
		.option('--romanize', 'show the article in Latin letters: ISO 15919, Hindi as spoken (or NEWS_READ_ROMANIZE=1)')
		.option('--no-romanize', 'show the article in its own script')
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

/** Asks the terminal its width model (terminal/probe.ts, loaded only then). */
function askTerminal(io: Io, waitMs: number): Probe {
	const probe = import('./terminal/probe.js').then(({askWidthModel}) => askWidthModel(io.stdin, io.stdout, waitMs));
	return {model: probe.then((p) => p.model), finished: probe.then((p) => p.finished)};
}

/** The article in Latin letters, with sections chosen by their original or romanised headings. */
async function romanized(article: Article, specs: string[]): Promise<Article> {
	const {romanizeArticle} = await import('./romanize/article.js');
	return selectSections(
		romanizeArticle(article),
		specs,
		article.sections.map((s) => s.heading),
	);
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
	const flags: Flags = {...command.opts<Flags>(), file: command.args[0]};
	const settings = resolveSettings(flags, {
		env: io.env,
		isTTY: io.stdout.isTTY === true,
		columns: io.stdout.columns,
		rows: io.stdout.rows,
		stdinIsTTY: io.stdout.isTTY === true && io.stdin.isTTY === true, // stdin is only looked at when it matters
	});
	// The terminal is asked while the article loads, so the wait for its answer overlaps that work.
	const probe = settings.probeWaitMs === undefined ? undefined : askTerminal(io, settings.probeWaitMs);
	try {
		const loaded = await loadArticle(flags.file, () => io.stdin);
		const article = settings.romanize ? await romanized(loaded, settings.sections) : selectSections(loaded, settings.sections);
		const answer = await probe?.model;
		if (answer === 'interrupted') return 130;
		const widthModel = answer ?? settings.widthModel;
		const chalk = await loadChalk(settings.colorLevel);
		const {format, width, sectionsOnly} = settings;
		const lines = settings.listSections
			? listingLines(article, settings.listingStyle, chalk)
			: articleLines(article, {format, width, sectionsOnly, widthModel}, chalk);
		// The pager reads the keyboard: it starts once nothing more of the terminal's answer can come.
		const failure = await deliver(lines, settings.pager, settings.rows, io.stdout, io.env, probe?.finished);
		if (failure) throw new InputError(`cannot write the output: ${failure.message}`);
		return (await probe?.finished) === 'interrupted' ? 130 : 0;
	} catch (error) {
		await probe?.finished; // the terminal is back as it was, its answer read, before anything is said
		if (error instanceof SpecError) {
			io.stderr.write(errorLine(error.message));
			return 2;
		}
		if (error instanceof NoMatchError) {
			io.stderr.write(errorLine(`${error.message}; the sections are: ${sectionsInOneLine(error.article)}`));
			return 1;
		}
		if (error instanceof InputError || error instanceof SourceError) {
			io.stderr.write(errorLine(error.message));
			return 1;
		}
		throw error;
	}
}
