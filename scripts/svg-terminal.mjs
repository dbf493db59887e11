// Draws terminal rows (scripts/screen-cells.mjs) as an SVG picture of terminal windows.
// Rules:
// - Geometry comes from the cell grid alone, never from a font: a cell is CELL_WIDTH by ROW_HEIGHT
//   and each run of text starts at its first cell's column, so the picture keeps the terminal's
//   columns whatever font the viewer has. A run of Latin letters is also fitted to its cells
//   (textLength), so a monospace font a little wider or narrower does not drift. Other scripts
//   are drawn at their font's width, as terminals draw them: a Devanagari word, shaped whole, is
//   usually narrower than the cells the terminal gives it, and stretching it would distort it.
// - A text run is a stretch of non-blank cells with the same colour, weight and slant; a space
//   ends it. Backgrounds and underlines are rectangles over their cells, spaces included.
// - Colours: a fixed palette for the 16 named colours and the default pair; the xterm formula for
//   indexes 16–255; '#rrggbb' as given. Bold does not brighten. Inverse video swaps the two,
//   defaults included.
// - Rows the terminal wrapped onto (the row above ran past the last column) get a red bar in the
//   left margin.
// - Output is the same for the same rows: no dates, no random ids. Text is escaped for XML.

const CELL_WIDTH = 9;
const ROW_HEIGHT = 22;
const FONT_SIZE = 15;
const BASELINE = 16; // from the top of a row
const PADDING = 16;
const TITLE_BAR = 34;
const GAP = 24; // between windows side by side
const UNDERLINE = {offset: 19, height: 1}; // from the top of a row

const DEFAULT_FG = '#d4d4d0';
const DEFAULT_BG = '#1e2023';
const NAMED = [
	// black, red, green, yellow, blue, magenta, cyan, white, then their bright forms
	'#50545a',
	'#e0676a',
	'#95c46f',
	'#e3bd6a',
	'#5ea8e8',
	'#c58ad9',
	'#4fbcc4',
	'#d4d4d0',
	'#80858c',
	'#f08a8c',
	'#b2dc8e',
	'#f0d48e',
	'#86c1f2',
	'#dcaaee',
	'#7fd6dc',
	'#f4f4f0',
];

function indexed(n) {
	if (n < 16) return NAMED[n];
	if (n >= 232) return grey(8 + (n - 232) * 10);
	const level = (v) => (v === 0 ? 0 : 55 + v * 40);
	const i = n - 16;
	return rgb(level(Math.floor(i / 36)), level(Math.floor(i / 6) % 6), level(i % 6));
}
const hex = (v) => v.toString(16).padStart(2, '0');
const rgb = (r, g, b) => `#${hex(r)}${hex(g)}${hex(b)}`;
const grey = (v) => rgb(v, v, v);

function css(colour, fallback) {
	if (colour === null) return fallback;
	return typeof colour === 'number' ? indexed(colour) : colour;
}

