import {scanCluster, scanned, scanTable} from './segment.js';
import {type CodePointTables, codePointRunWidth} from './width.js';

/**
How a terminal measures text.
- `codepoint`: the sum of each code point's width, with today's Unicode tables (xterm, VTE, tmux,
  alacritty, kitty, VS Code, xterm.js with its Unicode 11 addon). The rules are in width.ts.
- `codepoint-unicode5`: the same sum with the tables of Unicode 5.0's wcwidth (xterm.js without
  addons, as in many web terminals and notebooks; older xterm and VTE builds). Marks added to Unicode
  since 5.0, such as the Myanmar asat ် U+103A, take a cell there; emoji take one cell.
- `grapheme`: whole grapheme clusters (xterm.js with the unicode-graphemes addon, WezTerm,
  Windows Terminal 1.22+, Ghostty and foot in mode 2027). The rules are above scanCluster.
*/
export type WidthModel = 'codepoint' | 'codepoint-unicode5' | 'grapheme';

/** Every width model, for checking a value from outside (a flag, an environment variable). */
export const WIDTH_MODELS: readonly WidthModel[] = ['codepoint', 'codepoint-unicode5', 'grapheme'];

/** The edition of the per-code-point tables a width model counts with. */
function tablesOf(model: WidthModel): CodePointTables {
	return model === 'codepoint-unicode5' ? 'unicode5' : 'current';
}

/** The scanner's table (segment.ts) for a width model: scanCluster then counts `scanned.cells` in its tables. */
export function scanTableOf(model: WidthModel): Uint16Array {
	return scanTable(tablesOf(model));
}

/** How many terminal cells `text` takes under the width model (default `codepoint`). */
export function cellWidth(text: string, options: {widthModel?: WidthModel} = {}): number {
	const model = options.widthModel ?? 'codepoint';
	if (model !== 'grapheme') return codePointRunWidth(text, 0, text.length, tablesOf(model));
	const table = scanTable('current');
	let cells = 0;
	for (let start = 0; start < text.length; ) {
		start = scanCluster(text, start, table);
		cells += scanned.graphemeCells;
	}
	return cells;
}
