import {WIDTH_MODELS, type WidthModel} from './layout/index.js';
import type {ListingStyle} from './render/listing.js';

/*
Terminal facts and flags, settled once into plain values (bat's Config, glow's width): the
renderer never looks at argv, env or streams.
*/

export type Format = 'terminal' | 'plain' | 'json' | 'markdown';
export type ColorWhen = 'auto' | 'always' | 'never';

/** What the command line said, after commander has checked each value. */
export type Flags = {
	section?: string[];
	listSections?: boolean;
	width?: number;
	color: ColorWhen;
	format?: Format;
	json?: boolean;
	widthModel?: WidthModel | 'auto';
	/** --pager (true) or --no-pager (false). */
	pager?: boolean;
	/** The file argument: a path, `-` for standard input, or undefined for the bundled article. */
	file?: string;
	/** --romanize (true) or --no-romanize (false). */
	romanize?: boolean;
};

/** What the program knows about where its output goes. */
export type Surroundings = {
	env: Record<string, string | undefined>;
	/** Whether standard output is a terminal. */
	isTTY: boolean;
	/** The terminal's width in cells, when standard output is one. */
	columns?: number;
	/** The terminal's height in rows, when standard output is one. */
	rows?: number;
	/** Whether standard input is a terminal too (then the terminal can be asked questions). */
	stdinIsTTY: boolean;
};

export type Settings = {
	/** terminal: margin and colour; plain: for pipes; json and markdown: for other programs. */
	format: Format;
	/** Total line width in cells, margin included; undefined means no wrapping (one line per paragraph). */
	width?: number;
	/** Colour level for chalk: 0 none, 1 the 16 named colours (all news-read uses). */
	colorLevel: 0 | 1;
	/** How the terminal measures text: as given, or the fallback when the terminal is not asked or does not answer in time. */
	widthModel: WidthModel;
	/**
	How long to wait for the terminal's answer when it is asked its width model (terminal/probe.ts),
	in ms; undefined: it is not asked. It is asked only when `auto` was wanted, the output is
	wrapped text on a terminal, standard input is that terminal and not the article (`-`), and TERM
	names a terminal that understands escape sequences (set, and not `dumb`).
	*/
	probeWaitMs?: number;
	/** Which sections to show; empty for all. */
	sections: string[];
	/** Whether the reader chose sections: then just they are shown, without headline, summary or related links. */
	sectionsOnly: boolean;
	/** List the sections instead of showing the article. */
	listSections: boolean;
	/**
	How the section list is shown: json and markdown as asked; otherwise laid out for people on a
	terminal (or with --format terminal), tab-separated for other programs.
	*/
	listingStyle: ListingStyle;
	/** Whether output goes to a terminal. */
	isTTY: boolean;
	/** When to page: `always` (--pager), `never` (--no-pager, or not a terminal), or `auto`: when taller than `rows`. */
	pager: 'auto' | 'always' | 'never';
	/** Rows on the screen, when known. */
	rows?: number;
	/** Show the article in Latin letters (--romanize, else NEWS_READ_ROMANIZE=1). */
	romanize: boolean;
};

/** Widest default line on a terminal: longer lines are hard to read. */
const READING_WIDTH = 100;

/**
The wait for the terminal's answer: 80 ms, 100 ms in all with the set-up (measured by the bench).
NEWS_READ_PROBE_WAIT_MS sets it, for tests only: they lengthen it where a busy machine must not
decide the outcome.
*/
const PROBE_WAIT_MS = 80;

/** The model to use when the terminal is not asked or says nothing: the most common kind of terminal. */
const FALLBACK_MODEL: WidthModel = 'codepoint';

const wantedModels = new Set<string>([...WIDTH_MODELS, 'auto']);

function colorForced(flags: Flags, env: Surroundings['env']): boolean | undefined {
	if (flags.color === 'always') return true;
	if (flags.color === 'never') return false;
	if (env.NO_COLOR) return false;
	if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
	return undefined;
}

/** A whole number ≥ 1 written in decimal digits (spaces around allowed), or undefined: for --width and COLUMNS. */
export function positiveInteger(value: string | undefined): number | undefined {
	if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
	const n = Number(value);
	return n >= 1 ? n : undefined;
}

export function resolveSettings(flags: Flags, {env, isTTY, columns, rows, stdinIsTTY}: Surroundings): Settings {
	const forced = colorForced(flags, env);
	const colour = forced ?? isTTY;
	// Piped output is plain, unless colour was asked for: then it is the terminal layout, for less -R.
	const format: Format = flags.json ? 'json' : (flags.format ?? (isTTY || forced ? 'terminal' : 'plain'));
	const terminalWidth = isTTY ? (columns ?? positiveInteger(env.COLUMNS) ?? 80) : undefined;
	const width = flags.width ?? (terminalWidth !== undefined ? Math.min(terminalWidth, READING_WIDTH) : positiveInteger(env.COLUMNS));
	const envModel = env.NEWS_READ_WIDTH_MODEL;
	const wanted = flags.widthModel ?? (envModel && wantedModels.has(envModel) ? (envModel as WidthModel | 'auto') : 'auto');
	const listSections = flags.listSections ?? false;
	const wraps = (format === 'terminal' || format === 'plain') && !listSections && width !== undefined;
	// TERM unset or `dumb` (Emacs's shell): nothing says the terminal understands escape sequences.
	const termTalks = Boolean(env.TERM) && env.TERM !== 'dumb';
	const ask = wanted === 'auto' && wraps && isTTY && stdinIsTTY && flags.file !== '-' && termTalks;
	return {
		format,
		width,
		colorLevel: colour && format === 'terminal' ? 1 : 0,
		widthModel: wanted === 'auto' ? FALLBACK_MODEL : wanted,
		probeWaitMs: ask ? (positiveInteger(env.NEWS_READ_PROBE_WAIT_MS) ?? PROBE_WAIT_MS) : undefined,
		sections: flags.section ?? [],
		sectionsOnly: (flags.section ?? []).length > 0,
		listSections,
		listingStyle: format === 'json' || format === 'markdown' ? format : isTTY || format === 'terminal' ? 'aligned' : 'tab-separated',
		isTTY,
		pager: !isTTY || flags.pager === false ? 'never' : flags.pager ? 'always' : 'auto',
		rows,
		romanize: flags.romanize ?? isOn(env.NEWS_READ_ROMANIZE),
	};
}

/** Whether an on/off variable is on: set, and not empty, 0, false or no. */
function isOn(value: string | undefined): boolean {
	return value !== undefined && !['', '0', 'false', 'no'].includes(value.trim().toLowerCase());
}
