// Reads what a terminal emulator (@xterm/headless) shows, cell by cell, for drawing it elsewhere.
// Rules:
// - Rows are the whole buffer (scrollback, then the screen), with trailing blank rows dropped.
// - A cell is what xterm.js stored: its characters (a base character with any zero-width marks
//   the terminal attached to it), its width (1, or 2 for a wide character), its colours and its
//   attributes. The second cell of a wide character (width 0) is skipped: the first covers it.
// - A colour is null (the terminal's default), a palette index 0–255, or '#rrggbb'.
// - Inverse video is a flag, as the terminal keeps it: the colours are the ones set, not swapped.
// - A row records whether the terminal wrapped onto it (the row above ran past the last column).

import xterm from '@xterm/headless';

/** @typedef {null | number | string} Colour */
/** @typedef {{col: number, width: number, chars: string, fg: Colour, bg: Colour, bold: boolean, italic: boolean, underline: boolean, inverse: boolean}} Cell */
/** @typedef {{cells: Cell[], wrapped: boolean}} Row */

function colour(mode, value) {
	if (mode === 'default') return null;
	if (mode === 'rgb') return `#${value.toString(16).padStart(6, '0')}`;
	return value;
}

function fgOf(cell) {
	return colour(cell.isFgDefault() ? 'default' : cell.isFgRGB() ? 'rgb' : 'palette', cell.getFgColor());
}

function bgOf(cell) {
	return colour(cell.isBgDefault() ? 'default' : cell.isBgRGB() ? 'rgb' : 'palette', cell.getBgColor());
}

/** The cells of one buffer line, blanks included. */
function lineCells(line, cols) {
	const cells = [];
	for (let col = 0; col < cols; col++) {
		const cell = line.getCell(col);
		if (!cell || cell.getWidth() === 0) continue;
		cells.push({
			col,
			width: cell.getWidth(),
			chars: cell.getChars() || ' ',
			fg: fgOf(cell),
			bg: bgOf(cell),
			bold: cell.isBold() !== 0,
			italic: cell.isItalic() !== 0,
			underline: cell.isUnderline() !== 0,
			inverse: cell.isInverse() !== 0,
		});
	}
	return cells;
}

const blank = (cell) => cell.chars === ' ' && cell.bg === null && !cell.underline && !cell.inverse;

/** @returns {Row[]} the rows of `term`'s active buffer. */
export function screenRows(term) {
	const buffer = term.buffer.active;
	const rows = [];
	for (let y = 0; y < buffer.length; y++) {
		const line = buffer.getLine(y);
		rows.push({cells: line ? lineCells(line, term.cols) : [], wrapped: line?.isWrapped ?? false});
	}
	while (rows.length > 0 && rows.at(-1).cells.every(blank)) rows.pop();
	return rows;
}

/** Feeds `data` to a fresh terminal `cols` wide and resolves to its rows once drawn. LF moves to the next line's start. */
export async function drawnRows(data, cols) {
	const term = new xterm.Terminal({cols, rows: 200, scrollback: 10_000, convertEol: true, allowProposedApi: true});
	await new Promise((resolve) => term.write(data, resolve));
	const rows = screenRows(term);
	term.dispose();
	return rows;
}