// Characters XML 1.0 does not allow (controls other than tab, LF, CR; U+FFFE, U+FFFF; lone surrogates).
const NOT_XML =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the controls XML forbids is the point
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` as XML character data or an attribute value. */
export function escapeXml(text) {
	return text.replace(NOT_XML, '\ufffd').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Consecutive cells that `same` puts together and `keep` accepts, as [first, last] cell pairs. */
function spans(cells, keep, same) {
	const out = [];
	for (const cell of cells) {
		const last = out.at(-1);
		if (!keep(cell)) continue;
		if (last && last[1].col + last[1].width === cell.col && same(last[1], cell)) last[1] = cell;
		else out.push([cell, cell]);
	}
	return out;
}

/** A cell with its colours as CSS: `ink` for its text and underline, `paper` for its background (null: the window's). */
function painted(cell) {
	const ink = css(cell.fg, DEFAULT_FG);
	const paper = cell.bg === null ? null : css(cell.bg, DEFAULT_BG);
	return cell.inverse ? {...cell, ink: paper ?? DEFAULT_BG, paper: ink} : {...cell, ink, paper};
}

/** Latin, Latin-1 and Latin Extended letters: one glyph a cell in a monospace font. */
const LATIN = /^[\u0020-\u024f]*$/;

const sameText = (a, b) => a.ink === b.ink && a.bold === b.bold && a.italic === b.italic;

/** The SVG elements of one row, its top at `y`, its first column at `x`. */
function rowElements(row, x, y) {
	const out = [];
	const cells = row.cells.map(painted);
	const cellsX = (cell) => x + cell.col * CELL_WIDTH;
	const spanWidth = ([first, last]) => (last.col + last.width - first.col) * CELL_WIDTH;
	for (const span of spans(
		cells,
		(c) => c.paper !== null,
		(a, b) => a.paper === b.paper,
	)) {
		out.push(`<rect x="${cellsX(span[0])}" y="${y}" width="${spanWidth(span)}" height="${ROW_HEIGHT}" fill="${span[0].paper}"/>`);
	}
	for (const span of spans(cells, (c) => c.chars !== ' ', sameText)) {
		const [first, last] = span;
		const text = cells.slice(cells.indexOf(first), cells.indexOf(last) + 1).map((c) => c.chars);
		const style = [first.bold ? 'b' : '', first.italic ? 'i' : ''].filter(Boolean).join(' ');
		const fit = LATIN.test(text.join('')) ? ` textLength="${spanWidth(span)}" lengthAdjust="spacingAndGlyphs"` : '';
		out.push(
			`<text x="${cellsX(first)}" y="${y + BASELINE}"${fit} fill="${first.ink}"${style ? ` class="${style}"` : ''}>${escapeXml(text.join(''))}</text>`,
		);
	}
	for (const span of spans(
		cells,
		(c) => c.underline,
		(a, b) => a.ink === b.ink,
	)) {
		out.push(
			`<rect x="${cellsX(span[0])}" y="${y + UNDERLINE.offset}" width="${spanWidth(span)}" height="${UNDERLINE.height}" fill="${span[0].ink}"/>`,
		);
	}
	if (row.wrapped) out.push(`<rect x="${x - 10}" y="${y + 3}" width="3" height="${ROW_HEIGHT - 6}" fill="${NAMED[1]}"/>`);
	return out;
}

/** One window: a frame with a title bar and the rows drawn in it, its top left corner at (left, 0). */
function windowElements({title, cols, rows}, left, height) {
	const width = cols * CELL_WIDTH + 2 * PADDING;
	const out = [
		`<rect x="${left + 0.5}" y="0.5" width="${width - 1}" height="${height - 1}" rx="8" fill="${DEFAULT_BG}" stroke="#3c4046"/>`,
		...[0, 1, 2].map((i) => `<circle cx="${left + 18 + i * 18}" cy="17" r="5.5" fill="${['#e0676a', '#e3bd6a', '#95c46f'][i]}"/>`),
		`<text x="${left + 72}" y="22" class="title">${escapeXml(title)}</text>`,
	];
	rows.forEach((row, i) => {
		out.push(...rowElements(row, left + PADDING, TITLE_BAR + PADDING / 2 + i * ROW_HEIGHT));
	});
	return {out, width};
}

/**
An SVG of terminal windows side by side. `windows`: [{title, cols, rows}], rows from screenRows.
`description` is the picture's accessible name.
*/
export function terminalSvg(windows, description) {
	const height = TITLE_BAR + PADDING + Math.max(...windows.map((w) => w.rows.length)) * ROW_HEIGHT;
	const body = [];
	let left = 0;
	for (const window of windows) {
		const {out, width} = windowElements(window, left, height);
		body.push(`<g>`, ...out, `</g>`);
		left += width + GAP;
	}
	const width = left - GAP;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(description)}">`,
		`<title>${escapeXml(description)}</title>`,
		'<style>',
		`text { font-family: 'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace; font-size: ${FONT_SIZE}px; }`,
		'.b { font-weight: bold; } .i { font-style: italic; }',
		'.title { font-family: system-ui, sans-serif; font-size: 13px; fill: #a7abb0; }',
		'</style>',
		...body,
		'</svg>',
		'',
	].join('\n');
}

/** The geometry, for reading a picture back: cell width, row height, and where the first window's rows start. */
export const GRID = {cellWidth: CELL_WIDTH, rowHeight: ROW_HEIGHT, baseline: BASELINE, left: PADDING, top: TITLE_BAR + PADDING / 2};
