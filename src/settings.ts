import type {WidthModel} from './layout/index.js';
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
	/** How the terminal measures text; `auto`: ask it (only set when it can be asked). */
	widthModel: WidthModel | 'auto';
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

const WIDTH_MODELS = new Set(['codepoint', 'grapheme', 'auto']);

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
	const wanted = flags.widthModel ?? (envModel && WIDTH_MODELS.has(envModel) ? (envModel as WidthModel | 'auto') : 'auto');
	// Only a terminal on both sides can be asked; otherwise `auto` means the common model.
	const widthModel = wanted === 'auto' && !(isTTY && stdinIsTTY) ? 'codepoint' : wanted;
	return {
		format,
		width,
		colorLevel: colour && format === 'terminal' ? 1 : 0,
		widthModel,
		sections: flags.section ?? [],
		sectionsOnly: (flags.section ?? []).length > 0,
		listSections: flags.listSections ?? false,
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
